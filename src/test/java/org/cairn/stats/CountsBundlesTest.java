package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.Casebook;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two laptops, their coordinator and a stranger coordinator: keys, sealing, importing and merging. */
class CountsBundlesTest {
    private static final QuarterRange Q2 = QuarterRange.of(Quarter.parse("2026Q2"));
    private static final QuarterRange H1 = new QuarterRange(Quarter.parse("2026Q1"), Quarter.parse("2026Q2"));

    @TempDir
    Path dir;
    Casebook laptopA;
    Casebook laptopB;
    Casebook coordinator;
    Casebook stranger;

    @BeforeEach
    void create() {
        laptopA = StatsCasebooks.demo(dir.resolve("a"), 250, 11);
        laptopB = StatsCasebooks.demo(dir.resolve("b"), 250, 12);
        coordinator = empty(dir.resolve("c"));
        stranger = empty(dir.resolve("s"));
    }

    @AfterEach
    void close() {
        for (Casebook book : List.of(laptopA, laptopB, coordinator, stranger)) {
            StatsCasebooks.close(book);
        }
    }

    private static Casebook empty(Path path) {
        Vault vault = TestVaults.create(path).vault();
        return Casebook.open(vault, StatsCasebooks.CLOCK, "coordinator");
    }

    private static CountsBundles bundles(Casebook book) {
        return new CountsBundles(book.transactions(), book.audit(), StatsCasebooks.CLOCK, Catalogue.standard(),
                new SecureRandom());
    }

    /** The coordinator's key travels as text, as the CLI writes and reads it. */
    private void giveKey(Casebook from, Casebook... laptops) {
        String file = bundles(from).exportKey().toFileText();
        for (Casebook laptop : laptops) {
            bundles(laptop).importKey(CoordinatorKey.parse(file));
        }
    }

    private static CountsBundles.BundleFile export(Casebook laptop, QuarterRange range, String name) {
        return new CountsBundles.BundleFile(name, bundles(laptop).exportBundle(range, CountingRule.CONSENTED).bytes());
    }

    private static List<AuditEntry> audited(Casebook book, AuditAction action) {
        return book.audit().recent(10_000).stream().filter(e -> e.action() == action).toList();
    }

    private static List<ExactTable> exact(Casebook book, Quarter quarter) {
        return book.transactions().read(r -> new TableCounter(CountingRule.CONSENTED).count(r,
                Catalogue.standard().tables(), quarter));
    }

