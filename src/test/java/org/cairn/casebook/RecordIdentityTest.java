package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cairn.casebook.RecordIdentities.Kind;
import org.cairn.vault.DatabaseException;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every record that can travel has an id for life, and a version vector counting who changed it. */
class RecordIdentityTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(TestCasebooks.START);

    @Test
    void everyWayOfMakingARecordGivesItAnIdAndAFirstVersion() {
        Casebook casebook = TestCasebooks.create(dir, clock);
        try {
            // The fixture content makes a row of every kind; the demo adds many more through its own paths.
            FixtureV1Generator.fill(casebook, clock);
            FixtureV2Generator.fill(casebook, clock);
            new DemoCasebook(casebook, clock, 7).generate(12, n -> { });
            String self = casebook.identities().casebookId();
            assertThat(RecordIds.isWellFormed(self)).isTrue();
            for (Kind kind : Kind.values()) {
                List<String[]> rows = rows(casebook, kind);
                assertThat(rows).as("rows of %s", kind).isNotEmpty();
                Set<String> seen = new HashSet<>();
                for (String[] row : rows) {
                    assertThat(RecordIds.isWellFormed(row[0])).as("id of a %s", kind).isTrue();
                    assertThat(seen.add(row[0])).as("ids of %s are unique", kind).isTrue();
                    assertThat(VersionVector.parse(row[1]).counter(self)).as("version of a %s", kind)
                            .isPositive();
                }
            }
        } finally {
            TestCasebooks.vault(casebook).close();
        }
    }

    @Test
    void idsSurviveEditsAndEachEditCountsOneChangeByThisCasebook() {
        Casebook casebook = TestCasebooks.create(dir, clock);
        try {
            String self = casebook.identities().casebookId();
            long client = casebook.clients().create(ClientDetails.withAlias("Sahra")).id();
            CaseFile file = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), "T. A."));
            Note note = casebook.notes().add(file.id(), "first words");
            String clientUid = casebook.identities().uidOf(Kind.CLIENT, client).orElseThrow();
            String caseUid = casebook.identities().uidOf(Kind.CASE, file.id()).orElseThrow();
            String noteUid = casebook.identities().uidOf(Kind.NOTE, note.id()).orElseThrow();
            assertThat(casebook.identities().versionOf(Kind.NOTE, note.id())).contains(VersionVector.first(self));

            casebook.notes().edit(note.id(), "second words");
            casebook.notes().edit(note.id(), "third words");
            casebook.clients().update(client, ClientDetails.withAlias("Sahra K."));
            casebook.cases().close(file.id(), LocalDate.of(2026, 4, 1));

            assertThat(casebook.identities().uidOf(Kind.CLIENT, client)).contains(clientUid);
            assertThat(casebook.identities().uidOf(Kind.CASE, file.id())).contains(caseUid);
            assertThat(casebook.identities().uidOf(Kind.NOTE, note.id())).contains(noteUid);
            assertThat(casebook.identities().idOf(Kind.NOTE, noteUid)).contains(note.id());
            assertThat(casebook.identities().versionOf(Kind.NOTE, note.id()).orElseThrow().counter(self))
                    .isEqualTo(3);
            assertThat(casebook.identities().versionOf(Kind.CLIENT, client).orElseThrow().counter(self))
                    .isEqualTo(2);
            assertThat(casebook.identities().versionOf(Kind.CASE, file.id()).orElseThrow().counter(self))
                    .isGreaterThanOrEqualTo(2);
        } finally {
            TestCasebooks.vault(casebook).close();
        }
    }

    @Test
    void aRowWithoutAnIdIsRefusedAndAnIdCannotBeChanged() {
        Casebook casebook = TestCasebooks.create(dir, clock);
        try {
            long client = casebook.clients().create(ClientDetails.withAlias("Amal")).id();
            assertThatThrownBy(() -> casebook.transactions().write(tx -> tx.insert(
                    "INSERT INTO client_abuser(client_id, name) VALUES (?, ?)", client, "X")))
                    .isInstanceOf(DatabaseException.class);
            assertThatThrownBy(() -> casebook.transactions().write(tx -> tx.execute(
                    "UPDATE client SET uid = ? WHERE id = ?", RecordIds.newId(), client)))
                    .isInstanceOf(DatabaseException.class);
        } finally {
            TestCasebooks.vault(casebook).close();
        }
    }

    @Test
    void upgradingTheV4FixtureGivesEveryRowAUniqueIdThatReplayKeeps() throws Exception {
        Path copy = MigrationFixtureTest.copyFixture("v4", dir.resolve("v4"));
        List<String> upgraded;
        Vault vault = TestVaults.open(copy);
        try {
            Casebook casebook = Casebook.open(vault, clock, "upgrader");
            String self = casebook.identities().casebookId();
            Set<String> all = new HashSet<>();
            int rows = 0;
            for (Kind kind : Kind.values()) {
                for (String[] row : rows(casebook, kind)) {
                    rows++;
                    assertThat(RecordIds.isWellFormed(row[0])).isTrue();
                    assertThat(all.add(row[0])).as("no id is given twice").isTrue();
                    assertThat(VersionVector.parse(row[1])).isEqualTo(VersionVector.first(self));
                }
            }
            assertThat(rows).as("the fixture holds a row of most kinds").isGreaterThanOrEqualTo(8);
            upgraded = TableDump.dump(vault);
        } finally {
            // Copy before close: close would checkpoint, and the point is to replay the upgrade from the log.
            Path crashed = TestCasebooks.copyAsCrashed(copy, dir);
            vault.close();
            copy = crashed;
        }
        try (Vault reopened = TestVaults.open(copy)) {
            assertThat(TableDump.dump(reopened)).as("the log replays the same ids").isEqualTo(upgraded);
        }
    }

    /** Every row of every travelling kind has an id of the right form, and no id is used twice. */
    static void assertEveryRowHasAUniqueWellFormedUid(Casebook casebook) {
        Set<String> all = new HashSet<>();
        for (Kind kind : Kind.values()) {
            for (String[] row : rows(casebook, kind)) {
                assertThat(RecordIds.isWellFormed(row[0])).as("%s id %s", kind, row[0]).isTrue();
                assertThat(all.add(row[0])).as("no id is given twice").isTrue();
            }
        }
        assertThat(all).isNotEmpty();
    }

    private static List<String[]> rows(Casebook casebook, Kind kind) {
        return casebook.transactions().read(r -> r.query("SELECT uid, vv FROM " + kind.table(),
                row -> new String[] {row.getString(1), row.getString(2)}));
    }
}
