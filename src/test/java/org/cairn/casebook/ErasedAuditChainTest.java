package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.AuditVerification.Problem;
import org.cairn.vault.DatabaseException;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain that allows erasure must still show every other change: an erased row is accepted only as its erasure
 * row says, and the upgrade from the old chain keeps a break where it was.
 */
class ErasedAuditChainTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(TestCasebooks.START);
    Casebook casebook;

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    @Test
    void anErasureEmptiesHerRowsAndTheChainStillVerifies() {
        long erasureRow = erasedCasebook();
        List<AuditEntry> emptied = casebook.audit().recent(100).stream().filter(e -> e.subject() == null).toList();
        assertThat(emptied).hasSize(5).allSatisfy(e -> assertThat(e.reason()).isNull());
        assertThat(casebook.audit().recent(1).get(0).id()).isEqualTo(erasureRow);
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }

    @Test
    void anotherRowEmptiedInTheErasuresNameIsCaught() {
        long erasureRow = erasedCasebook();
        long keptRow = keptRow();
        tamper("DROP TRIGGER audit_no_update", "UPDATE audit SET subject = NULL, reason = NULL, salt = NULL, "
                + "erased_by = " + erasureRow + " WHERE id = " + keptRow);
        assertThat(casebook.audit().verify().problem()).isEqualTo(Problem.EDITED);
    }

    @Test
    void theDatabaseRefusesToEmptyARowWithoutNamingALaterErasure() {
        erasedCasebook();
        long keptRow = keptRow();
        assertThatThrownBy(() -> TestCasebooks.vault(casebook).write(tx -> tx.execute(
                "UPDATE audit SET subject = NULL, reason = NULL, salt = NULL WHERE id = ?", keptRow)))
                .isInstanceOf(DatabaseException.class);
        assertThatThrownBy(() -> TestCasebooks.vault(casebook).write(tx -> tx.execute(
                "UPDATE audit SET subject = 'other', salt = NULL, erased_by = 99999 WHERE id = ?", keptRow)))
                .isInstanceOf(DatabaseException.class);
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }

    @Test
    void aRowEmptiedInTheNameOfARowThatIsNoErasureIsCaught() {
        erasedCasebook();
        long keptRow = keptRow();
        long later = casebook.audit().record(AuditAction.BACKUP_MADE, "backup.cairn").id();
        tamper("DROP TRIGGER audit_no_update", "UPDATE audit SET subject = NULL, reason = NULL, salt = NULL, "
                + "erased_by = " + later + " WHERE id = " + keptRow);
        AuditVerification result = casebook.audit().verify();
        assertThat(result.problem()).isEqualTo(Problem.EDITED);
        assertThat(result.firstBrokenRow()).hasValue(keptRow);
    }

    @Test
    void contentPutBackIntoAnErasedRowOrAChangedCommitmentIsCaught() {
        erasedCasebook();
        long emptied = casebook.audit().recent(100).stream().filter(e -> e.subject() == null)
                .mapToLong(AuditEntry::id).min().orElseThrow();
        tamper("DROP TRIGGER audit_no_update", "UPDATE audit SET subject = 'C-2026-0999' WHERE id = " + emptied);
        assertThat(casebook.audit().verify().firstBrokenRow()).hasValue(emptied);
        tamper("UPDATE audit SET subject = NULL, commitment = zeroblob(32) WHERE id = " + emptied);
        assertThat(casebook.audit().verify().firstBrokenRow()).hasValue(emptied);
    }

    @Test
    void theErasureRowItselfCannotBeEditedToCoverMoreRows() {
        long erasureRow = erasedCasebook();
        tamper("DROP TRIGGER audit_no_update", "UPDATE audit SET subject = replace(subject, 'rows:5', 'rows:6') "
                + "WHERE id = " + erasureRow);
        assertThat(casebook.audit().verify().firstBrokenRow()).hasValue(erasureRow);
    }

    @Test
    void theUpgradeKeepsAnOldEditVisible() throws Exception {
        Vault vault = TestVaults.create(dir).vault();
        Migrations upToFour = new Migrations(List.of(new SchemaV1(), new SchemaV2(), new SchemaV3(), new SchemaV4()));
        upToFour.migrate(vault, new AuditTrail(vault, clock, "old"));
        vault.write(tx -> tx.execute("DROP TRIGGER audit_no_update"));
        vault.write(tx -> tx.execute("UPDATE audit SET actor = 'someone else' WHERE id = 2"));
        casebook = Casebook.open(vault, clock, "new");
        AuditVerification result = casebook.audit().verify();
        assertThat(result.problem()).isEqualTo(Problem.EDITED);
        assertThat(result.firstBrokenRow()).hasValue(2);
    }

    @Test
    void theUpgradeReChainsAnIntactOldTrail() {
        Vault vault = TestVaults.create(dir).vault();
        Migrations upToFour = new Migrations(List.of(new SchemaV1(), new SchemaV2(), new SchemaV3(), new SchemaV4()));
        upToFour.migrate(vault, new AuditTrail(vault, clock, "old"));
        casebook = Casebook.open(vault, clock, "new");
        // One SCHEMA_UPGRADED row per step, the four old ones re-chained by the schema 5 step.
        assertThat(casebook.audit().verify()).isEqualTo(AuditVerification.ok(Migrations.standard().latestVersion()));
    }

    /** A client with one case, four notes and a consent; then she is erased. Returns the erasure's audit row. */
    private long erasedCasebook() {
        casebook = TestCasebooks.create(dir, clock);
        long client = casebook.clients().create(ClientDetails.withAlias("Agnieszka W.")).id();
        CaseFile caseFile = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 2), "K. Nowak"));
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(1));
            casebook.notes().add(caseFile.id(), "note " + i);
        }
        long other = casebook.clients().create(ClientDetails.withAlias("Other")).id();
        casebook.cases().open(other, CaseDetails.opened(LocalDate.of(2026, 3, 2), "K. Nowak"));
        // client created, case opened, three notes: five rows about her.
        return TestCasebooks.vault(casebook).write(tx -> {
            casebook.erasures().erase(tx, ErasureScope.CLIENT, client, List.of(caseFile.id()), "she asked");
            return tx.queryLong("SELECT max(id) FROM audit");
        });
    }

    private long keptRow() {
        return casebook.audit().recent(100).stream().filter(e -> e.action() == AuditAction.CASE_OPENED
                && e.subject() != null).mapToLong(AuditEntry::id).max().orElseThrow();
    }

    private void tamper(String... statements) {
        for (String statement : statements) {
            TestCasebooks.vault(casebook).write(tx -> tx.execute(statement));
        }
    }
}
