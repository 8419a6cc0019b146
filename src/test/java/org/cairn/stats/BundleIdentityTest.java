package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.Casebook;
import org.cairn.vault.Passphrase;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.cairn.vault.VaultRestore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop restored from a backup made before its first bundle: its bundles name the same casebook as the ones made
 * before the restore, the coordinator counts one of them per quarter and says so, and an older Cairn's bundle is
 * still imported with what cannot be checked.
 */
class BundleIdentityTest {
    private static final QuarterRange H1 = new QuarterRange(Quarter.parse("2026Q1"), Quarter.parse("2026Q2"));

    @TempDir
    Path dir;
    Casebook laptopA;
    Casebook laptopB;
    Casebook coordinator;
    Casebook restored;

    @BeforeEach
    void create() {
        laptopA = StatsCasebooks.demo(dir.resolve("a"), 200, 21);
        laptopB = StatsCasebooks.demo(dir.resolve("b"), 150, 22);
        coordinator = Casebook.open(TestVaults.create(dir.resolve("c")).vault(), StatsCasebooks.CLOCK, "coordinator");
    }

    @AfterEach
    void close() {
        for (Casebook book : new Casebook[] {laptopA, laptopB, coordinator, restored}) {
            if (book != null) {
                StatsCasebooks.close(book);
            }
        }
    }

    private static CountsBundles bundles(Casebook book) {
        return new CountsBundles(book.transactions(), book.audit(), StatsCasebooks.CLOCK, Catalogue.standard(),
                new SecureRandom());
    }

    private static CountsBundles.BundleFile export(Casebook laptop, String name) {
        return new CountsBundles.BundleFile(name, bundles(laptop).exportBundle(H1, CountingRule.CONSENTED).bytes());
    }

    /** Backs laptop A up now (before any bundle), and restores that backup into a new folder, as on a new laptop. */
    private Casebook restoreEarlierBackupOfA(Path backup) {
        try (Passphrase passphrase = TestVaults.passphrase()) {
            Vault vault = VaultRestore.restore(backup, passphrase, dir.resolve("a-restored"), false,
                    VaultOptions.standard());
            return Casebook.open(vault, StatsCasebooks.CLOCK, "laptop");
        }
    }

    private void giveKey(Casebook... laptops) {
        String file = bundles(coordinator).exportKey().toFileText();
        for (Casebook laptop : laptops) {
            bundles(laptop).importKey(CoordinatorKey.parse(file));
        }
    }

    private List<ExactTable> merged(Quarter quarter, List<String> notes) {
        return coordinator.transactions().write(tx -> new MergedCounts().count(tx, Catalogue.standard().tables(),
                CountingRule.CONSENTED, quarter, notes));
    }

    private static List<ExactTable> exact(Casebook book, Quarter quarter) {
        return book.transactions().read(r -> new TableCounter(CountingRule.CONSENTED).count(r,
                Catalogue.standard().tables(), quarter));
    }

    /** Every merged cell is the sum of these casebooks' own exact counts: nothing doubled, nothing left out. */
    private void assertMergedIsSumOf(Casebook... books) {
        for (Quarter quarter : H1.quarters()) {
            List<ExactTable> merged = merged(quarter, new ArrayList<>());
            assertThat(merged).hasSize(Catalogue.standard().tables().size());
            for (int t = 0; t < merged.size(); t++) {
                for (int p = 0; p < merged.get(t).counts().length; p++) {
                    long sum = 0;
                    for (Casebook book : books) {
                        sum += exact(book, quarter).get(t).counts()[p];
                    }
                    assertThat(merged.get(t).counts()[p]).as(quarter + " " + merged.get(t).spec().id() + " " + p)
                            .isEqualTo(sum);
                }
            }
        }
    }

    @Test
    void aRestoredCopyNamesTheSameCasebookAndOnlyItsNewestBundleIsCountedWithAWarning() {
        Path backup = dir.resolve("a.backup");
        ((Vault) laptopA.transactions()).backupTo(backup);
        giveKey(laptopA, laptopB);
        CountsBundles.BundleFile before = export(laptopA, "a.bundle");
        CountsBundles.BundleFile b = export(laptopB, "b.bundle");
        restored = restoreEarlierBackupOfA(backup);
        giveKey(restored);
        CountsBundles.BundleFile after = export(restored, "restored.bundle");

        List<BundleImport> outcomes = bundles(coordinator).importBundles(List.of(before, b, after));
        assertThat(outcomes).allMatch(BundleImport::imported);
        assertThat(outcomes.get(0).warnings()).isEmpty();
        assertThat(outcomes.get(1).warnings()).isEmpty();
        assertThat(outcomes.get(2).warnings()).singleElement().asString()
                .contains("come from two states of one casebook").startsWith("restored.bundle (bundle ")
                .contains("only the newest of its bundles is counted, never both");
        assertThat(outcomes.get(2).message()).contains("Warning: ");

        List<ImportedBundle> held = bundles(coordinator).imported();
        assertThat(held).extracting(ImportedBundle::laptop).doesNotHaveDuplicates().hasSize(3);
        assertThat(held.get(0).casebook()).isNotEmpty().isEqualTo(held.get(2).casebook())
                .isNotEqualTo(held.get(1).casebook());

        List<String> notes = new ArrayList<>();
        merged(Quarter.parse("2026Q1"), notes);
        assertThat(notes).contains("2026Q1 is merged from the bundles of 2 laptops")
                .anyMatch(n -> n.contains("sent bundles from 2 states of one casebook") && n.contains("is counted; "
                        + "not bundle "));
        assertMergedIsSumOf(restored, laptopB);
    }

