package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.LongStream;
import org.cairn.casebook.AuditVerification.Problem;
import org.cairn.vault.DatabaseException;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest {
    private static final int ROWS = Migrations.standard().latestVersion() + 7;

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(TestCasebooks.START);
    Casebook casebook;
    CaseFile caseFile;

    @BeforeEach
    void create() {
        casebook = TestCasebooks.create(dir, clock);
        long client = casebook.clients().create(ClientDetails.withAlias("Agnieszka W.")).id();
        caseFile = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 2), "K. Nowak"));
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(1));
            casebook.notes().add(caseFile.id(), "note " + i);
        }
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    @Test
    void everyRepositoryWriteAddsOneRowAndTheChainVerifies() {
        // one row per schema step, then client, case, 5 notes
        assertThat(casebook.audit().size()).isEqualTo(ROWS);
        assertThat(casebook.audit().recent(ROWS)).extracting(AuditEntry::id)
                .containsExactlyElementsOf(LongStream.iterate(ROWS, id -> id >= 1, id -> id - 1).boxed().toList());
        AuditEntry newest = casebook.audit().recent(1).get(0);
        assertThat(newest.actor()).isEqualTo(TestCasebooks.ACTOR);
        assertThat(newest.at()).isEqualTo(TestCasebooks.START.plus(Duration.ofMinutes(5)));
        assertThat(newest.subject()).startsWith(caseFile.reference() + " note:");
        AuditVerification result = casebook.audit().verify();
        assertThat(result.isOk()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(ROWS);
    }

    @Test
    void aFailedTransactionLeavesNoAuditRow() {
        assertThatThrownBy(() -> TestCasebooks.vault(casebook).write(tx -> {
            casebook.notes().add(tx, caseFile.id(), clock.instant(), "x", "will be rolled back");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(casebook.audit().size()).isEqualTo(ROWS);
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }

    @Test
    void recordsEventsThatWriteNothingElseWithAReason() {
        AuditEntry entry = casebook.audit().record(AuditAction.DISCLOSURE_OVERRIDE, caseFile.reference().toString(),
                "client asked for the letter to go to her solicitor");
        casebook.audit().record(AuditAction.CASE_FILE_OPENED, caseFile.reference().toString());
        assertThat(casebook.audit().forSubject(caseFile.reference().toString())).contains(entry)
                .extracting(AuditEntry::action).endsWith(AuditAction.DISCLOSURE_OVERRIDE, AuditAction.CASE_FILE_OPENED);
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }

    @Test
    void updateAndDeleteAreRefusedByTheDatabase() {
        assertThatThrownBy(() -> TestCasebooks.vault(casebook).write(tx -> tx.execute("UPDATE audit SET actor = 'x' WHERE id = 2")))
                .isInstanceOf(DatabaseException.class);
        assertThatThrownBy(() -> TestCasebooks.vault(casebook).write(tx -> tx.execute("DELETE FROM audit WHERE id = 2")))
                .isInstanceOf(DatabaseException.class);
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }

    @Test
    void detectsAnEditedRow() {
        tamper("DROP TRIGGER audit_no_update", "UPDATE audit SET actor = 'someone else' WHERE id = 4");
        AuditVerification result = casebook.audit().verify();
        assertThat(result.problem()).isEqualTo(Problem.EDITED);
        assertThat(result.firstBrokenRow()).hasValue(4);
        assertThat(result.rowsChecked()).isEqualTo(3);
    }

    @Test
    void detectsAnEditedTimestamp() {
        tamper("DROP TRIGGER audit_no_update", "UPDATE audit SET at = at - 60000 WHERE id = 6");
        assertThat(casebook.audit().verify().firstBrokenRow()).hasValue(6);
    }

    @Test
    void detectsARowRemovedFromTheMiddle() {
        tamper("DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE id = 5");
        AuditVerification result = casebook.audit().verify();
        assertThat(result.problem()).isEqualTo(Problem.MISSING);
        assertThat(result.firstBrokenRow()).hasValue(5);
    }

    @Test
    void detectsRowsRemovedFromTheEnd() {
        tamper("DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE id >= 7");
        AuditVerification result = casebook.audit().verify();
        assertThat(result.problem()).isEqualTo(Problem.TRUNCATED);
        assertThat(result.firstBrokenRow()).hasValue(7);
    }

    @Test
    void detectsARowWhoseOwnHashWasRecomputed() {
        // An editor who fixes up one hash still breaks the link to the next row.
        AuditEntry row = casebook.audit().recent(8).get(5);
        byte[] previous = TestCasebooks.vault(casebook).read(r -> r.queryOne("SELECT hash FROM audit WHERE id = ?",
                x -> x.getBytes(1), row.id() - 1)).orElseThrow();
        byte[] commitment = TestCasebooks.vault(casebook).read(r -> r.queryOne(
                "SELECT commitment FROM audit WHERE id = ?", x -> x.getBytes(1), row.id())).orElseThrow();
        byte[] whoSalt = new byte[AuditHash.SALT_BYTES];
        byte[] who = AuditHash.whoCommitment(whoSalt, row.at().toEpochMilli(), "forger");
        byte[] forged = AuditHash.linkV2(previous, row.id(), row.at().toEpochMilli(), row.action().name(), who,
                commitment);
        java.util.HexFormat hex = java.util.HexFormat.of();
        tamper("DROP TRIGGER audit_no_update", "UPDATE audit SET actor = 'forger', who_salt = X'"
                + hex.formatHex(whoSalt) + "', who_commitment = X'" + hex.formatHex(who) + "', hash = X'"
                + hex.formatHex(forged) + "' WHERE id = " + row.id());
        assertThat(casebook.audit().verify().firstBrokenRow()).hasValue(row.id() + 1);
    }

    @Test
    void chainSurvivesReplayAfterACrash() throws Exception {
        Path copy = TestCasebooks.copyAsCrashed(dir, dir);
        try (Vault reopened = TestVaults.open(copy)) {
            Casebook again = Casebook.open(reopened, clock, "advocate.two");
            assertThat(again.audit().verify()).isEqualTo(AuditVerification.ok(ROWS));
            again.notes().add(caseFile.id(), "after reopening");
            assertThat(again.audit().verify().isOk()).isTrue();
            assertThat(again.audit().recent(1).get(0).actor()).isEqualTo("advocate.two");
        }
    }

    private void tamper(String... statements) {
        TestCasebooks.vault(casebook).write(tx -> {
            for (String sql : statements) {
                tx.execute(sql);
            }
            return null;
        });
    }
}
