package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Tx;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(TestCasebooks.START);

    /** A stand-in for a future step, to prove the mechanism upgrades an old fixture. */
    static final class AddPronouns implements Migration {
        @Override
        public int version() {
            return 2;
        }

        @Override
        public void apply(Tx tx) throws java.sql.SQLException {
            tx.execute("ALTER TABLE client ADD COLUMN pronouns TEXT");
        }
    }

    @Test
    void freshCasebookIsBroughtToTheLatestVersionOnceAndAudited() {
        try (Vault vault = TestVaults.create(dir).vault()) {
            assertThat(Migrations.standard().versionOf(vault)).isZero();
            Casebook casebook = Casebook.open(vault, clock, "a");
            int latest = Migrations.standard().latestVersion();
            assertThat(Migrations.standard().versionOf(vault)).isEqualTo(latest);
            assertThat(Migrations.standard().migrate(vault, casebook.audit())).isZero();
            assertThat(casebook.audit().recent(10)).extracting(AuditEntry::action)
                    .hasSize(latest).containsOnly(AuditAction.SCHEMA_UPGRADED);
        }
    }

    @Test
    void versionPragmaIsReplayedFromTheLog() throws Exception {
        Vault vault = TestVaults.create(dir).vault();
        Casebook.open(vault, clock, "a");
        Path copy = TestCasebooks.copyAsCrashed(dir, dir);
        vault.close();
        try (Vault reopened = TestVaults.open(copy)) {
            int latest = Migrations.standard().latestVersion();
            assertThat(reopened.openReport().replayedTransactions()).isEqualTo(latest);
            assertThat(Migrations.standard().versionOf(reopened)).isEqualTo(latest);
            assertThat(new Casebook(reopened, clock, "a").counts()).isEqualTo(new CasebookCounts(0, 0, 0));
        }
    }

    @Test
    void aLaterStepUpgradesTheV1FixtureAndKeepsItsData() throws Exception {
        Path copy = MigrationFixtureTest.copyFixture("v1", dir.resolve("v1"));
        try (Vault vault = TestVaults.open(copy)) {
            Migrations next = new Migrations(List.of(new SchemaV1(), new AddPronouns()));
            assertThat(next.migrate(vault, new AuditTrail(vault, clock, "upgrader"))).isEqualTo(1);
            assertThat(next.versionOf(vault)).isEqualTo(2);
            long pronounColumns = vault.read(r -> r.queryLong(
                    "SELECT count(*) FROM pragma_table_info('client') WHERE name = 'pronouns'"));
            assertThat(pronounColumns).isEqualTo(1);
            assertThat(new AuditTrail(vault, clock, "x").verify().isOk()).isTrue();
        }
    }

    @Test
    void refusesACasebookFromANewerCairn() {
        try (Vault vault = TestVaults.create(dir).vault()) {
            Casebook.open(vault, clock, "a");
            vault.write(tx -> tx.execute("PRAGMA user_version = 99"));
            assertThatThrownBy(() -> Casebook.open(vault, clock, "a")).isInstanceOf(SchemaTooNewException.class);
            assertThatThrownBy(() -> new Casebook(vault, clock, "a")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void constructorRefusesAnUnmigratedVaultAndStepsMustBeInOrder() {
        try (Vault vault = TestVaults.create(dir).vault()) {
            assertThatThrownBy(() -> new Casebook(vault, clock, "a")).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> new Migrations(List.of(new AddPronouns())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
