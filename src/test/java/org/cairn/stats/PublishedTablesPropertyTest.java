package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.Casebook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** The disclosure properties of docs/DISCLOSURE.md, on whole publications made from demo casebooks of different sizes. */
class PublishedTablesPropertyTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} cases, seed {1}, T={2}, B={3}")
    @CsvSource({"150, 1, 10, 5", "600, 2, 10, 5", "600, 3, 5, 3", "1500, 4, 10, 5", "1500, 5, 20, 10"})
    void noSmallValueIsPublishedAndNoHiddenCellCanBeWorkedOut(int cases, long seed, int threshold, int base) {
        Casebook book = StatsCasebooks.demo(dir, cases, seed);
        try {
            DisclosureSettings settings = new DisclosureSettings(threshold, base);
            Publication publication = StatsCasebooks.publisher(book).publish(new PublicationRequest(
                    new QuarterRange(Quarter.parse("2025Q1"), Quarter.parse("2026Q3")), settings,
                    CountingRule.CONSENTED, null));
            assertThat(publication.tables()).hasSize(7 * Catalogue.standard().tables().size());
            int hidden = 0;
            for (PublishedTable table : publication.tables()) {
                for (PublishedCell cell : table.cells()) {
                    if (cell.isSuppressed()) {
                        hidden++;
                    } else {
                        assertThat(cell.value()).isGreaterThanOrEqualTo(threshold);
                        assertThat(cell.value() % base).isZero();
                    }
                    assertThat(cell.display(settings)).matches("\\d+|<" + threshold + "|\\[c\\]");
                }
                assertThat(MarginAttack.recovered(table.layout().lines(), hiddenOf(table.cells())))
                        .as("%s %s", table.spec().id(), table.quarter()).isEmpty();
            }
            assertThat(hidden).as("the test must exercise suppression").isPositive();
            for (List<PublishedTable> quarter : byQuarter(publication.tables()).values()) {
                assertJointlySafeAndConsistent(quarter);
            }
        } finally {
            StatsCasebooks.close(book);
        }
    }

    /** Across all tables of a quarter: shared cells agree, and even together they reveal no hidden cell. */
    static void assertJointlySafeAndConsistent(List<PublishedTable> tables) {
        Map<String, Integer> variables = new HashMap<>();
        Map<Integer, PublishedCell> cells = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (PublishedTable table : tables) {
            int[] vars = new int[table.layout().size()];
            for (int p = 0; p < vars.length; p++) {
                String signature = QuarterProtector.signature(table.spec(), table.layout(), p);
                vars[p] = variables.computeIfAbsent(signature, s -> variables.size());
                PublishedCell previous = cells.putIfAbsent(vars[p], table.cell(p));
                if (previous != null) {
                    assertThat(table.cell(p)).as("%s in %s", signature, table.spec().id()).isEqualTo(previous);
                }
            }
            for (Line line : table.layout().lines()) {
                lines.add(new Line(vars[line.total()], line.members().stream().map(m -> vars[m]).toList()));
            }
        }
        boolean[] hidden = new boolean[variables.size()];
        cells.forEach((v, cell) -> hidden[v] = cell.isSuppressed());
        assertThat(MarginAttack.recovered(lines, hidden)).isEmpty();
        assertThat(new LinearAudit().determined(lines, hidden)).isEmpty();
    }

    static boolean[] hiddenOf(List<PublishedCell> cells) {
        boolean[] hidden = new boolean[cells.size()];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = cells.get(i).isSuppressed();
        }
        return hidden;
    }

    private static Map<Quarter, List<PublishedTable>> byQuarter(List<PublishedTable> tables) {
        Map<Quarter, List<PublishedTable>> grouped = new LinkedHashMap<>();
        tables.forEach(t -> grouped.computeIfAbsent(t.quarter(), q -> new ArrayList<>()).add(t));
        return grouped;
    }
}
