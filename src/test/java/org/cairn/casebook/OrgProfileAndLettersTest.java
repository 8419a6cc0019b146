package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgProfileAndLettersTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(TestCasebooks.START);
    private Casebook casebook;
    private CaseFile caseFile;

    @BeforeEach
    void setUp() {
        casebook = TestCasebooks.create(dir, clock);
        Client client = casebook.clients().create(ClientDetails.withAlias("Amira"));
        caseFile = casebook.cases().open(client.id(), CaseDetails.opened(LocalDate.of(2026, 3, 1), "advocate.one"));
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    @Test
    void aNewCasebookHasNoProfileAndLettersUseANeutralDefault() {
        assertThat(casebook.orgProfile().find()).isEmpty();
        assertThat(casebook.orgProfile().current().accreditation()).isEqualTo(Accreditation.NONE);
        assertThat(casebook.orgProfile().current().paper()).isEqualTo(LetterPaper.A4);
    }

    @Test
    void theProfileIsSavedWholeReplacedOnSaveAndAudited() {
        byte[] logo = {1, 2, 3};
        OrgProfile first = new OrgProfile("Safe Harbour", "1 Quay St\nLeeds", "0113 000", "hi@example.org", "123",
                "F123", Accreditation.OISC_LEVEL_1, "Advocate", "Safe Harbour\nLeeds", logo, LetterPaper.US_LETTER);
        casebook.orgProfile().save(first);
        casebook.orgProfile().save(new OrgProfile("Safe Harbour Trust", null, null, null, null, null,
                Accreditation.SOLICITOR_SUPERVISED, null, null, null, LetterPaper.A4));
        casebook.orgProfile().save(first);

        OrgProfile read = casebook.orgProfile().find().orElseThrow();
        assertThat(read).usingRecursiveComparison().isEqualTo(first);
        assertThat(read.logo()).containsExactly(1, 2, 3);
        assertThat(casebook.audit().forSubject("org-profile")).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ORG_PROFILE_UPDATED, AuditAction.ORG_PROFILE_UPDATED,
                        AuditAction.ORG_PROFILE_UPDATED);
    }

    @Test
    void aProfileNeedsAName() {
        assertThatThrownBy(() -> new OrgProfile(" ", null, null, null, null, null, Accreditation.NONE, null, null,
                null, LetterPaper.A4)).hasMessageContaining("name");
    }

    @Test
    void aKeptLetterStoresItsPdfAndAuditsKeepingAndWhatWasDone() {
        LetterCopy copy = new LetterCopy("letter-gp-registration", 1, "en-GB", "Dr Lee", "STATUTORY", null,
                "Registering a patient", new byte[] {'%', 'P', 'D', 'F'});
        KeptLetter printed = casebook.letters().keep(caseFile.id(), copy, LetterDisposition.PRINTED);
        KeptLetter kept = casebook.letters().keep(caseFile.id(), copy, LetterDisposition.KEPT);
        casebook.letters().recordAgain(printed.id(), LetterDisposition.SAVED);

        assertThat(casebook.letters().forCase(caseFile.id())).extracting(KeptLetter::id)
                .containsExactly(kept.id(), printed.id());
        assertThat(casebook.letters().pdf(printed.id())).hasValueSatisfying(pdf -> assertThat(pdf)
                .containsExactly('%', 'P', 'D', 'F'));
        String reference = caseFile.reference().toString();
        assertThat(casebook.audit().forSubject(reference + " letter:" + printed.id())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.LETTER_KEPT, AuditAction.LETTER_PRINTED, AuditAction.LETTER_SAVED);
        assertThat(casebook.audit().forSubject(reference + " letter:" + kept.id())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.LETTER_KEPT);
    }

    @Test
    void recordingAnUnknownLetterFailsAndAuditsNothing() {
        long before = casebook.audit().size();
        assertThatThrownBy(() -> casebook.letters().recordAgain(999, LetterDisposition.PRINTED))
                .hasMessageContaining("no such letter");
        assertThat(casebook.audit().size()).isEqualTo(before);
    }
}
