package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three organisations (one with two laptops) each merge their laptops' bundles and seal the merged counts for a
 * coalition, which pools them (ADR 0047). Pooling at two levels gives, cell by cell, the sum of every laptop's own
 * counts; an organisation that sends again or is restored from a backup counts once; a changed, foreign or
 * wrong-level bundle is refused with nothing imported; nothing published lies in 1..T-1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoalitionPoolingTest {
    private static final QuarterRange H1 = new QuarterRange(Quarter.parse("2026Q1"), Quarter.parse("2026Q2"));

    Path dir;
    final List<Casebook> laptops = new ArrayList<>();
    Casebook orgA;
    Casebook orgB;
    Casebook orgC;
    Path backupOfB;
    Casebook coalition;
    final List<Casebook> extra = new ArrayList<>();

    @BeforeAll
    void create(@TempDir Path folder) {
        dir = folder;
        for (int i = 0; i < 4; i++) {
            laptops.add(StatsCasebooks.demo(dir.resolve("laptop" + i), 70 + 20 * i, 40 + i));
        }
        orgA = empty("org-a");
        orgB = empty("org-b");
        orgC = empty("org-c");
        collect(orgA, laptops.get(0), laptops.get(1));
        collect(orgB, laptops.get(2));
        collect(orgC, laptops.get(3));
        backupOfB = dir.resolve("org-b.backup");
        ((Vault) orgB.transactions()).backupTo(backupOfB);
    }

    @AfterAll
    void closeAll() {
        laptops.forEach(StatsCasebooks::close);
        for (Casebook book : new Casebook[] {orgA, orgB, orgC}) {
            if (book != null) {
                StatsCasebooks.close(book);
            }
        }
    }

    @BeforeEach
    void newCoalition() {
        coalition = empty("coalition-" + System.nanoTime());
    }

    @AfterEach
    void closeCoalition() {
        StatsCasebooks.close(coalition);
        extra.forEach(StatsCasebooks::close);
        extra.clear();
    }

    private Casebook empty(String name) {
        return Casebook.open(TestVaults.create(dir.resolve(name)).vault(), StatsCasebooks.CLOCK, "coordinator");
    }

    private static CountsBundles bundles(Casebook book) {
        return new CountsBundles(book.transactions(), book.audit(), StatsCasebooks.CLOCK, Catalogue.standard(),
                new SecureRandom());
    }

    private static OrganisationBundles organisations(Casebook book) {
        return new OrganisationBundles(book.transactions(), book.audit(), StatsCasebooks.CLOCK, Catalogue.standard(),
                new SecureRandom(), book.settings());
    }

    /** The organisation's coordinator gives its key to its laptops and imports their bundles. */
    private static void collect(Casebook organisation, Casebook... its) {
        String key = bundles(organisation).exportKey().toFileText();
        List<CountsBundles.BundleFile> files = new ArrayList<>();
        for (Casebook laptop : its) {
            bundles(laptop).importKey(CoordinatorKey.parse(key));
            files.add(new CountsBundles.BundleFile("laptop.bundle", bundles(laptop).exportBundle(H1,
                    CountingRule.CONSENTED).bytes()));
        }
        assertThat(bundles(organisation).importBundles(files)).allMatch(BundleImport::imported);
    }

    private CountsBundles.BundleFile send(Casebook organisation, String name) {
        organisations(organisation).importCoalitionKey(CoordinatorKey.parse(organisations(coalition)
                .exportCoalitionKey().toFileText()));
        return new CountsBundles.BundleFile(name, organisations(organisation).exportOrganisationBundle(H1,
                CountingRule.CONSENTED).bytes());
    }

    private List<ExactTable> pooled(Quarter quarter, List<String> notes) {
        return coalition.transactions().write(tx -> new MergedCounts(true).count(tx, Catalogue.standard().tables(),
                CountingRule.CONSENTED, quarter, notes));
    }

    /** Every pooled cell is the sum of every laptop's own exact count, and its cell key the sum of theirs. */
    private void assertPooledIsSumOfEveryLaptop() {
        for (Quarter quarter : H1.quarters()) {
            List<ExactTable> pooled = pooled(quarter, new ArrayList<>());
            assertThat(pooled).hasSize(Catalogue.standard().tables().size());
            List<List<ExactTable>> own = laptops.stream().map(l -> l.transactions().read(r ->
                    new TableCounter(CountingRule.CONSENTED).count(r, Catalogue.standard().tables(), quarter)))
                    .toList();
            for (int t = 0; t < pooled.size(); t++) {
                for (int p = 0; p < pooled.get(t).counts().length; p++) {
                    long count = 0;
                    long key = 0;
                    for (List<ExactTable> laptop : own) {
                        count += laptop.get(t).counts()[p];
                        key += laptop.get(t).keySums()[p];
                    }
                    String cell = quarter + " " + pooled.get(t).spec().id() + " " + p;
                    assertThat(pooled.get(t).counts()[p]).as(cell).isEqualTo(count);
                    assertThat(Math.floorMod(pooled.get(t).keySums()[p], 256)).as(cell)
                            .isEqualTo(Math.floorMod(key, 256));
                }
            }
        }
    }

    @Test
    void threeOrganisationsPoolToTheSumOfEveryLaptopAndNothingSmallIsPublished() {
        List<BundleImport> outcomes = bundles(coalition).importBundles(List.of(send(orgA, "a.orgbundle"),
                send(orgB, "b.orgbundle"), send(orgC, "c.orgbundle")));
        organisations(coalition).expectOrganisations(3);
        assertThat(outcomes).allMatch(BundleImport::imported).allMatch(o -> o.warnings().isEmpty())
                .allMatch(o -> o.message().contains("from organisation "));
        assertPooledIsSumOfEveryLaptop();

        List<OrganisationBundles.PooledCoverage> coverage = organisations(coalition).coverage(H1,
                CountingRule.CONSENTED);
        assertThat(coverage).hasSize(2).allSatisfy(c -> {
            assertThat(c.organisations()).hasSize(3).doesNotHaveDuplicates();
            assertThat(c.tables()).hasSize(Catalogue.standard().tables().size());
            assertThat(c.notes()).isEmpty();
        });

        for (DisclosureSettings settings : List.of(DisclosureSettings.defaults(), new DisclosureSettings(5, 3))) {
            Publication published = StatsPublisher.pooled(coalition.transactions(), coalition.audit(),
                    StatsCasebooks.CLOCK, Catalogue.standard()).preview(new PublicationRequest(H1, settings,
                    CountingRule.CONSENTED, null));
            assertThat(published.notes()).contains("2026Q1 is pooled from the bundles of 3 organisations");
            for (PublishedTable table : published.tables()) {
                for (int p = 0; p < table.layout().size(); p++) {
                    PublishedCell cell = table.cell(p);
                    assertThat(cell.isSuppressed() || cell.value() >= settings.threshold())
                            .as("%s %s %d: %s", table.quarter(), table.spec().id(), p, cell).isTrue();
                }
            }
            for (Quarter quarter : H1.quarters()) {
                PublishedTablesPropertyTest.assertJointlySafeAndConsistent(published.tables().stream()
                        .filter(t -> t.quarter().equals(quarter)).toList());
            }
        }
    }

    /**
     * Cell keys add up at both levels, so pooling gives each cell the same count and key, and so the same noise, as
     * one coordinator merging every laptop at once: every number both publish is the same. The pooled tables hide
     * more, where the contribution rule (ADR 0052) says organisations' own figures could be subtracted.
     */
    @Test
    void poolingAtTwoLevelsPublishesExactlyWhatMergingEveryLaptopAtOnceWould() {
        Casebook direct = empty("direct-" + System.nanoTime());
        extra.add(direct);
        String key = bundles(direct).exportKey().toFileText();
        List<CountsBundles.BundleFile> files = new ArrayList<>();
        for (Casebook laptop : laptops) {
            String before = bundles(laptop).coordinatorKey().orElseThrow().toFileText();
            bundles(laptop).importKey(CoordinatorKey.parse(key));
            files.add(new CountsBundles.BundleFile("laptop.bundle", bundles(laptop).exportBundle(H1,
                    CountingRule.CONSENTED).bytes()));
            bundles(laptop).importKey(CoordinatorKey.parse(before));
        }
        bundles(direct).importBundles(files);
        bundles(coalition).importBundles(List.of(send(orgA, "a.orgbundle"), send(orgB, "b.orgbundle"),
                send(orgC, "c.orgbundle")));
        organisations(coalition).expectOrganisations(3);
        for (DisclosureSettings settings : List.of(DisclosureSettings.defaults(), new DisclosureSettings(5, 3))) {
            PublicationRequest request = new PublicationRequest(H1, settings, CountingRule.CONSENTED, null);
            String atOnce = TidyCsv.render(StatsPublisher.merged(direct.transactions(), direct.audit(),
                    StatsCasebooks.CLOCK, Catalogue.standard()).preview(request).tables());
            String pooled = TidyCsv.render(StatsPublisher.pooled(coalition.transactions(), coalition.audit(),
                    StatsCasebooks.CLOCK, Catalogue.standard()).preview(request).tables());
            // The contribution rule (ADR 0052) hides more in the pooled tables; every number both show is the same.
            List<String> pooledLines = pooled.lines().toList();
            List<String> atOnceLines = atOnce.lines().toList();
            assertThat(pooledLines).hasSameSizeAs(atOnceLines);
            int shownByBoth = 0;
            for (int i = 0; i < pooledLines.size(); i++) {
                String p = pooledLines.get(i);
                String a = atOnceLines.get(i);
                assertThat(p.substring(0, p.lastIndexOf(','))).isEqualTo(a.substring(0, a.lastIndexOf(',')));
                if (!p.endsWith(PublishedCell.HIDDEN_MARK) && !a.endsWith(PublishedCell.HIDDEN_MARK)) {
                    assertThat(p).as("threshold %d", settings.threshold()).isEqualTo(a);
                    shownByBoth++;
                }
            }
            assertThat(shownByBoth).as("threshold %d", settings.threshold()).isPositive();
        }
    }

    /** A pooled quarter is never published with and then without one organisation: it waits for all of them. */
    @Test
    void aPooledQuarterWaitsUntilEveryExpectedOrganisationHasSentAndNothingIsFrozenBefore() {
        bundles(coalition).importBundles(List.of(send(orgA, "a.orgbundle"), send(orgB, "b.orgbundle")));
        StatsPublisher publisher = StatsPublisher.pooled(coalition.transactions(), coalition.audit(),
                StatsCasebooks.CLOCK, Catalogue.standard());
        assertThatThrownBy(() -> publisher.publish(PublicationRequest.of(H1)))
                .hasMessageContaining("has not said how many organisations it expects");
        organisations(coalition).expectOrganisations(3);
        assertThatThrownBy(() -> publisher.publish(PublicationRequest.of(H1)))
                .hasMessageContaining("2026Q1 includes 2 of the 3 organisations expected; nothing was published");
        boolean frozen = coalition.transactions().<Boolean>read(r -> r.queryLong("SELECT count(*) FROM sqlite_master "
                + "WHERE name = 'stats_merged_cell'") > 0 && r.queryLong("SELECT count(*) FROM stats_merged_cell") > 0);
        assertThat(frozen).as("nothing was frozen").isFalse();
        bundles(coalition).importBundles(List.of(send(orgC, "c.orgbundle")));
        assertThat(publisher.publish(PublicationRequest.of(H1)).notes())
                .contains("2026Q2 is pooled from the bundles of 3 organisations");
    }

    @Test
    void anOrganisationThatSendsAgainOrIsRestoredFromAnEarlierBackupIsCountedOnce() {
        CountsBundles.BundleFile a = send(orgA, "a.orgbundle");
        CountsBundles.BundleFile aAgain = send(orgA, "a-again.orgbundle");
        CountsBundles.BundleFile b = send(orgB, "b.orgbundle");
        CountsBundles.BundleFile c = send(orgC, "c.orgbundle");
        Casebook restoredB;
        try (Passphrase passphrase = TestVaults.passphrase()) {
            restoredB = Casebook.open(VaultRestore.restore(backupOfB, passphrase, dir.resolve("org-b-restored-"
                    + System.nanoTime()), false, VaultOptions.standard()), StatsCasebooks.CLOCK, "coordinator");
        }
        extra.add(restoredB);
        CountsBundles.BundleFile bRestored = send(restoredB, "b-restored.orgbundle");

        List<BundleImport> outcomes = bundles(coalition).importBundles(List.of(a, b, c, aAgain, bRestored));
        organisations(coalition).expectOrganisations(3);
        assertThat(outcomes).allMatch(BundleImport::imported);
        assertThat(outcomes.get(3).warnings()).as("a second bundle of one state replaces the first").isEmpty();
        assertThat(outcomes.get(4).warnings()).anyMatch(w -> w.contains("come from two states of one casebook"));
        assertPooledIsSumOfEveryLaptop();
        List<String> notes = new ArrayList<>();
        pooled(Quarter.parse("2026Q1"), notes);
        assertThat(notes).contains("2026Q1 is pooled from the bundles of 3 organisations");
        assertThat(organisations(coalition).coverage(H1, CountingRule.CONSENTED)).allSatisfy(q -> {
            assertThat(q.organisations()).hasSize(3).doesNotHaveDuplicates();
            assertThat(q.notes()).anyMatch(n -> n.contains("states of one casebook"));
        });
    }

    @Test
    void aChangedForeignOrWrongLevelBundleIsRefusedAndNothingIsImported() {
        CountsBundles.BundleFile good = send(orgC, "c.orgbundle");
        byte[] changed = good.bytes().clone();
        changed[changed.length - 20] ^= 1;
        assertThatThrownBy(() -> bundles(coalition).importBundles(List.of(good, new CountsBundles.BundleFile(
                "changed.orgbundle", changed)))).isInstanceOf(BundleRejectedException.class)
                .hasMessageContaining("changed.orgbundle has been changed or damaged");

        Casebook other = empty("other-coalition-" + System.nanoTime());
        extra.add(other);
        organisations(orgB).importCoalitionKey(CoordinatorKey.parse(organisations(other).exportCoalitionKey()
                .toFileText()));
        CountsBundles.BundleFile foreign = new CountsBundles.BundleFile("foreign.orgbundle",
                organisations(orgB).exportOrganisationBundle(H1, CountingRule.CONSENTED).bytes());
        assertThatThrownBy(() -> bundles(coalition).importBundles(List.of(good, foreign)))
                .isInstanceOf(BundleRejectedException.class).hasMessageContaining("another coordinator's key");

        // A laptop's bundle sealed for the coalition's key, and an organisation's bundle sealed for a coordinator.
        Casebook laptop = laptops.get(3);
        bundles(laptop).importKey(CoordinatorKey.parse(organisations(coalition).exportCoalitionKey().toFileText()));
        CountsBundles.BundleFile laptopBundle = new CountsBundles.BundleFile("laptop.bundle", bundles(laptop)
                .exportBundle(H1, CountingRule.CONSENTED).bytes());
        assertThatThrownBy(() -> bundles(coalition).importBundles(List.of(good, laptopBundle)))
                .isInstanceOf(BundleRejectedException.class).hasMessageContaining("is a laptop's counts bundle");
        assertThat(bundles(coalition).imported()).as("nothing was imported").isEmpty();
        organisations(orgA).importCoalitionKey(CoordinatorKey.parse(bundles(orgC).exportKey().toFileText()));
        CountsBundles.BundleFile toCoordinator = new CountsBundles.BundleFile("a.orgbundle",
                organisations(orgA).exportOrganisationBundle(H1, CountingRule.CONSENTED).bytes());
        int heldByC = bundles(orgC).imported().size();
        assertThatThrownBy(() -> bundles(orgC).importBundles(List.of(toCoordinator)))
                .isInstanceOf(BundleRejectedException.class).hasMessageContaining("is an organisation's bundle");
        assertThat(bundles(orgC).imported()).hasSize(heldByC);
        bundles(laptop).importKey(CoordinatorKey.parse(bundles(orgC).exportKey().toFileText()));

        // One casebook works at one level.
        assertThatThrownBy(() -> organisations(orgA).exportCoalitionKey()).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("already an organisation's coordinator");
        assertThatThrownBy(() -> bundles(coalition).exportKey()).hasMessageContaining("coalition-key export");
        assertThatThrownBy(() -> StatsPublisher.merged(coalition.transactions(), coalition.audit(),
                StatsCasebooks.CLOCK, Catalogue.standard()).preview(PublicationRequest.of(H1)))
                .hasMessageContaining("coalition-merge");
        assertThatThrownBy(() -> StatsPublisher.pooled(orgA.transactions(), orgA.audit(), StatsCasebooks.CLOCK,
                Catalogue.standard()).preview(PublicationRequest.of(H1))).hasMessageContaining("stats-merge");
    }
}
