package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cairn.casebook.AuditVerification.Problem;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema 9 step re-chains the trail under the rule that commits to who and when (ADR 0058): the released v8
 * fixture verifies after it, with the rows its erasure emptied still accepted, and an edit made before the upgrade
 * is still reported at the row it was made in, whichever column it touched.
 */
class AuditWhoUpgradeTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(TestCasebooks.START);
    Vault vault;

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void theV8FixtureWithItsErasureVerifiesAfterTheUpgrade() throws Exception {
        vault = TestVaults.open(MigrationFixtureTest.copyFixture("v8", dir));
        long erased = vault.read(r -> r.queryLong("SELECT count(*) FROM audit WHERE erased_by IS NOT NULL"));
        assertThat(erased).as("rows erased under the schema 5 rule").isPositive();
        Casebook casebook = Casebook.open(vault, clock, "new");
        AuditVerification verified = casebook.audit().verify();
        assertThat(verified.isOk()).as(verified.toString()).isTrue();
        long withoutWho = vault.read(r -> r.queryLong("SELECT count(*) FROM audit WHERE who_commitment IS NULL"));
        assertThat(withoutWho).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"actor = 'someone else'", "at = at + 1", "reason = 'added later'"})
    void anEditMadeBeforeTheUpgradeStaysVisibleAtItsRow(String edit) throws Exception {
        vault = TestVaults.open(MigrationFixtureTest.copyFixture("v8", dir));
        long row = vault.read(r -> r.queryLong("SELECT min(id) FROM audit WHERE action = 'CASE_OPENED' AND "
                + "salt IS NOT NULL"));
        vault.write(tx -> tx.execute("DROP TRIGGER audit_no_update"));
        vault.write(tx -> tx.execute("UPDATE audit SET " + edit + " WHERE id = ?", row));
        AuditVerification result = Casebook.open(vault, clock, "new").audit().verify();
        assertThat(result.problem()).isEqualTo(Problem.EDITED);
        assertThat(result.firstBrokenRow()).hasValue(row);
    }
}
