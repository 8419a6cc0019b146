package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonalAndSafetyDetailsTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(TestCasebooks.START);
    private Casebook casebook;
    private Client client;
    private CaseFile caseFile;

    @BeforeEach
    void setUp() {
        casebook = TestCasebooks.create(dir, clock);
        client = casebook.clients().create(ClientDetails.withAlias("Amira"));
        caseFile = casebook.cases().open(client.id(), CaseDetails.opened(LocalDate.of(2026, 3, 1), "advocate.one"));
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    @Test
    void personalDetailsStartEmptyAndAreStoredTrimmedWithBlanksAsNotRecorded() {
        assertThat(casebook.clients().personal(client.id())).isEqualTo(PersonalDetails.none());
        casebook.clients().updatePersonal(client.id(),
                new PersonalDetails(" Syrian ", "", null, "Luton", "Flat 2, 1 Safe Street", "07700 900123", "  "));
        assertThat(casebook.clients().personal(client.id())).isEqualTo(
                new PersonalDetails("Syrian", null, null, "Luton", "Flat 2, 1 Safe Street", "07700 900123", null));
        assertThat(casebook.audit().recent(1).get(0).action()).isEqualTo(AuditAction.CLIENT_UPDATED);
        // The main details are untouched by a personal-details update.
        assertThat(casebook.clients().find(client.id()).orElseThrow().details().alias()).isEqualTo("Amira");
    }

    @Test
    void personalDetailsOfAnUnknownClientAreRefused() {
        assertThatThrownBy(() -> casebook.clients().personal(999)).hasMessageContaining("no such client");
        assertThatThrownBy(() -> casebook.clients().updatePersonal(999, PersonalDetails.none()))
                .hasMessageContaining("no such client");
    }

    @Test
    void abusersAreAddedUpdatedAndRemovedWithAnAuditRowEach() {
        Abuser added = casebook.abusers().add(client.id(), "  Karim  ", "husband", "");
        assertThat(added.name()).isEqualTo("Karim");
        assertThat(added.address()).isNull();
        casebook.abusers().update(new Abuser(added.id(), client.id(), "Karim B.", "husband", "12 High Road"));
        assertThat(casebook.abusers().forClient(client.id())).containsExactly(
                new Abuser(added.id(), client.id(), "Karim B.", "husband", "12 High Road"));
        casebook.abusers().remove(added.id());
        assertThat(casebook.abusers().forClient(client.id())).isEmpty();
        assertThat(casebook.audit().forSubject(ClientRepository.subject(client.id())))
                .extracting(AuditEntry::action).filteredOn(AuditAction.ABUSER_RECORDED::equals).hasSize(3);
        assertThatThrownBy(() -> casebook.abusers().add(client.id(), " ", null, null))
                .hasMessageContaining("cannot be empty");
    }

    @Test
    void blockedRecipientsMatchByDirectoryEntryOrByNameIgnoringCaseAndSpacing() {
        long entry = TestCasebooks.vault(casebook).write(tx -> tx.insert("""
                INSERT INTO directory_entry(name, recipient_kind, services, languages, areas, how_to_refer,
                    created_at, updated_at) VALUES ('Northside Community Centre', 'THIRD_SECTOR', '', '', '', '', 0, 0)
                """));
        assertThatThrownBy(() -> casebook.blockedRecipients().add(client.id(), entry + 1, "No such entry", null))
                .as("a blocked entry must exist in the directory").isInstanceOf(RuntimeException.class);
        BlockedRecipient blocked = casebook.blockedRecipients().add(client.id(), entry, "Northside  Community Centre",
                "the abuser's brother works there");
        casebook.blockedRecipients().add(client.id(), null, "Mrs Hollis", null);
        assertThat(casebook.blockedRecipients().isBlocked(client.id(), entry, "Another name")).isTrue();
        assertThat(casebook.blockedRecipients().isBlocked(client.id(), null, " northside community   centre"))
                .isTrue();
        assertThat(casebook.blockedRecipients().isBlocked(client.id(), 7L, "MRS HOLLIS")).isTrue();
        assertThat(casebook.blockedRecipients().isBlocked(client.id(), 7L, "Rights of Women")).isFalse();
        assertThat(casebook.blockedRecipients().isBlocked(client.id(), null, "")).isFalse();
        Client other = casebook.clients().create(ClientDetails.withAlias("Other"));
        assertThat(casebook.blockedRecipients().isBlocked(other.id(), entry, "Mrs Hollis")).isFalse();

        casebook.blockedRecipients().remove(blocked.id());
        assertThat(casebook.blockedRecipients().forClient(client.id())).extracting(BlockedRecipient::name)
                .containsExactly("Mrs Hollis");
        assertThat(casebook.blockedRecipients().forClient(client.id()).get(0).addedBy())
                .isEqualTo(TestCasebooks.ACTOR);
    }

    @Test
    void immigrationDetailsAreStoredPerCaseAndAudited() {
        assertThat(casebook.cases().immigrationDetails(caseFile.id())).isEqualTo(ImmigrationDetails.none());
        casebook.cases().updateImmigrationDetails(caseFile.id(),
                new ImmigrationDetails(LocalDate.of(2027, 1, 31), " HO-123 "));
        assertThat(casebook.cases().immigrationDetails(caseFile.id()))
                .isEqualTo(new ImmigrationDetails(LocalDate.of(2027, 1, 31), "HO-123"));
        assertThat(casebook.audit().forSubject(caseFile.reference().toString())).extracting(AuditEntry::action)
                .contains(AuditAction.CASE_UPDATED);
        assertThatThrownBy(() -> casebook.cases().immigrationDetails(999)).hasMessageContaining("no such case");
    }

    @Test
    void everythingSurvivesACrashAndReplay() throws Exception {
        casebook.clients().updatePersonal(client.id(),
                new PersonalDetails(null, null, "wheelchair user", null, "Refuge address", null, null));
        casebook.abusers().add(client.id(), "Karim", null, null);
        casebook.blockedRecipients().add(client.id(), null, "Karim's cousin", null);
        Path copy = TestCasebooks.copyAsCrashed(dir, dir);
        try (Vault reopened = org.cairn.vault.TestVaults.open(copy)) {
            Casebook again = new Casebook(reopened, clock, "x");
            assertThat(again.clients().personal(client.id()).address()).isEqualTo("Refuge address");
            assertThat(again.abusers().forClient(client.id())).extracting(Abuser::name).isEqualTo(List.of("Karim"));
            assertThat(again.blockedRecipients().isBlocked(client.id(), null, "karim's cousin")).isTrue();
            assertThat(again.audit().verify().isOk()).isTrue();
        }
    }
}