    @Test
    void anOlderBundleArrivingAfterANewerOneIsWarnedAboutAndNotCounted() {
        Path backup = dir.resolve("a.backup");
        ((Vault) laptopA.transactions()).backupTo(backup);
        giveKey(laptopA, laptopB);
        CountsBundles.BundleFile old = export(laptopA, "old.bundle");
        restored = restoreEarlierBackupOfA(backup);
        giveKey(restored);
        // Made later on the coordinator's clock than the bundle it replaces.
        CountsBundles.BundleFile newer = new CountsBundles.BundleFile("new.bundle", new CountsBundles(
                restored.transactions(), restored.audit(), java.time.Clock.offset(StatsCasebooks.CLOCK,
                java.time.Duration.ofHours(1)), Catalogue.standard(), new SecureRandom())
                .exportBundle(H1, CountingRule.CONSENTED).bytes());

        bundles(coordinator).importBundles(List.of(newer, export(laptopB, "b.bundle")));
        BundleImport late = bundles(coordinator).importBundles(List.of(old)).get(0);
        assertThat(late.imported()).isTrue();
        assertThat(late.warnings()).anyMatch(w -> w.startsWith("old.bundle is older than bundle ")
                && w.contains("the newer one stays counted"));
        assertMergedIsSumOf(restored, laptopB);
    }

    @Test
    void aSecondBundleFromTheSameCasebookStateIsNoWarningAndReplacesTheFirst() {
        giveKey(laptopA, laptopB);
        CountsBundles.BundleFile first = export(laptopA, "first.bundle");
        CountsBundles.BundleFile second = export(laptopA, "second.bundle");
        List<BundleImport> outcomes = bundles(coordinator).importBundles(List.of(first, export(laptopB, "b"),
                second));
        assertThat(outcomes).allMatch(o -> o.warnings().isEmpty());
        List<String> notes = new ArrayList<>();
        merged(Quarter.parse("2026Q2"), notes);
        assertThat(notes).noneMatch(n -> n.contains("states of one casebook"));
        assertMergedIsSumOf(laptopA, laptopB);
    }

    @Test
    void aBundleFromAnOlderCairnIsImportedWithWhatCannotBeChecked() {
        giveKey(laptopA);
        CoordinatorKey key = bundles(laptopA).coordinatorKey().orElseThrow();
        List<BundlePayload.Table> tables = new ArrayList<>();
        // Counted as an export counts (record keys made on first use), so the cells match A's own bundle later.
        laptopA.transactions().write(tx -> {
            for (List<ExactTable> quarter : new LocalCounts(new SecureRandom()).countQuarters(tx,
                    Catalogue.standard().tables(), CountingRule.CONSENTED, H1.quarters()).values()) {
                quarter.forEach(table -> tables.add(BundlePayload.of(table)));
            }
            return null;
        });
        byte[] laptop = new byte[BundlePayload.ID_BYTES];
        byte[] bundle = new byte[BundlePayload.ID_BYTES];
        bundle[0] = 7;
        BundlePayload older = new BundlePayload(laptop, null, 0, bundle, StatsCasebooks.CLOCK.instant(),
                CountingRule.CONSENTED, H1, tables);
        byte[] sealed = new BundleCrypto(new SecureRandom()).seal(key, older.encode());

        BundleImport outcome = bundles(coordinator).importBundles(List.of(new CountsBundles.BundleFile("old.bundle",
                sealed))).get(0);
        assertThat(outcome.imported()).isTrue();
        assertThat(outcome.message()).contains("casebook not named").contains("does not name its casebook")
                .contains("update Cairn on that laptop and make the bundle again");
        assertThat(bundles(coordinator).imported()).singleElement().satisfies(b -> assertThat(b.casebook())
                .isEmpty());
        List<String> notes = new ArrayList<>();
        merged(Quarter.parse("2026Q1"), notes);
        assertThat(notes).anyMatch(n -> n.contains("do not name their casebook") && n.contains("cannot be checked"));

        // Its cells are, cell for cell, those of laptop A's own new bundle: they look like two copies.
        BundleImport copy = bundles(coordinator).importBundles(List.of(export(laptopA, "a.bundle"))).get(0);
        assertThat(copy.warnings()).anyMatch(w -> w.contains("exactly as bundle 07000000")
                && w.contains("look like two copies of one casebook"));
    }
}
