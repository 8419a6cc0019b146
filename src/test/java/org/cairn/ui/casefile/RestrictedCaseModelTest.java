package org.cairn.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ContactSafety;
import org.cairn.casework.Casework;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.vault.CreatedVault;
import org.cairn.vault.Passphrase;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case-file screen's restricted case, as Bo (its advocate) and Chidi (a colleague) see it, with no toolkit. */
class RestrictedCaseModelTest {
    private static final String BO = "Bo Li";
    private static final String CHIDI = "Chidi Okafor";
    private static final String SECRET = "Wqzsecretnote";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private long caseId;

    @BeforeEach
    void aCaseOfBos() {
        CreatedVault created;
        try (Passphrase first = passphraseOf("Amina Khan")) {
            created = Vault.create(dir, "Amina Khan", "administrator", first, TestVaults.fastKdf(),
                    VaultOptions.standard());
        }
        created.recoveryKey().close();
        try (Vault vault = created.vault()) {
            for (String name : List.of(BO, CHIDI)) {
                try (Passphrase passphrase = passphraseOf(name)) {
                    vault.people().add(name, "advocate", passphrase, TestVaults.fastKdf());
                }
            }
            Casebook casebook = Casebook.open(vault, clock, "Amina Khan");
            long client = casebook.clients().create(new ClientDetails("Mira", "Mira " + SECRET, null, List.of(),
                    false, ContactSafety.unknown(), null)).id();
            caseId = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 1, 5), BO)).id();
            casebook.notes().add(caseId, "First visit " + SECRET);
            casebook.abusers().add(client, "Harm " + SECRET, "partner", null);
        }
    }

    @Test
    void itsAdvocateRestrictsItNamingWhoWillReadItThenReadsItAndAddsASealedNote() {
        try (Session bo = as(BO)) {
            CaseFileViewModel screen = screen(bo);
            screen.load(true);
            RestrictedCaseModel restriction = screen.restriction();
            assertThat(restriction.mayRestrictProperty().get()).isTrue();
            assertThat(restriction.restrictedProperty().get()).isFalse();

            dialogs.confirmAnswer = false;
            restriction.restrict();
            assertThat(dialogs.shown).last().asString().contains(BO).contains("recovery key");
            assertThat(bo.casework().restrictions().isRestricted(caseId)).as("declined: nothing changes").isFalse();

            dialogs.confirmAnswer = true;
            restriction.restrict();
            assertThat(restriction.restrictedProperty().get()).isTrue();
            assertThat(restriction.readableProperty().get()).isTrue();
            assertThat(restriction.noticeProperty().get()).contains(BO);
            assertThat(screen.headingProperty().get()).contains("(restricted)");
            assertThat(lines(restriction)).anyMatch(l -> l.contains("First visit " + SECRET))
                    .anyMatch(l -> l.equals("Legal names: Mira " + SECRET))
                    .anyMatch(l -> l.startsWith("Harm " + SECRET));

            restriction.newNoteProperty().set("   ");
            restriction.addNote();
            assertThat(restriction.errorProperty().get()).isNotEmpty();
            restriction.newNoteProperty().set("Second visit, sealed");
            assertThat(screen.hasUnsavedChanges()).as("a draft sealed note is an unsaved change").isTrue();
            restriction.addNote();
            assertThat(restriction.errorProperty().get()).isEmpty();
            assertThat(restriction.newNoteProperty().get()).isEmpty();
            assertThat(lines(restriction)).anyMatch(l -> l.contains("Second visit, sealed"));
            assertThat(bo.casebook().search("sealed", 10)).as("kept out of the search index").isEmpty();
            long plainNotes = bo.vault().read(r -> r.queryLong("SELECT count(*) FROM note WHERE case_id = ?",
                    caseId));
            assertThat(plainNotes).as("no note row in plain").isZero();
        }
    }

    @Test
    void aColleagueSeesItsReferenceAndStatusOnlyWithNoWayIn() {
        try (Session bo = as(BO)) {
            bo.casework().restrictions().restrict(caseId, List.of(BO));
        }
        try (Session chidi = as(CHIDI)) {
            CaseFileViewModel screen = screen(chidi);
            screen.load(true);
            RestrictedCaseModel restriction = screen.restriction();
            assertThat(restriction.restrictedProperty().get()).isTrue();
            assertThat(restriction.readableProperty().get()).isFalse();
            assertThat(restriction.mayRestrictProperty().get()).as("not her case").isFalse();
            assertThat(restriction.sections()).isEmpty();
            assertThat(restriction.noticeProperty().get()).doesNotContain(BO).contains("restricted");
            assertThat(screen.headingProperty().get()).contains("(restricted)").doesNotContain("Mira");
            restriction.restrict();
            restriction.lift();
            assertThat(dialogs.shown).as("nothing is offered, so nothing is asked").isEmpty();
            restriction.newNoteProperty().set("from outside");
            restriction.addNote();
            assertThat(restriction.errorProperty().get()).contains("restricted");
        }
    }

    @Test
    void liftingAfterAskingPutsTheSealedNoteBackAmongTheNotes() {
        try (Session bo = as(BO)) {
            bo.casework().restrictions().restrict(caseId, List.of(BO));
            bo.casework().restrictions().addNote(caseId, "Written while restricted");
            CaseFileViewModel screen = screen(bo);
            screen.load(true);
            dialogs.confirmAnswer = false;
            screen.restriction().lift();
            assertThat(bo.casework().restrictions().isRestricted(caseId)).isTrue();
            dialogs.confirmAnswer = true;
            screen.restriction().lift();
            assertThat(screen.restriction().restrictedProperty().get()).isFalse();
            assertThat(screen.restriction().sections()).isEmpty();
            assertThat(screen.noteList().notes()).extracting(n -> n.text())
                    .containsExactly("First visit " + SECRET, "Written while restricted");
        }
    }

    private CaseFileViewModel screen(Session session) {
        return new CaseFileViewModel(session, caseId, Fakes.messages(), new RecordingNavigator(),
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), new Fakes.Clipboard(), dialogs, clock);
    }

    private static List<String> lines(RestrictedCaseModel restriction) {
        return restriction.sections().stream().flatMap(s -> s.lines().stream()).toList();
    }

    private Session as(String name) {
        try (Passphrase passphrase = passphraseOf(name)) {
            Vault vault = Vault.open(dir, name, passphrase, VaultOptions.standard());
            Casebook casebook = Casebook.open(vault, clock, name);
            return new Session(dir, vault, casebook, Casework.unlockedBy(casebook, vault));
        }
    }

    private static Passphrase passphraseOf(String name) {
        return Passphrase.copyOf(("passphrase of " + name).toCharArray());
    }
}
