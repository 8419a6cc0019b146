package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cairn.casebook.Casebook;
import org.cairn.vault.TestVaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three organisations each publish their own merged counts, and a coalition publishes the pooled counts of all
 * three, for the same quarters (ADR 0052). The attacker reads the published counts.csv files and, for every cell,
 * subtracts any set of organisations' own published figures from the pooled one, possibly also one organisation's
 * exact count (an insider). Whatever is left must never be a group of fewer than T cases: the cells where it
 * would be (and that the threshold alone would have published) are hidden in the pooled file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossLevelDifferencingAttackTest {
    private static final QuarterRange H1 = new QuarterRange(Quarter.parse("2026Q1"), Quarter.parse("2026Q2"));
    private static final int ORGS = 3;

    Path dir;
    final List<Casebook> books = new ArrayList<>();
    final List<Casebook> orgs = new ArrayList<>();
    Casebook coalition;

    @BeforeAll
    void create(@TempDir Path folder) {
        dir = folder;
        // Organisations of unequal size, so that many cells are small in one and large in another.
        int[] cases = {140, 60, 30};
        for (int i = 0; i < ORGS; i++) {
            Casebook laptop = StatsCasebooks.demo(dir.resolve("laptop" + i), cases[i], 70 + i);
            Casebook org = empty("org" + i);
            books.add(laptop);
            books.add(org);
            orgs.add(org);
            String key = bundles(org).exportKey().toFileText();
            bundles(laptop).importKey(CoordinatorKey.parse(key));
            assertThat(bundles(org).importBundles(List.of(new CountsBundles.BundleFile("laptop.bundle",
                    bundles(laptop).exportBundle(H1, CountingRule.CONSENTED).bytes()))))
                    .allMatch(BundleImport::imported);
        }
        coalition = empty("coalition");
        books.add(coalition);
        String coalitionKey = organisations(coalition).exportCoalitionKey().toFileText();
        List<CountsBundles.BundleFile> sent = new ArrayList<>();
        for (Casebook org : orgs) {
            organisations(org).importCoalitionKey(CoordinatorKey.parse(coalitionKey));
            sent.add(new CountsBundles.BundleFile("org.orgbundle", organisations(org).exportOrganisationBundle(H1,
                    CountingRule.CONSENTED).bytes()));
        }
        assertThat(bundles(coalition).importBundles(sent)).allMatch(BundleImport::imported);
        organisations(coalition).expectOrganisations(ORGS);
    }

    @AfterAll
    void closeAll() {
        books.forEach(StatsCasebooks::close);
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

    /** Publishes for real, writes the files, and reads counts.csv back: cell name to published text. */
    private Map<String, String> publishedFile(StatsPublisher publisher, String folder) throws Exception {
        Publication publication = publisher.publish(new PublicationRequest(H1, DisclosureSettings.defaults(),
                CountingRule.CONSENTED, null));
        Path out = dir.resolve(folder);
        new CsvExport("test").write(publication, out);
        Map<String, String> cells = new HashMap<>();
        List<String> lines = Files.readAllLines(out.resolve(CsvExport.DATA));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            cells.put(String.join(",", f[0], f[1], f[5], f[7]), f[8]);
        }
        return cells;
    }

    /** An organisation's exact merged counts, cell name to count: what only it (and the coalition) knows. */
    private static Map<String, Long> exact(Casebook org) {
        Map<String, Long> cells = new HashMap<>();
        for (Quarter quarter : H1.quarters()) {
            for (ExactTable table : org.transactions().write(tx -> new MergedCounts(false).count(tx,
                    Catalogue.standard().tables(), CountingRule.CONSENTED, quarter, new ArrayList<>()))) {
                TableSpec spec = table.spec();
                for (int p = 0; p < table.layout().size(); p++) {
                    cells.put(String.join(",", spec.id(), quarter.toString(),
                            spec.rows() == null ? "" : table.layout().rowCodes().get(p),
                            spec.columns() == null ? "" : table.layout().columnCodes().get(p)), table.counts()[p]);
                }
            }
        }
        return cells;
    }

    @Test
    void subtractingOrganisationsOwnPublishedCountsFromThePooledOnesNeverLeavesASmallGroup() throws Exception {
        int threshold = DisclosureSettings.defaults().threshold();
        List<Map<String, String>> own = new ArrayList<>();
        List<Map<String, Long>> truth = new ArrayList<>();
        for (int i = 0; i < ORGS; i++) {
            Casebook org = orgs.get(i);
            own.add(publishedFile(StatsPublisher.merged(org.transactions(), org.audit(), StatsCasebooks.CLOCK,
                    Catalogue.standard()), "own" + i));
            truth.add(exact(org));
        }
        Map<String, String> pooled = publishedFile(StatsPublisher.pooled(coalition.transactions(), coalition.audit(),
                StatsCasebooks.CLOCK, Catalogue.standard()), "pooled");
        assertThat(pooled).hasSameSizeAs(own.get(0));

        int attacks = 0;
        List<String> wouldHaveLeaked = new ArrayList<>();
        for (Map.Entry<String, String> cell : pooled.entrySet()) {
            String name = cell.getKey();
            long total = 0;
            for (Map<String, Long> org : truth) {
                total += org.get(name);
            }
            // Every choice of organisations whose own figures are subtracted, with or without one insider.
            for (int subtracted = 0; subtracted < 1 << ORGS; subtracted++) {
                for (int insider = -1; insider < ORGS; insider++) {
                    if (insider >= 0 && (subtracted & 1 << insider) != 0) {
                        continue;
                    }
                    long left = total;
                    int leftOrgs = 0;
                    boolean usable = true;
                    for (int o = 0; o < ORGS; o++) {
                        if ((subtracted & 1 << o) != 0) {
                            usable &= !own.get(o).get(name).equals(PublishedCell.HIDDEN_MARK);
                            left -= truth.get(o).get(name);
                        } else if (o == insider) {
                            left -= truth.get(o).get(name);
                        } else {
                            leftOrgs++;
                        }
                    }
                    if (!usable || leftOrgs == 0 || (subtracted == 0 && insider < 0)) {
                        continue;
                    }
                    if (left < threshold && total >= threshold) {
                        // The threshold alone would have published this pooled cell: a small group to find.
                        wouldHaveLeaked.add(name);
                    }
                    if (!cell.getValue().equals(PublishedCell.HIDDEN_MARK)) {
                        attacks++;
                        assertThat(left).as("%s: pooled %s, own figures subtracted %s, insider %d, leaves", name,
                                cell.getValue(), Integer.toBinaryString(subtracted), insider)
                                .isGreaterThanOrEqualTo(threshold);
                    }
                }
            }
        }
        // The attack had real targets (the fixture holds cells the threshold alone would have let through), it
        // ran against published cells, and every one of those targets is hidden in the pooled file.
        assertThat(wouldHaveLeaked).isNotEmpty();
        assertThat(attacks).isPositive();
        assertThat(wouldHaveLeaked).allMatch(name -> pooled.get(name).equals(PublishedCell.HIDDEN_MARK));
    }

    @Test
    void theRuleHidesExactlyTheCellsWhereTheSmallContributionsMinusTheLargestOfThemStayUnderT() {
        assertThat(ContributionRule.isolatesSmallGroup(new long[] {40, 30}, 10)).isFalse();
        assertThat(ContributionRule.isolatesSmallGroup(new long[] {40, 9}, 10)).isTrue();
        assertThat(ContributionRule.isolatesSmallGroup(new long[] {40, 0, 0}, 10)).isTrue();
        assertThat(ContributionRule.isolatesSmallGroup(new long[] {40, 30, 3}, 10)).isTrue();
        assertThat(ContributionRule.isolatesSmallGroup(new long[] {40, 9, 9}, 10)).isTrue();
        assertThat(ContributionRule.isolatesSmallGroup(new long[] {40, 9, 9, 1}, 10)).isFalse();
        assertThat(ContributionRule.isolatesSmallGroup(new long[] {9, 9, 9}, 10)).isFalse();
        assertThat(ContributionRule.isolatesSmallGroup(new long[] {5, 5, 5, 5}, 10)).isFalse();
        assertThat(ContributionRule.isolatesSmallGroup(new long[] {12}, 10)).isFalse();
    }

    private static final Pattern TOKEN = Pattern.compile("(?<![\\w.+-])(<\\d+|\\[c\\]|\\d+)(?![\\w.%])");

    /**
     * The coalition's report holds only what the pooled publication published: every value and mark on a table
     * page is one of the published cells of that table, the front pages name no organisation, and a quarter not
     * yet published is refused rather than counted for the report.
     */
    @Test
    void theEvidenceReportShowsOnlyPublishedPooledFiguresAndNamesNoOrganisation() throws Exception {
        StatsPublisher pooled = StatsPublisher.pooled(coalition.transactions(), coalition.audit(),
                StatsCasebooks.CLOCK, Catalogue.standard());
        Publication frozen = pooled.publish(new PublicationRequest(H1, DisclosureSettings.defaults(),
                CountingRule.CONSENTED, null));
        Publication published = pooled.published(H1);
        assertThat(TidyCsv.render(published.tables())).isEqualTo(TidyCsv.render(frozen.tables()));
        List<OrganisationBundles.PooledCoverage> coverage = organisations(coalition).coverage(H1,
                CountingRule.CONSENTED);
        byte[] pdf = new CoalitionReport("9.9.9").render(published, coverage);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int tablePages = 0;
            StringBuilder front = new StringBuilder();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                int chart = text.indexOf("\nChart");
                if (chart < 0) {
                    front.append(text);
                    continue;
                }
                PublishedTable table = published.tables().get(tablePages++);
                List<String> shown = new ArrayList<>();
                Matcher m = TOKEN.matcher(text.substring(chart));
                while (m.find()) {
                    shown.add(m.group(1));
                }
                assertThat(shown).as("page %d", page).isNotEmpty()
                        .isSubsetOf(table.cells().stream().map(c -> c.display(table.settings())).toList());
            }
            assertThat(tablePages).isEqualTo(published.tables().size());
            assertThat(front.toString()).contains("2026Q1: 3 organisations").contains("2026Q2: 3 organisations")
                    .contains("cannot show").contains("Services see only the women who reach them");
            for (OrganisationBundles.PooledCoverage quarter : coverage) {
                quarter.organisations().forEach(id -> assertThat(front.toString()).doesNotContain(id));
            }
        }
        assertThatThrownBy(() -> pooled.published(new QuarterRange(Quarter.parse("2026Q3"),
                Quarter.parse("2026Q3")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has not been published yet");
    }
}
