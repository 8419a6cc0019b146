package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list's filters are part of the search query: a case that passes the filter is found however far down the
 * unfiltered matches it would rank. 1,500 cases match "amina"; the few special ones are the oldest, so each
 * ranks past the first 1,000 of the unfiltered list (which is what an in-memory filter used to see).
 */
class CaseSearchFilterTest {
    private static final int CROWD = 1_500;
    private static final int LIMIT = 1_000;
    @TempDir
    static Path dir;
    static Casebook casebook;
    static CaseFile high;
    static CaseFile closed;
    static CaseFile due;
    static CaseFile mine;

    @BeforeAll
    static void create() {
        casebook = TestCasebooks.create(dir, new MutableClock(TestCasebooks.START));
        LocalDate oldest = LocalDate.of(2019, 1, 1);
        high = open("Amina High", oldest, "R. Mensah", RiskLevel.HIGH);
        closed = open("Amina Closed", oldest.plusDays(1), "R. Mensah", RiskLevel.STANDARD);
        casebook.cases().close(closed.id(), oldest.plusDays(30));
        due = open("Amina Due", oldest.plusDays(2), "R. Mensah", RiskLevel.STANDARD);
        casebook.tasks().add(due.id(), "Call back", LocalDate.of(2026, 3, 1));
        mine = open("Amina Mine", oldest.plusDays(3), "Şule Öztürk", RiskLevel.STANDARD);
        casebook.transactions().write(tx -> {
            for (int i = 0; i < CROWD; i++) {
                long client = casebook.clients().create(tx, ClientDetails.withAlias("Amina " + i)).id();
                casebook.cases().open(tx, client, CaseDetails.opened(LocalDate.of(2024, 1, 1).plusDays(i % 700),
                        "R. Mensah"));
            }
            return null;
        });
        // A task due later than the filter's day must not count.
        casebook.tasks().add(casebook.search("Amina 7", 1).get(0).caseId(), "Later", LocalDate.of(2026, 9, 1));
    }

    @AfterAll
    static void close() {
        TestCasebooks.vault(casebook).close();
    }

    private static CaseFile open(String alias, LocalDate opened, String advocate, RiskLevel risk) {
        long client = casebook.clients().create(ClientDetails.withAlias(alias)).id();
        CaseDetails plain = CaseDetails.opened(opened, advocate);
        return casebook.cases().open(client, new CaseDetails(plain.openedOn(), null, plain.status(), advocate,
                plain.abuseTypes(), risk, null, null, plain.nrpf(), plain.evidenceGaps()));
    }

    private static List<Long> ids(CaseMatches matches) {
        return matches.shown().stream().map(CaseSummary::caseId).toList();
    }

    @Test
    void theUnfilteredListIsCutAndSaysHowManyMatch() {
        CaseMatches all = casebook.search("amina", CaseFilter.NONE, LIMIT);
        assertThat(all.shown()).hasSize(LIMIT);
        assertThat(all.total()).isEqualTo(CROWD + 4);
        assertThat(all.cut()).isTrue();
        assertThat(ids(all)).as("the special cases are past the display limit").doesNotContain(high.id(),
                closed.id(), due.id(), mine.id());
    }

    @Test
    void riskFilterFindsACaseRankedPastTheLimit() {
        CaseMatches found = casebook.search("amina", new CaseFilter(null, RiskLevel.HIGH, null, null), LIMIT);
        assertThat(ids(found)).containsExactly(high.id());
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.cut()).isFalse();
    }

    @Test
    void statusFilterWorksWithAndWithoutWords() {
        CaseFilter closedOnly = new CaseFilter(CaseStatus.CLOSED, null, null, null);
        assertThat(ids(casebook.search("amina", closedOnly, LIMIT))).containsExactly(closed.id());
        assertThat(ids(casebook.search("", closedOnly, LIMIT))).containsExactly(closed.id());
        CaseMatches open = casebook.search("", new CaseFilter(CaseStatus.OPEN, null, null, null), LIMIT);
        assertThat(open.total()).isEqualTo(CROWD + 3);
        assertThat(open.shown()).hasSize(LIMIT).allMatch(row -> row.status() == CaseStatus.OPEN);
    }

    @Test
    void dueFilterKeepsCasesWithAnOpenTaskDueByTheDay() {
        CaseFilter dueBy = new CaseFilter(null, null, LocalDate.of(2026, 3, 14), null);
        assertThat(ids(casebook.search("amina", dueBy, LIMIT))).containsExactly(due.id());
        assertThat(ids(casebook.search("", dueBy, LIMIT))).containsExactly(due.id());
        assertThat(casebook.search("", new CaseFilter(null, null, LocalDate.of(2026, 2, 28), null), LIMIT).total())
                .isZero();
    }

    @Test
    void advocateFilterIgnoresCaseAndOuterSpacesBeyondAscii() {
        CaseMatches found = casebook.search("amina", new CaseFilter(null, null, null, "  şule ÖZTÜRK "), LIMIT);
        assertThat(ids(found)).containsExactly(mine.id());
        assertThat(casebook.search("", new CaseFilter(null, null, null, "nobody"), LIMIT).total()).isZero();
    }

    @Test
    void filtersCombineAndRankWhenFewCasesRemain() {
        CaseFilter none = new CaseFilter(CaseStatus.OPEN, RiskLevel.HIGH, LocalDate.of(2026, 3, 14), "R. Mensah");
        assertThat(casebook.search("amina", none, LIMIT).total()).isZero();
        CaseMatches ranked = casebook.search("amina high", CaseFilter.NONE, LIMIT);
        assertThat(ids(ranked)).containsExactly(high.id());
        assertThat(casebook.search("zzz", CaseFilter.NONE, LIMIT).total()).isZero();
        assertThat(casebook.search("***", CaseFilter.NONE, LIMIT).total()).isZero();
    }
}