    @Test
    void aRoundTripMergesTheExactCountsOfBothLaptopsAndAuditsEveryStep() {
        giveKey(coordinator, laptopA, laptopB);
        List<BundleImport> outcomes = bundles(coordinator).importBundles(List.of(export(laptopA, H1, "a.bundle"),
                export(laptopB, H1, "b.bundle")));
        assertThat(outcomes).allMatch(BundleImport::imported);
        List<ImportedBundle> held = bundles(coordinator).imported();
        assertThat(held).extracting(ImportedBundle::range).containsOnly(H1);
        assertThat(held).extracting(ImportedBundle::laptop).doesNotHaveDuplicates().hasSize(2);

        for (Quarter quarter : H1.quarters()) {
            List<ExactTable> merged = coordinator.transactions().write(tx -> new MergedCounts().count(tx,
                    Catalogue.standard().tables(), CountingRule.CONSENTED, quarter, new ArrayList<>()));
            List<ExactTable> a = exact(laptopA, quarter);
            List<ExactTable> b = exact(laptopB, quarter);
            for (int t = 0; t < merged.size(); t++) {
                for (int p = 0; p < merged.get(t).counts().length; p++) {
                    assertThat(merged.get(t).counts()[p]).isEqualTo(a.get(t).counts()[p] + b.get(t).counts()[p]);
                    assertThat(Math.floorMod(merged.get(t).keySums()[p], 256)).as("cell keys add up modulo 256")
                            .isEqualTo(Math.floorMod(a.get(t).keySums()[p] + b.get(t).keySums()[p], 256));
                }
            }
        }
        assertThat(audited(coordinator, AuditAction.COUNTS_KEY_EXPORTED)).hasSize(1);
        assertThat(audited(laptopA, AuditAction.COUNTS_KEY_IMPORTED)).hasSize(1);
        assertThat(audited(laptopA, AuditAction.COUNTS_BUNDLE_EXPORTED)).hasSize(1);
        assertThat(audited(coordinator, AuditAction.COUNTS_BUNDLE_IMPORTED)).hasSize(2);

        StatsPublisher.merged(coordinator.transactions(), coordinator.audit(), StatsCasebooks.CLOCK,
                Catalogue.standard()).publish(PublicationRequest.of(H1));
        assertThat(audited(coordinator, AuditAction.COUNTS_EXPORTED)).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("merged counts 2026Q1-2026Q2"));
    }

    @Test
    void flippingAnyByteOrCuttingTheFileIsRefusedAndNothingIsImported() {
        giveKey(coordinator, laptopA);
        byte[] good = export(laptopA, Q2, "a.bundle").bytes();
        CountsBundles into = bundles(coordinator);
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= (byte) (1 << (i % 8));
            assertThatThrownBy(() -> into.importBundles(List.of(new CountsBundles.BundleFile("a.bundle", bad))))
                    .as("byte %d", i).isInstanceOf(BundleRejectedException.class).hasMessageStartingWith("a.bundle ")
                    .hasMessageContaining("nothing was imported");
        }
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 1);
        assertThatThrownBy(() -> into.importBundles(List.of(new CountsBundles.BundleFile("a.bundle", cut))))
                .hasMessageContaining("changed or damaged");
        byte[] payloadByte = good.clone();
        payloadByte[good.length / 2] ^= 1;
        assertThatThrownBy(() -> into.importBundles(List.of(new CountsBundles.BundleFile("a.bundle", payloadByte))))
                .hasMessageContaining("changed or damaged");
        assertThat(into.imported()).isEmpty();
        assertThat(audited(coordinator, AuditAction.COUNTS_BUNDLE_IMPORTED)).isEmpty();
        assertThat(into.importBundles(List.of(new CountsBundles.BundleFile("a.bundle", good))))
                .allMatch(BundleImport::imported);
    }

    @Test
    void aBundleForAnotherCoordinatorIsRefusedWithTheWayOut() {
        giveKey(stranger, laptopA);
        giveKey(coordinator, laptopB);
        CountsBundles.BundleFile forStranger = export(laptopA, Q2, "a.bundle");
        CountsBundles.BundleFile good = export(laptopB, Q2, "b.bundle");
        assertThatThrownBy(() -> bundles(coordinator).importBundles(List.of(good, forStranger)))
                .isInstanceOf(BundleRejectedException.class)
                .hasMessageContaining("a.bundle was made for another coordinator's key")
                .hasMessageContaining("cairn stats-key export");
        assertThat(bundles(coordinator).imported()).as("one bad file stops the whole import").isEmpty();
        assertThatThrownBy(() -> bundles(laptopA).importBundles(List.of(good)))
                .hasMessageContaining("has no bundle key");
    }

    @Test
    void aDuplicateIsReportedAndNotCountedTwiceWhileANewerBundleReplacesTheLaptopsOlderOne() {
        giveKey(coordinator, laptopA, laptopB);
        CountsBundles.BundleFile a = export(laptopA, Q2, "a.bundle");
        CountsBundles into = bundles(coordinator);
        into.importBundles(List.of(a, export(laptopB, Q2, "b.bundle")));
        long[] before = mergedTotals(Q2.from());
        List<BundleImport> again = into.importBundles(List.of(a));
        assertThat(again).singleElement().satisfies(o -> {
            assertThat(o.imported()).isFalse();
            assertThat(o.message()).contains("a.bundle was already imported").contains("not counted twice");
        });
        assertThat(mergedTotals(Q2.from())).isEqualTo(before);

        StatsCasebooks.addConsentingCase(laptopA, Q2.from().firstDay().plusDays(3));
        into.importBundles(List.of(export(laptopA, H1, "a2.bundle")));
        assertThat(into.imported()).hasSize(3);
        assertThat(mergedTotals(Q2.from())[0]).as("new cases: the later bundle replaced the earlier one")
                .isEqualTo(before[0] + 1);
    }

    /** New and open cases of the quarter, merged. */
    private long[] mergedTotals(Quarter quarter) {
        List<ExactTable> merged = coordinator.transactions().write(tx -> new MergedCounts().count(tx,
                Catalogue.standard().tables(), CountingRule.CONSENTED, quarter, new ArrayList<>()));
        return new long[] {merged.get(0).counts()[0], merged.get(1).counts()[0]};
    }

    @Test
    void disclosureControlRunsOnTheMergedCountsOnlyAndMergedQuartersAreFrozen() {
        giveKey(coordinator, laptopA, laptopB);
        bundles(coordinator).importBundles(List.of(export(laptopA, H1, "a"), export(laptopB, H1, "b")));
        StatsPublisher merged = StatsPublisher.merged(coordinator.transactions(), coordinator.audit(),
                StatsCasebooks.CLOCK, Catalogue.standard());
        Publication publication = merged.publish(PublicationRequest.of(H1));
        DisclosureSettings settings = DisclosureSettings.defaults();
        int shownOnlyWhenMerged = 0;
        for (Quarter quarter : H1.quarters()) {
            List<ExactTable> a = exact(laptopA, quarter);
            List<ExactTable> b = exact(laptopB, quarter);
            List<PublishedTable> tables = publication.tables().stream().filter(t -> t.quarter().equals(quarter))
                    .toList();
            for (int t = 0; t < tables.size(); t++) {
                for (int p = 0; p < tables.get(t).cells().size(); p++) {
                    long sum = a.get(t).counts()[p] + b.get(t).counts()[p];
                    PublishedCell cell = tables.get(t).cell(p);
                    assertThat(cell.status() == CellStatus.SMALL).isEqualTo(sum < settings.threshold());
                    if (!cell.isSuppressed()) {
                        assertThat(cell.value()).isGreaterThanOrEqualTo(10).matches(v -> v % 5 == 0);
                        if (a.get(t).counts()[p] < 10 && b.get(t).counts()[p] < 10) {
                            shownOnlyWhenMerged++;
                        }
                    }
                }
            }
            PublishedTablesPropertyTest.assertJointlySafeAndConsistent(tables);
        }
        assertThat(shownOnlyWhenMerged).as("cells small on each laptop but not merged are published")
                .isPositive();
        assertThat(publication.notes()).contains("2026Q1 is merged from the bundles of 2 laptops");

        StatsCasebooks.addConsentingCase(laptopB, Q2.from().firstDay());
        bundles(coordinator).importBundles(List.of(export(laptopB, Q2, "b2")));
        assertThat(TidyCsv.render(merged.publish(PublicationRequest.of(H1)).tables()))
                .isEqualTo(TidyCsv.render(publication.tables()));
        assertThat(TidyCsv.render(StatsCasebooks.publisher(coordinator).preview(PublicationRequest.of(Q2)).tables()))
                .as("the coordinator's own (empty) quarters are frozen apart from the merged ones")
                .isNotEqualTo(TidyCsv.render(merged.publish(PublicationRequest.of(Q2)).tables()));
    }

    @Test
    void aLaptopWithoutTheKeyAndAQuarterWithoutBundlesAreExplained() {
        assertThatThrownBy(() -> bundles(laptopA).exportBundle(Q2, CountingRule.CONSENTED))
                .hasMessageContaining("import the coordinator's key file first");
        giveKey(coordinator, laptopA);
        bundles(coordinator).importBundles(List.of(export(laptopA, Q2, "a")));
        StatsPublisher merged = StatsPublisher.merged(coordinator.transactions(), coordinator.audit(),
                StatsCasebooks.CLOCK, Catalogue.standard());
        assertThatThrownBy(() -> merged.publish(PublicationRequest.of(H1)))
                .hasMessageContaining("no imported bundle counts 2026Q1");
        assertThatThrownBy(() -> merged.publish(new PublicationRequest(Q2, DisclosureSettings.defaults(),
                CountingRule.ALL_CASES, null))).hasMessageContaining("under the rule 'all-cases'");
        String keyFile = bundles(coordinator).exportKey().toFileText();
        int first = keyFile.indexOf("public-key: ") + "public-key: ".length();
        // Change the key's first character to another one: a fixed replacement would be no change when the random
        // key happens to start with it.
        char changed = keyFile.charAt(first) == '0' ? '1' : '0';
        String damaged = keyFile.substring(0, first) + changed + keyFile.substring(first + 1);
        assertThatThrownBy(() -> CoordinatorKey.parse(damaged)).hasMessageContaining("damaged");
    }

    @Test
    void afterARotationOldBundlesAreRefusedAsMadeForTheReplacedKeyAndNewOnesAreImported() {
        giveKey(coordinator, laptopA, laptopB);
        CountsBundles.BundleFile old = export(laptopA, Q2, "old.bundle");
        CoordinatorKey before = bundles(coordinator).exportKey();
        CountsBundles.Rotation rotation = bundles(coordinator).rotateKey();
        assertThat(rotation.replacedFingerprint()).isEqualTo(before.fingerprint());
        assertThat(rotation.key().fingerprint()).isNotEqualTo(before.fingerprint());
        assertThat(bundles(coordinator).exportKey()).as("the new key is the casebook's key from now on")
                .isEqualTo(rotation.key());
        assertThat(audited(coordinator, AuditAction.COUNTS_KEY_ROTATED)).singleElement().satisfies(e ->
                assertThat(e.reason()).contains(before.fingerprint()).contains(rotation.key().fingerprint()));

        assertThatThrownBy(() -> bundles(coordinator).importBundles(List.of(old)))
                .isInstanceOf(BundleRejectedException.class)
                .hasMessageContaining("old.bundle was made for an earlier bundle key of this casebook, replaced on "
                        + "2026-11-25")
                .hasMessageContaining("nothing was imported")
                .hasMessageContaining("current key file (fingerprint " + rotation.key().fingerprint() + ")")
                .hasMessageContaining("make the bundle again");
        assertThat(bundles(coordinator).imported()).isEmpty();

        bundles(laptopA).importKey(CoordinatorKey.parse(rotation.key().toFileText()));
        assertThat(bundles(coordinator).importBundles(List.of(export(laptopA, Q2, "new.bundle"))))
                .allMatch(BundleImport::imported);
        giveKey(stranger, laptopB);
        assertThatThrownBy(() -> bundles(coordinator).importBundles(List.of(export(laptopB, Q2, "s.bundle"))))
                .as("a stranger's bundle is still named as such").hasMessageContaining("another coordinator's key");
        assertThatThrownBy(() -> bundles(laptopB).rotateKey()).hasMessageContaining("no bundle key to replace");
    }

    @Test
    void aHeldBundleWithoutTheNewerTablesLeavesThemOutOfTheMergedQuarterWithANote() {
        giveKey(coordinator, laptopA, laptopB);
        bundles(coordinator).importBundles(List.of(export(laptopA, Q2, "a"), export(laptopB, Q2, "b")));
        String laptop = bundles(coordinator).imported().get(0).laptop();
        // As if laptop A's bundle had been imported from a Cairn that did not count referrals or plans yet.
        coordinator.transactions().write(tx -> tx.execute("DELETE FROM stats_bundle_cell WHERE table_id IN "
                + "('referrals_by_kind_and_outcome', 'safety_plans_completed') AND bundle_id = (SELECT bundle_id "
                + "FROM stats_bundle ORDER BY rowid LIMIT 1)"));
        Publication publication = StatsPublisher.merged(coordinator.transactions(), coordinator.audit(),
                StatsCasebooks.CLOCK, Catalogue.standard()).publish(PublicationRequest.of(Q2));
        assertThat(publication.tables()).extracting(t -> t.spec().id()).hasSize(Catalogue.standard().tables().size()
                - 2).doesNotContain("referrals_by_kind_and_outcome", "safety_plans_completed");
        assertThat(publication.notes()).contains("safety_plans_completed is not included for 2026Q2: the bundle of "
                + "laptop " + laptop + " was made by a version of Cairn without this table; ask for a new bundle");
    }
}
