package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.CaseStatus;
import org.cairn.casebook.RestrictedContent;
import org.cairn.casework.RestrictedCasebook.Session;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restricting a case: who may, what others can still see, who reads it back, and what refuses. */
class RestrictionsTest {
    @TempDir
    Path dir;
    private RestrictedCasebook book;

    @BeforeEach
    void aCasebookWithBosCase() {
        book = new RestrictedCasebook(dir);
    }

    @Test
    void anotherPersonsSessionHoldsNoTraceOfTheContentAnywhere() {
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            assertThat(RestrictedCasebook.tablesHolding(chidi.vault(), book.canary)).as("before").isNotEmpty();
            assertThat(chidi.casebook().search(book.canary, 10)).as("found before").hasSize(1);
            assertThat(RestrictedCasebook.imageHolds(chidi.vault(), book.canary)).as("in the image before").isTrue();
        }
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
        }
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            RestrictedCasebook.assertNowhere(chidi, book.canary);
            var stillThere = chidi.casebook().cases().find(book.caseId).orElseThrow();
            assertThat(stillThere.reference().toString()).isEqualTo(book.reference);
            assertThat(stillThere.details().status()).isEqualTo(CaseStatus.OPEN);
            assertThat(chidi.casework().restrictions().isRestricted(book.caseId)).isTrue();
            var screen = chidi.casework().cases().read(book.caseId, false);
            assertThat(screen.client().details().alias()).as("what the case screen shows").isEqualTo("(restricted)");
            assertThat(chidi.casework().cases().find("", org.cairn.casebook.CaseFilter.NONE, 50).shown())
                    .filteredOn(c -> c.caseId() == book.caseId).extracting(c -> c.alias())
                    .as("what the cases list shows").containsExactly("(restricted)");
            assertThatThrownBy(() -> chidi.casework().restrictions().open(book.caseId))
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
        }
        try (Session admin = book.as(RestrictedCasebook.ADMIN)) {
            RestrictedCasebook.assertNowhere(admin, book.canary);
        }
    }

    @Test
    void restrictingLeavesNoLogRecordBehindForACopyTakenWhileTheSessionIsStillOpen() throws Exception {
        Path copy = dir.resolveSibling(dir.getFileName() + "-copy");
        java.nio.file.Files.createDirectories(copy);
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().notes().add(book.caseId, "Logged note " + book.canary);
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            for (String file : List.of(org.cairn.vault.CasebookFiles.SNAPSHOT, org.cairn.vault.CasebookFiles.LOG)) {
                java.nio.file.Files.copy(dir.resolve(file), copy.resolve(file));
            }
        }
        try (Passphrase passphrase = RestrictedCasebook.passphraseOf(RestrictedCasebook.CHIDI);
                Vault vault = Vault.open(copy, RestrictedCasebook.CHIDI, passphrase, VaultOptions.standard())) {
            assertThat(vault.openReport().replayedTransactions()).as("records replayed from the copied log")
                    .isZero();
            try (Session chidi = new Session(vault, RestrictedCasebook.CHIDI)) {
                RestrictedCasebook.assertNowhere(chidi, book.canary);
            }
        }
    }

    @Test
    void thePersonNamedAndTheRecoveryKeyReadItBackInMemoryOnly() {
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
        }
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            RestrictedContent content = bo.casework().restrictions().open(book.caseId);
            assertThat(content.alias()).isEqualTo("Alias " + book.canary);
            assertThat(content.legalNames()).isEqualTo("Legal " + book.canary);
            assertThat(content.notes()).containsExactly("Edited note about " + book.canary);
            assertThat(content.noteHistory()).containsExactly("First note about " + book.canary);
            assertThat(content.abusers()).containsExactly("Harm " + book.canary);
            assertThat(content.texts("task", "title")).containsExactly("Call " + book.canary);
            assertThat(content.texts("client", "phone")).containsExactly("07700 " + book.canary);
            RestrictedCasebook.assertNowhere(bo, book.canary);
        }
        try (Session recovery = book.withRecoveryKey()) {
            assertThat(recovery.casework().restrictions().open(book.caseId).alias())
                    .isEqualTo("Alias " + book.canary);
        }
    }

    @Test
    void removingOneAllowedPersonRotatesTheMasterKeyAndTheOthersStillReadIt() {
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO,
                    RestrictedCasebook.CHIDI));
        }
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            assertThat(chidi.casework().restrictions().open(book.caseId).notes()).hasSize(1);
        }
        try (Session admin = book.as(RestrictedCasebook.ADMIN)) {
            admin.casework().people().remove(RestrictedCasebook.CHIDI);
            assertThatThrownBy(() -> admin.casework().restrictions().open(book.caseId))
                    .isInstanceOf(CaseworkException.class);
        }
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            assertThat(bo.casework().restrictions().open(book.caseId).alias()).isEqualTo("Alias " + book.canary);
        }
        try (Session recovery = book.withRecoveryKey()) {
            assertThat(recovery.casework().restrictions().open(book.caseId).notes()).hasSize(1);
        }
    }

    @Test
    void aNewRecoveryKeyIsGivenTheCaseKeyWhenSomeoneItIsRestrictedToNextOpensIt() {
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
        }
        org.cairn.vault.RecoveryKey fresh;
        try (Session admin = book.as(RestrictedCasebook.ADMIN)) {
            fresh = admin.vault().replaceRecoveryKey();
        }
        try (Vault vault = Vault.openWithRecoveryKey(dir, fresh, VaultOptions.standard());
                Session recovery = new Session(vault, "recovery key")) {
            assertThatThrownBy(() -> recovery.casework().restrictions().open(book.caseId))
                    .as("not yet wrapped for the new recovery key")
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
        }
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().open(book.caseId);
        }
        try (Vault vault = Vault.openWithRecoveryKey(dir, fresh, VaultOptions.standard());
                Session recovery = new Session(vault, "recovery key")) {
            assertThat(recovery.casework().restrictions().open(book.caseId).alias())
                    .isEqualTo("Alias " + book.canary);
        }
        fresh.close();
    }

    @Test
    void changingOnesOwnPassphraseKeepsOnesKeyPairAndSoTheRestrictedCase() {
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            try (Passphrase fresh = Passphrase.copyOf("Bo's brand new passphrase".toCharArray())) {
                bo.vault().changePassphrase(fresh, org.cairn.vault.TestVaults.fastKdf());
            }
        }
        try (Passphrase fresh = Passphrase.copyOf("Bo's brand new passphrase".toCharArray());
                Vault vault = Vault.open(dir, RestrictedCasebook.BO, fresh, VaultOptions.standard());
                Session bo = new Session(vault, RestrictedCasebook.BO)) {
            assertThat(bo.casework().restrictions().open(book.caseId).alias()).isEqualTo("Alias " + book.canary);
        }
    }

    @Test
    void aTamperedSealOrWrappedKeyIsRefusedAsDamagedAndNothingChanges() {
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            flipLastByte(bo, "case_restriction", "sealed", "case_id = ?", book.caseId);
            assertDamaged(bo);
            flipLastByte(bo, "case_restriction", "sealed", "case_id = ?", book.caseId);
            assertThat(bo.casework().restrictions().open(book.caseId).notes()).hasSize(1);
            flipLastByte(bo, "case_restriction_key", "wrapped", "case_id = ? AND holder LIKE 'person:%'", book.caseId);
            assertDamaged(bo);
            assertThat(bo.casework().restrictions().isRestricted(book.caseId)).isTrue();
        }
    }

    @Test
    void liftingPutsEveryThingBackAndSearchFindsItAgain() {
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            bo.casework().notes().add(otherCase(bo), "a note elsewhere takes a freed id");
            bo.casework().restrictions().unrestrict(book.caseId);
        }
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            assertThat(chidi.casework().restrictions().isRestricted(book.caseId)).isFalse();
            assertThat(chidi.casebook().search(book.canary, 10)).hasSize(1);
            var notes = chidi.casebook().notes().forCase(book.caseId);
            assertThat(notes).extracting(n -> n.text()).containsExactly("Edited note about " + book.canary);
            assertThat(chidi.casebook().notes().history(notes.get(0).id())).hasSize(2);
            assertThat(chidi.casebook().abusers().forClient(chidi.casebook().cases().find(book.caseId)
                    .orElseThrow().clientId())).hasSize(1);
        }
    }

    @Test
    void onlyAnAdministratorOrTheCasesAdvocateRestrictsAndEditsOfContentAreRefused() {
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            assertThatThrownBy(() -> chidi.casework().restrictions().restrict(book.caseId,
                    List.of(RestrictedCasebook.CHIDI))).isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_PERMITTED));
        }
        try (Session admin = book.as(RestrictedCasebook.ADMIN)) {
            assertThatThrownBy(() -> admin.casework().restrictions().restrict(book.caseId, List.of("Nobody")))
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NO_SUCH_PERSON));
            admin.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            assertThatThrownBy(() -> admin.casework().notes().add(book.caseId, "more about her"))
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
            assertThatThrownBy(() -> admin.casework().restrictions().unrestrict(book.caseId))
                    .as("an administrator not named cannot unseal it")
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
            admin.casework().cases().close(book.caseId, java.time.LocalDate.of(2026, 12, 7));
            assertThat(admin.casebook().cases().find(book.caseId).orElseThrow().details().status())
                    .as("closing changes only coded fields, so it still works").isEqualTo(CaseStatus.CLOSED);
        }
    }

    @Test
    void anotherAdvocateCannotNameHerselfOnTheCaseToTakeItThenLockItsAdvocateOut() {
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            var current = chidi.casebook().cases().find(book.caseId).orElseThrow();
            var hers = new org.cairn.casebook.CaseDetails(current.details().openedOn(), current.details().closedOn(),
                    current.details().status(), "  chidi   OKAFOR ", current.details().abuseTypes(),
                    current.details().risk(), current.details().riskAssessedOn(), current.details().immigration(),
                    current.details().nrpf(), current.details().evidenceGaps());
            var immigration = chidi.casebook().cases().immigrationDetails(book.caseId);
            assertThatThrownBy(() -> chidi.casework().cases().saveCase(book.caseId, hers, immigration))
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_PERMITTED));
            assertThat(chidi.casebook().cases().find(book.caseId).orElseThrow().details().advocate())
                    .isEqualTo(RestrictedCasebook.BO);
            assertThatThrownBy(() -> chidi.casework().restrictions().restrict(book.caseId,
                    List.of(RestrictedCasebook.CHIDI))).isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_PERMITTED));
        }
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            var current = bo.casebook().cases().find(book.caseId).orElseThrow();
            var handedOver = new org.cairn.casebook.CaseDetails(current.details().openedOn(),
                    current.details().closedOn(), current.details().status(), RestrictedCasebook.CHIDI,
                    current.details().abuseTypes(), current.details().risk(), current.details().riskAssessedOn(),
                    current.details().immigration(), current.details().nrpf(), current.details().evidenceGaps());
            bo.casework().cases().saveCase(book.caseId, handedOver, bo.casebook().cases()
                    .immigrationDetails(book.caseId));
            assertThat(bo.casebook().cases().find(book.caseId).orElseThrow().details().advocate())
                    .as("the advocate named hands her case over").isEqualTo(RestrictedCasebook.CHIDI);
        }
    }

    @Test
    void noSecondCaseIsOpenedForAClientWhoseCaseIsRestrictedSinceItWouldNotSeeHerNeverContactList() {
        try (Session admin = book.as(RestrictedCasebook.ADMIN)) {
            admin.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            long client = admin.casebook().cases().find(book.caseId).orElseThrow().clientId();
            assertThatThrownBy(() -> admin.casework().cases().openNew(client, null,
                    org.cairn.casebook.CaseDetails.opened(java.time.LocalDate.of(2026, 12, 1), RestrictedCasebook.BO)))
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
            assertThat(admin.casebook().cases().forClient(client)).hasSize(1);
        }
    }

    @Test
    void countsStillReadTheCodedFields() {
        String before;
        try (Session admin = book.as(RestrictedCasebook.ADMIN)) {
            before = codedFields(admin);
        }
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
        }
        try (Session admin = book.as(RestrictedCasebook.ADMIN)) {
            assertThat(codedFields(admin)).isEqualTo(before).contains("OPEN");
        }
    }

    /** The columns the counts read (stats.Population), for every case. */
    private static String codedFields(Session session) {
        return session.vault().read(r -> r.query("SELECT id, opened_on, closed_on, status, risk_level, immigration, "
                + "nrpf, feared_reporting, reported_to_police, police_shared, third_party_reporting, gp_refused, "
                + "nhs_charged, advocate FROM case_file ORDER BY id", row -> {
                    StringBuilder line = new StringBuilder();
                    for (int c = 1; c <= 14; c++) {
                        line.append(row.getString(c)).append('|');
                    }
                    return line.toString();
                })).toString();
    }

    private long otherCase(Session session) {
        long client = session.casebook().clients().create(org.cairn.casebook.ClientDetails.withAlias("Other")).id();
        return session.casebook().cases().open(client, org.cairn.casebook.CaseDetails.opened(
                java.time.LocalDate.of(2026, 4, 1), RestrictedCasebook.BO)).id();
    }

    private void assertDamaged(Session session) {
        assertThatThrownBy(() -> session.casework().restrictions().open(book.caseId))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.RESTRICTED_CASE_DAMAGED));
    }

    private static void flipLastByte(Session session, String table, String column, String where, long caseId) {
        byte[] blob = session.vault().read(r -> r.queryOne("SELECT " + column + " FROM " + table + " WHERE " + where,
                row -> row.getBytes(1), caseId)).orElseThrow();
        blob[blob.length - 1] ^= 1;
        session.vault().write(tx -> tx.execute("UPDATE " + table + " SET " + column + " = ? WHERE " + where,
                blob, caseId));
    }
}
