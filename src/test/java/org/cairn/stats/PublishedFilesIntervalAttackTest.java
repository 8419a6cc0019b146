package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.Casebook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attacker who holds only the written files of a demo casebook's quarters: counts.csv is read back, every number
 * is read as the range the method allows and every {@code [c]} as "0 or more", and an independent solver bounds each
 * hidden cell. No hidden small count may be narrowed below 0..T-1, at the default and the minimum settings, under
 * both counting rules, and two exports of different tables of one quarter, taken together, tell no more.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedFilesIntervalAttackTest {
    private static final DisclosureSettings MINIMUM = new DisclosureSettings(DisclosureSettings.MIN_THRESHOLD,
            DisclosureSettings.MIN_ROUNDING_BASE);
    private static final Catalogue CATALOGUE = Catalogue.standard();

    Path dir;
    Casebook book;
    StatsPublisher publisher;

    @BeforeAll
    void create(@TempDir Path folder) {
        dir = folder;
        book = StatsCasebooks.demo(dir.resolve("casebook"), 300, 15);
        publisher = StatsCasebooks.publisher(book);
    }

    @AfterAll
    void close() {
        StatsCasebooks.close(book);
    }

    @Test
    void noHiddenCountOfADemoQuarterCanBeNarrowedFromItsFiles() throws IOException {
        int folder = 0;
        for (DisclosureSettings settings : List.of(DisclosureSettings.defaults(), MINIMUM)) {
            for (CountingRule rule : CountingRule.values()) {
                Quarter quarter = Quarter.parse(rule == CountingRule.CONSENTED ? "2026Q3" : "2026Q2");
                Publication preview = publisher.preview(new PublicationRequest(QuarterRange.of(quarter), settings,
                        rule, null));
                Path out = dir.resolve("export-" + folder++);
                new CsvExport("9.9.9").write(preview, out);
                Map<String, List<String>> shown = readCounts(out.resolve(CsvExport.DATA));
                assertThat(shown).hasSize(CATALOGUE.tables().size());
                assertThat(shown.values().stream().flatMap(List::stream)).as("something is hidden").contains("[c]")
                        .allMatch(text -> text.equals("[c]") || text.matches("\\d+"), "a number or the one mark");
                assertThat(IndependentIntervals.violationsInText(exact(quarter, rule), shown, settings))
                        .as("%s %s T=%d B=%d", quarter, rule, settings.threshold(), settings.roundingBase()).isEmpty();
            }
        }
    }

    @Test
    void twoExportsOfDifferentTablesOfOneQuarterTogetherShowNoMoreThanTheWholeQuarter() throws IOException {
        Quarter quarter = Quarter.parse("2026Q1");
        List<String> ids = CATALOGUE.tables().stream().map(TableSpec::id).toList();
        PublicationRequest all = PublicationRequest.of(QuarterRange.of(quarter));
        Publication first = publisher.publish(all.withTables(ids.subList(0, ids.size() / 2)));
        Publication second = publisher.publish(all.withTables(ids.subList(ids.size() / 3, ids.size())));
        new CsvExport("9.9.9").write(first, dir.resolve("first"));
        new CsvExport("9.9.9").write(second, dir.resolve("second"));
        Map<String, List<String>> held = new LinkedHashMap<>(readCounts(dir.resolve("first").resolve(CsvExport.DATA)));
        for (Map.Entry<String, List<String>> table : readCounts(dir.resolve("second").resolve(CsvExport.DATA))
                .entrySet()) {
            List<String> earlier = held.putIfAbsent(table.getKey(), table.getValue());
            assertThat(earlier == null || earlier.equals(table.getValue())).as("%s is the same in both exports",
                    table.getKey()).isTrue();
        }
        assertThat(held).hasSize(ids.size());
        assertThat(IndependentIntervals.violationsInText(exact(quarter, CountingRule.CONSENTED), held,
                DisclosureSettings.defaults())).isEmpty();
    }

    private List<ExactTable> exact(Quarter quarter, CountingRule rule) {
        return book.transactions().write(tx -> new LocalCounts(new SecureRandom()).count(tx, CATALOGUE.tables(),
                rule, quarter, new ArrayList<>()));
    }

    /** counts.csv read back into each table's texts in layout order, by category codes alone. */
    private static Map<String, List<String>> readCounts(Path file) throws IOException {
        Map<String, String[]> byTable = new LinkedHashMap<>();
        List<String> records = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(records.get(0)).isEqualTo(String.join(",", TidyCsv.HEADER));
        for (String record : records.subList(1, records.size())) {
            String[] f = record.split(",", -1);
            TableSpec spec = CATALOGUE.table(f[0]);
            Layout layout = spec.layout();
            String[] texts = byTable.computeIfAbsent(f[0], id -> new String[layout.size()]);
            int position = -1;
            for (int p = 0; p < layout.size(); p++) {
                boolean row = spec.rows() == null || layout.rowCodes().get(p).equals(f[5]);
                boolean column = spec.columns() == null || layout.columnCodes().get(p).equals(f[7]);
                if (row && column) {
                    position = p;
                }
            }
            assertThat(position).as("record %s names a position", record).isNotNegative();
            assertThat(texts[position]).as("each position once").isNull();
            texts[position] = f[8];
        }
        Map<String, List<String>> shown = new LinkedHashMap<>();
        byTable.forEach((id, texts) -> shown.put(id, List.of(texts)));
        return shown;
    }
}
