package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cairn.casebook.AuditVerification;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ErasureRecord;
import org.cairn.casebook.ErasureScope;
import org.cairn.casework.Casework;
import org.cairn.casework.CaseworkException;
import org.cairn.casework.Problem;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.DecryptedFiles;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.cairn.vault.VaultRestore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attacker with the master key reads every table after a case was anonymised: a per-run random canary written
 * into every free-text value about her is in no column of any table, nor anywhere in the decrypted snapshot and
 * log, while every quarter's counts, under both counting rules, are exactly what they were.
 */
class AnonymisationAttackTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private static final String CONTROL_NOTE = "the other client keeps this note";

    @TempDir
    Path dir;
    Path book;
    VaultOptions options;
    Vault vault;
    Casebook casebook;
    Casework casework;
    AnonymisedCaseSeed seed;
    long seedValue;

    @BeforeEach
    void fill() {
        String canary = "zqx" + HexFormat.of().formatHex(SecureRandom.getSeed(8));
        seedValue = new SecureRandom().nextLong();
        book = dir.resolve("book");
        options = VaultOptions.standard().withAnchors(new RollbackAnchors(dir.resolve("data").resolve("anchors")));
        try (Passphrase passphrase = TestVaults.passphrase()) {
            vault = Vault.create(book, passphrase, TestVaults.fastKdf(), options).vault();
        }
        open();
        seed = new AnonymisedCaseSeed(canary);
        seed.write(casebook, vault, new Random(seedValue));
        long other = casebook.clients().create(ClientDetails.withAlias("Control")).id();
        long otherCase = casebook.cases().open(other, CaseDetails.opened(java.time.LocalDate.of(2024, 5, 5), "R. O"))
                .id();
        casebook.notes().add(otherCase, CONTROL_NOTE);
        vault.write(tx -> new RecordKeys(new SecureRandom()).ensure(tx));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void noFreeTextAboutHerIsLeftAnywhereAndEveryQuarterCountsTheSame() throws Exception {
        String why = "seed " + seedValue;
        assertThat(linkedTablesAreAllSeeded()).as(why).isEmpty();
        // The scans must see her before they can be trusted to say she is gone.
        assertThat(columnsHolding(seed.canary)).as(why).contains("client.alias", "note.text", "letter.pdf",
                "audit.reason", "transfer_seen.fields", "case_restriction.sealed");
        vault.checkpoint();
        assertThat(onDisk(book, seed.canary)).as(why).isTrue();
        Map<String, List<Long>> before = counts();
        // The kept referrals and safety plans get new lasting ids: a paired casebook's copies share none.
        List<String> keptUids = vault.read(r -> r.query("SELECT uid FROM referral WHERE case_id = ?1 UNION ALL "
                + "SELECT uid FROM case_form WHERE case_id = ?1 AND kind = 'safety-plan'", row -> row.getString(1),
                seed.caseId));
        assertThat(keptUids).as(why).isNotEmpty();

        casework.retention().anonymise(seed.caseId, "Period ended, counts kept");
        assertThat(keptUids).as(why).allSatisfy(uid -> assertThat(columnsHolding(uid)).isEmpty());

        assertThat(columnsHolding(seed.canary)).as(why).isEmpty();
        assertThat(columnsHolding(seed.bornOn.toString())).as(why).isEmpty();
        assertThat(onDisk(book, seed.canary)).as(why).isFalse();
        assertThat(counts()).as(why).isEqualTo(before);
        assertThat(casebook.search(seed.canary, 10)).isEmpty();
        assertThat(casebook.clients().find(seed.client)).as("her only case: she goes").isEmpty();
        assertThat(casebook.search("other", 10)).hasSize(1);
        AuditVerification verified = casebook.audit().verify();
        assertThat(verified.isOk()).as(verified.toString()).isTrue();
        assertThat(casework.erasure().journal()).extracting(ErasureRecord::scope)
                .containsExactly(ErasureScope.ANONYMISED);
        assertThat(casework.retention().queue()).as("never due again").isEmpty();
        assertThat(casework.retention().awaitingErasure()).isEmpty();
    }

    @Test
    void restoringAnOlderBackupAnonymisesItAgainAndCountsStayTheSame() throws Exception {
        Map<String, List<Long>> before = counts();
        Path backup = dir.resolve("before.cairn-backup");
        casework.upkeep().makeBackup(vault, backup);
        casework.retention().anonymise(seed.caseId, "Period ended, counts kept");
        vault.close();

        Path restored = dir.resolve("restored");
        try (Passphrase passphrase = TestVaults.passphrase()) {
            VaultRestore.restore(backup, passphrase, restored, false, options).close();
        }
        try (Passphrase passphrase = TestVaults.passphrase()) {
            vault = Vault.open(restored, passphrase, options);
        }
        open();

        assertThat(casework.erasure().reappliedAtUnlock()).extracting(ErasureRecord::scope)
                .containsExactly(ErasureScope.ANONYMISED);
        assertThat(columnsHolding(seed.canary)).isEmpty();
        assertThat(onDisk(restored, seed.canary)).isFalse();
        assertThat(counts()).isEqualTo(before);
        assertThat(casework.retention().queue()).as("the restored copy has no decision, yet it is not due").isEmpty();
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }

    @Test
    void aCaseOnLegalHoldIsNotAnonymisedAndNothingChanges() {
        // Placed directly: the use case's reminder task would be refused on her restricted case.
        vault.write(tx -> tx.execute("INSERT INTO retention_hold(case_id, reason, review_on, placed_by, placed_at) "
                + "VALUES (?, 'proceedings', '2027-06-01', 'x', 1)", seed.caseId));
        long rows = casebook.audit().size();
        assertThatThrownBy(() -> casework.retention().anonymise(seed.caseId, "Period ended"))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.ON_LEGAL_HOLD));
        assertThat(casebook.audit().size()).isEqualTo(rows);
        assertThat(columnsHolding(seed.canary)).contains("note.text");
    }

    @Test
    void whenSheHasAnotherCaseNothingQuotingTheAnonymisedCaseStaysWithHer() {
        AnonymisedCaseSeed two = new AnonymisedCaseSeed(seed.canary + "b");
        two.caseCanary = "zqy" + HexFormat.of().formatHex(SecureRandom.getSeed(8));
        two.write(casebook, vault, new Random(seedValue));
        assertThat(columnsHolding(two.caseCanary)).as("seen before").contains("rectification.earlier_value",
                "rectification.corrected_value", "subject_access_review.reason");

        casework.retention().anonymise(two.caseId, "Period ended, counts kept");

        assertThat(columnsHolding(two.caseCanary)).as("seed " + seedValue).isEmpty();
        assertThat(casebook.clients().find(two.client)).as("she has another case: she stays").isPresent();
        assertThat(casebook.cases().find(two.otherCase)).isPresent();
    }

    private void open() {
        casebook = Casebook.open(vault, CLOCK, "Ada Administrator");
        casework = Casework.unlockedBy(casebook, vault);
    }

    /**
     * Tables that hold rows linked to a case or client but are not seeded: the seed must grow with the schema. The
     * erasure journal names clients by row id and time only, by design (ADR 0041).
     */
    private List<String> linkedTablesAreAllSeeded() {
        return vault.read(reader -> {
            List<String> missing = new ArrayList<>();
            for (String table : reader.query("SELECT name FROM sqlite_master WHERE type = 'table'",
                    row -> row.getString(1))) {
                List<String> columns = reader.query("SELECT name FROM pragma_table_info(?)", row -> row.getString(1),
                        table);
                if (columns.stream().anyMatch(AnonymisedCaseSeed.LINK_COLUMNS::contains)
                        && !AnonymisedCaseSeed.HER_ROWS.containsKey(table) && !table.equals("erasure_journal")) {
                    missing.add(table);
                }
            }
            return missing;
        });
    }

    /** Every table's every column (search index shadow tables too) whose text or bytes contain {@code text}. */
    private List<String> columnsHolding(String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        return vault.read(reader -> {
            List<String> found = new ArrayList<>();
            for (String table : reader.query("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name", row -> row.getString(1))) {
                if (table.equals("case_fts")) {
                    continue; // contentless: its shadow tables hold the terms and are scanned themselves
                }
                for (String column : reader.query("SELECT name FROM pragma_table_info(?)", row -> row.getString(1),
                        table)) {
                    long hits = reader.query("SELECT \"" + column + "\" FROM \"" + table + "\"", row -> {
                        Object value = row.getObject(1);
                        byte[] bytes = value instanceof byte[] b ? b
                                : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
                        return contains(bytes, needle) ? 1 : 0;
                    }).stream().mapToLong(Integer::longValue).sum();
                    if (hits > 0) {
                        found.add(table + "." + column);
                    }
                }
            }
            return found;
        });
    }

    private boolean onDisk(Path folder, String text) throws Exception {
        byte[] key = DecryptedFiles.masterKey(vault);
        List<byte[]> images = new ArrayList<>();
        images.add(DecryptedFiles.snapshot(folder.resolve(CasebookFiles.SNAPSHOT), key));
        if (Files.exists(folder.resolve(CasebookFiles.LOG))) {
            images.add(DecryptedFiles.log(folder.resolve(CasebookFiles.LOG), key));
        }
        for (byte[] image : images) {
            for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                if (contains(image, text.getBytes(charset))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every table's exact cells and key sums, for every quarter from 2017 to 2026, under both rules. */
    private Map<String, List<Long>> counts() {
        List<TableSpec> specs = Catalogue.standard().tables();
        List<Quarter> quarters = new QuarterRange(Quarter.parse("2017Q1"), Quarter.parse("2026Q4")).quarters();
        Map<String, List<Long>> all = new LinkedHashMap<>();
        long total = 0;
        for (CountingRule rule : CountingRule.values()) {
            Map<Quarter, List<ExactTable>> tables = vault.read(r -> new QuarterlyCounter(rule).count(r, specs,
                    quarters));
            for (Map.Entry<Quarter, List<ExactTable>> quarter : tables.entrySet()) {
                for (ExactTable table : quarter.getValue()) {
                    List<Long> cells = new ArrayList<>();
                    for (long count : table.counts()) {
                        cells.add(count);
                    }
                    for (long key : table.keySums()) {
                        cells.add(key);
                    }
                    if (quarter.getKey().compareTo(Quarter.parse("2024Q1")) < 0) {
                        total += table.counts()[table.layout().grandTotal()]; // hers: the other case opened later
                    }
                    all.put(rule + " " + quarter.getKey() + " " + table.spec().id(), cells);
                }
            }
        }
        assertThat(total).as("the counts must include her case to prove anything").isPositive();
        return all;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
