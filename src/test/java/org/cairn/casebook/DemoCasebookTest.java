package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCasebookTest {
    @TempDir
    Path dir;

    private String digestOf(String name, long seed, int cases, int batch) throws Exception {
        MutableClock clock = new MutableClock(TestCasebooks.START);
        Casebook casebook = TestCasebooks.create(dir.resolve(name), clock);
        try {
            new DemoCasebook(casebook, clock, seed).generate(cases, batch, n -> { });
            return TableDump.digest(TestCasebooks.vault(casebook));
        } finally {
            TestCasebooks.vault(casebook).close();
        }
    }

    @Test
    void sameSeedGivesIdenticalContentWhateverTheBatchSize() throws Exception {
        String one = digestOf("a", 42, 30, 1);
        assertThat(digestOf("b", 42, 30, 1)).isEqualTo(one);
        assertThat(digestOf("c", 42, 30, 7)).isEqualTo(one);
        assertThat(digestOf("d", 43, 30, 1)).isNotEqualTo(one);
    }

    @Test
    void progressIsReportedAfterEachDurableCommit() {
        MutableClock clock = new MutableClock(TestCasebooks.START);
        Casebook casebook = TestCasebooks.create(dir, clock);
        List<Long> casesSeenAtCallback = new ArrayList<>();
        List<Integer> reported = new ArrayList<>();
        new DemoCasebook(casebook, clock, 1).generate(10, 4, n -> {
            reported.add(n);
            // The callback runs outside the transaction: a read here sees everything committed so far.
            casesSeenAtCallback.add(casebook.counts().cases());
        });
        assertThat(reported).containsExactly(4, 8, 10);
        assertThat(casesSeenAtCallback).containsExactly(4L, 8L, 10L);
        TestCasebooks.vault(casebook).close();
    }

    @Test
    void contentIsVariedRealisticAndSpreadOverFiveYears() {
        MutableClock clock = new MutableClock(TestCasebooks.START);
        Casebook casebook = TestCasebooks.create(dir, clock);
        new DemoCasebook(casebook, clock, 2026).generate(300, 50, n -> { });
        CasebookCounts counts = casebook.counts();
        assertThat(counts.cases()).isEqualTo(300);
        assertThat(counts.clients()).isEqualTo(300);
        assertThat(counts.notes()).isBetween(300L, 1500L);
        LocalDate today = LocalDate.of(2026, 3, 14);
        TestCasebooks.vault(casebook).read(r -> {
            assertThat(r.queryOne("SELECT min(opened_on), max(opened_on) FROM case_file",
                    row -> List.of(row.getString(1), row.getString(2))).orElseThrow())
                    .containsExactly(today.minusDays(DemoCasebook.SPAN_DAYS).toString(), today.toString());
            assertThat(r.queryLong("SELECT count(DISTINCT risk_level) FROM case_file")).isEqualTo(3);
            assertThat(r.queryLong("SELECT count(DISTINCT immigration) FROM case_file")).isGreaterThanOrEqualTo(8);
            assertThat(r.queryLong("SELECT count(DISTINCT language) FROM client_language")).isGreaterThan(10);
            assertThat(r.queryLong("SELECT count(*) FROM case_file WHERE status = 'CLOSED'")).isPositive();
            assertThat(r.queryLong("SELECT count(*) FROM case_file WHERE gp_refused = 'YES'")).isPositive();
            assertThat(r.queryLong("SELECT count(*) FROM note_version")).isPositive();
            assertThat(r.queryLong("SELECT count(*) FROM task WHERE done_at IS NOT NULL")).isPositive();
            assertThat(r.queryLong("SELECT count(*) FROM consent WHERE decision = 'WITHDRAWN'")).isPositive();
            assertThat(r.queryLong("SELECT count(*) FROM consent WHERE expires_on < ?", today.toString()))
                    .isPositive();
            assertThat(r.queryLong("SELECT count(DISTINCT client_id) FROM consent WHERE purpose = ?",
                    ConsentPurpose.COUNT_IN_STATISTICS.name())).isGreaterThan(200);
            return null;
        });
        assertThat(casebook.search("GP registration", 5)).isNotEmpty();
        assertThat(casebook.search("refuge", 5)).isNotEmpty();
        assertThat(casebook.audit().verify().isOk()).isTrue();
        TestCasebooks.vault(casebook).close();
    }
}
