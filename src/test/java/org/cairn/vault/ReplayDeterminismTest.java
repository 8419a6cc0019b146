package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replaying the log gives the same database, row for row and type for type, as the one that wrote it: every
 * table (FTS5 shadow tables, AUTOINCREMENT's sqlite_sequence, trigger-written rows included) is dumped and compared.
 */
class ReplayDeterminismTest {
    @TempDir
    Path dir;

    @Test
    void crashCopyReplaysToIdenticalTables() throws Exception {
        Path casebook = dir.resolve("casebook");
        try (Vault vault = TestVaults.create(casebook).vault()) {
            vault.write(tx -> {
                tx.execute("CREATE TABLE person(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, born INTEGER, "
                        + "score REAL, photo BLOB, flag INTEGER)");
                tx.execute("CREATE TABLE audit(id INTEGER PRIMARY KEY, what TEXT)");
                tx.execute("CREATE TRIGGER person_audit AFTER INSERT ON person BEGIN "
                        + "INSERT INTO audit(what) VALUES ('added ' || new.name); END");
                return tx.execute("CREATE VIRTUAL TABLE person_fts USING fts5(name)");
            });
            Object[][] people = {
                {"Ana María", 19900101L, 0.1 + 0.2, new byte[] {0, 1, (byte) 0xFF}, true},
                {"Żaneta Wójcik", Long.MIN_VALUE, -0.0, new byte[0], false},
                {"نسرین", Long.MAX_VALUE, Double.MAX_VALUE, null, null},
                {"", 0, Double.MIN_VALUE, new byte[300], 1},
                {null, (short) -5, 1.5e-30f, "blob as text".getBytes(), (byte) 7},
            };
            for (Object[] p : people) {
                vault.write(tx -> {
                    long id = tx.insert("INSERT INTO person(name, born, score, photo, flag) VALUES (?, ?, ?, ?, ?)", p);
                    return tx.execute("INSERT INTO person_fts(rowid, name) VALUES (?, ?)", id, p[0]);
                });
            }
            vault.write(tx -> tx.execute("UPDATE person SET score = score * 3 WHERE born > ?", 0));
            vault.write(tx -> tx.execute("DELETE FROM person WHERE name = ?", ""));
            vault.write(tx -> tx.insert("INSERT INTO person(name) VALUES (?)", "after a delete"));
            List<String> written = TableDump.of(vault);
            assertThat(written).as("dump covers the shadow tables").anyMatch(l -> l.startsWith("person_fts_data|"))
                    .anyMatch(l -> l.startsWith("sqlite_sequence|")).anyMatch(l -> l.startsWith("audit|"));

            try (Vault replayed = TestVaults.open(CrashCopy.of(casebook, dir))) {
                assertThat(replayed.openReport().replayedTransactions()).isEqualTo(9);
                assertThat(TableDump.of(replayed)).isEqualTo(written);
                assertThat(replayed.integrityProblems()).isEmpty();
            }
            vault.checkpoint();
            try (Vault fromSnapshot = TestVaults.open(CrashCopy.of(casebook, dir))) {
                assertThat(TableDump.of(fromSnapshot)).isEqualTo(written);
            }
        }
    }
}
