package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one-read counter gives exactly the counts of the per-quarter SQL counter ({@link TableCounter}, the
 * reference), for every table, quarter and rule, over demo casebooks with referrals, completed plans and consent
 * that starts, is withdrawn and expires, plus cases opened and closed on the edges of quarters.
 */
class QuarterlyCounterTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} cases, seed {1}")
    @CsvSource({"400, 7", "1200, 11"})
    void countsEveryQuarterExactlyAsTheSqlCounterDoes(int cases, long seed) {
        Casebook book = StatsCasebooks.demo(dir, cases, seed);
        try {
            addEdgeCases(book);
            book.transactions().write(tx -> new RecordKeys(new SecureRandom()).ensure(tx));
            List<TableSpec> specs = Catalogue.standard().tables();
            List<Quarter> quarters = new QuarterRange(Quarter.parse("2021Q1"), Quarter.parse("2026Q3")).quarters();
            for (CountingRule rule : CountingRule.values()) {
                Map<Quarter, List<ExactTable>> fast = book.transactions()
                        .read(r -> new QuarterlyCounter(rule).count(r, specs, quarters));
                assertThat(fast.keySet()).containsExactlyElementsOf(quarters);
                long counted = 0;
                for (Quarter quarter : quarters) {
                    List<ExactTable> reference = book.transactions()
                            .read(r -> new TableCounter(rule).count(r, specs, quarter));
                    List<ExactTable> tables = fast.get(quarter);
                    assertThat(tables).hasSameSizeAs(reference);
                    for (int i = 0; i < tables.size(); i++) {
                        ExactTable expected = reference.get(i);
                        ExactTable actual = tables.get(i);
                        String where = expected.spec().id() + " " + quarter + " " + rule;
                        assertThat(actual.spec()).as(where).isEqualTo(expected.spec());
                        assertThat(actual.counts()).as(where).containsExactly(expected.counts());
                        assertThat(actual.keySums()).as(where).containsExactly(expected.keySums());
                        counted += actual.counts()[actual.layout().grandTotal()];
                    }
                }
                assertThat(counted).as("the comparison must cover real counts under %s", rule).isGreaterThan(cases);
            }
        } finally {
            StatsCasebooks.close(book);
        }
    }

    /** Cases on the first and last day of a quarter, and consent withdrawn or expiring on a quarter's last day. */
    private static void addEdgeCases(Casebook book) {
        long first = StatsCasebooks.addConsentingCase(book, LocalDate.parse("2025-04-01"));
        long last = StatsCasebooks.addConsentingCase(book, LocalDate.parse("2025-06-30"));
        book.transactions().write(tx -> {
            tx.execute("UPDATE case_file SET status = 'CLOSED', closed_on = '2025-07-01' WHERE id = ?", first);
            tx.execute("UPDATE case_file SET status = 'CLOSED', closed_on = '2025-09-30' WHERE id = ?", last);
            return null;
        });
        long withdrawn = book.cases().find(first).orElseThrow().clientId();
        book.consents().record(withdrawn, new ConsentRecord(ConsentPurpose.COUNT_IN_STATISTICS, null,
                ConsentDecision.WITHDRAWN, LocalDate.parse("2025-09-30"), ConsentMethod.WRITTEN, null));
        long expiring = book.cases().find(last).orElseThrow().clientId();
        book.consents().record(expiring, new ConsentRecord(ConsentPurpose.COUNT_IN_STATISTICS, null,
                ConsentDecision.GIVEN, LocalDate.parse("2025-07-15"), ConsentMethod.WRITTEN,
                LocalDate.parse("2025-12-31")));
    }
}
