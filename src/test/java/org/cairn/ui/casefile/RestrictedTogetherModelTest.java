package org.cairn.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case-file screen when a client has several cases (they are restricted and lifted together, and the
 * confirmation names each), and why "Restrict this case…" is not offered when it is not: no toolkit.
 */
class RestrictedTogetherModelTest {
    private static final String BO = "Bo Li";
    private static final String CHIDI = "Chidi Okafor";

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();

    @Test
    void theConfirmationNamesEachOfHerCasesAndRestrictingOrLiftingOneDoesAll() {
        List<CaseFile> hers = namedCasebook(BO, BO);
        try (Session bo = as(BO)) {
            CaseFileViewModel screen = screen(bo, hers.get(1).id());
            screen.load(true);
            RestrictedCaseModel restriction = screen.restriction();
            assertThat(restriction.mayRestrictProperty().get()).isTrue();
            assertThat(restriction.whyNoRestrictProperty().get()).as("it is offered").isEmpty();

            dialogs.confirmAnswer = false;
            restriction.restrict();
            assertThat(dialogs.shown).last().asString().contains(hers.get(0).reference().toString(),
                    hers.get(1).reference().toString(), BO, "together");
            assertThat(bo.casework().restrictions().isRestricted(hers.get(0).id())).as("declined").isFalse();
            dialogs.confirmAnswer = true;
            restriction.restrict();
            for (CaseFile caseFile : hers) {
                assertThat(bo.casework().restrictions().isRestricted(caseFile.id())).isTrue();
            }
            assertThat(restriction.readableProperty().get()).isTrue();
            assertThat(restriction.errorProperty().get()).isEmpty();

            CaseFileViewModel first = screen(bo, hers.get(0).id());
            first.load(true);
            first.restriction().lift();
            assertThat(dialogs.shown).last().asString().contains(hers.get(0).reference().toString(),
                    hers.get(1).reference().toString());
            for (CaseFile caseFile : hers) {
                assertThat(bo.casework().restrictions().isRestricted(caseFile.id())).isFalse();
            }
            assertThat(first.restriction().restrictedProperty().get()).isFalse();
        }
    }

    @Test
    void aCaseOfHersWithAnotherAdvocateSaysWhyItIsNotOfferedAndAColleagueIsToldNothing() {
        List<CaseFile> hers = namedCasebook(BO, CHIDI);
        try (Session bo = as(BO)) {
            CaseFileViewModel screen = screen(bo, hers.get(0).id());
            screen.load(true);
            assertThat(screen.restriction().mayRestrictProperty().get()).isFalse();
            assertThat(screen.restriction().whyNoRestrictProperty().get()).contains("administrator")
                    .contains("different advocate");
            screen.restriction().restrict();
            assertThat(dialogs.shown).as("nothing offered, nothing asked").isEmpty();
        }
        try (Session admin = as("Amina Khan")) {
            CaseFileViewModel screen = screen(admin, hers.get(0).id());
            screen.load(true);
            assertThat(screen.restriction().mayRestrictProperty().get()).as("an administrator may").isTrue();
            assertThat(screen.restriction().whyNoRestrictProperty().get()).isEmpty();
        }
    }

    @Test
    void aCasebookWithNobodyNamedSaysRestrictingNeedsNamedPeopleAndWhereToAddThem() {
        long caseId;
        try (Vault vault = TestVaults.create(dir).vault()) {
            Casebook casebook = Casebook.open(vault, clock, "tester");
            long client = casebook.clients().create(ClientDetails.withAlias("Mira")).id();
            caseId = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 1, 5), "tester")).id();
        }
        try (Vault vault = TestVaults.open(dir)) {
            Casebook casebook = Casebook.open(vault, clock, "tester");
            Session session = new Session(dir, vault, casebook, Casework.unlockedBy(casebook, vault));
            CaseFileViewModel screen = screen(session, caseId);
            screen.load(true);
            RestrictedCaseModel restriction = screen.restriction();
            assertThat(restriction.mayRestrictProperty().get()).isFalse();
            assertThat(restriction.whyNoRestrictProperty().get()).contains("named")
                    .contains("People and passphrases");
            restriction.restrict();
            assertThat(dialogs.shown).isEmpty();
        }
    }

    /** Amina (administrator), Bo and Chidi; one client with a case for each advocate given, oldest first. */
    private List<CaseFile> namedCasebook(String firstAdvocate, String secondAdvocate) {
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
            long client = casebook.clients().create(ClientDetails.withAlias("Mira")).id();
            CaseFile one = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 1, 5), firstAdvocate));
            CaseFile two = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 2, 5), secondAdvocate));
            casebook.notes().add(one.id(), "First case note");
            casebook.notes().add(two.id(), "Second case note");
            return List.of(one, two);
        }
    }

    private CaseFileViewModel screen(Session session, long caseId) {
        return new CaseFileViewModel(session, caseId, Fakes.messages(), new RecordingNavigator(),
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), new Fakes.Clipboard(), dialogs, clock);
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
