package org.cairn.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cairn.casebook.CaseStatus;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.RiskLevel;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasesViewModelTest {
    @TempDir
    static Path temp;
    private static final MutableClock CLOCK = new MutableClock(Fakes.START);
    private static Session session;
    private final RecordingNavigator navigator = new RecordingNavigator();

    @BeforeAll
    static void demo() {
        session = DemoSessions.create(temp.resolve("demo"), CLOCK, 60);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private CasesViewModel model(SyncTaskRunner tasks) {
        return new CasesViewModel(session, Fakes.messages(), navigator, tasks, CLOCK,
                new ErrorMessages(Fakes.messages()));
    }

    @Test
    void listsEveryCaseWhenNothingIsTyped() {
        CasesViewModel model = model(new SyncTaskRunner());
        model.refresh();
        assertThat(model.rows()).hasSize(60);
        assertThat(model.summaryProperty().get()).isEqualTo("60 cases");
    }

    @Test
    void typingSearchesAndOnlyTheLatestQueryIsShown() {
        SyncTaskRunner tasks = new SyncTaskRunner(true);
        CasesViewModel model = model(tasks);
        String reference = session.casebook().search("", 1).get(0).reference().toString();
        model.queryProperty().set("zzzz-nothing-matches");
        model.queryProperty().set(reference);
        model.queryProperty().set(reference.substring(0, 4));
        model.queryProperty().set(reference);
        // One search runs at a time; the keystrokes typed meanwhile fold into one waiting search, the newest.
        assertThat(tasks.runPending()).isEqualTo(1);
        assertThat(model.rows()).as("the first search's result is out of date and never shown").isEmpty();
        assertThat(model.searchingProperty().get()).isTrue();
        assertThat(tasks.runPending()).isEqualTo(1);
        assertThat(model.rows()).extracting(row -> row.reference().toString()).containsExactly(reference);
        assertThat(model.searchingProperty().get()).isFalse();
        assertThat(tasks.runPending()).as("the in-between queries never ran").isZero();
    }

    @Test
    void aCutListSaysHowManyCasesMatchInAll() {
        CasesViewModel model = new CasesViewModel(session, Fakes.messages(), navigator, new SyncTaskRunner(), CLOCK,
                new ErrorMessages(Fakes.messages()), 20);
        model.refresh();
        assertThat(model.rows()).hasSize(20);
        assertThat(model.summaryProperty().get())
                .isEqualTo("20 of 60 cases shown \u2014 refine the search or use the filters to see the rest.");
        model.riskProperty().set(RiskFilter.HIGH);
        long high = session.casebook().search("", 60).stream().filter(row -> row.risk() == RiskLevel.HIGH).count();
        assertThat(high).as("the demo has some high-risk cases, fewer than 20").isBetween(1L, 19L);
        assertThat(model.rows()).hasSize((int) high);
        assertThat(model.summaryProperty().get()).isEqualTo(high == 1 ? "1 case" : high + " cases");
    }

    @Test
    void newCaseForTheSelectedCasesClient() {
        CasesViewModel model = model(new SyncTaskRunner());
        model.refresh();
        CaseSummary chosen = model.rows().get(3);
        long client = session.casebook().cases().find(chosen.caseId()).orElseThrow().clientId();
        model.newCaseForClient(chosen);
        model.newCaseForClient(null);
        assertThat(navigator.visits).containsExactly("newCaseForClient " + client);
    }

    @Test
    void filtersByStatusRiskAndDueFollowUp() {
        CasesViewModel model = model(new SyncTaskRunner());
        model.statusProperty().set(StatusFilter.OPEN);
        assertThat(model.rows()).isNotEmpty().allMatch(row -> row.status() == CaseStatus.OPEN);
        model.statusProperty().set(StatusFilter.ALL);
        model.riskProperty().set(RiskFilter.HIGH);
        assertThat(model.rows()).allMatch(row -> row.risk() == RiskLevel.HIGH);
        model.riskProperty().set(RiskFilter.ANY);
        model.dueOnlyProperty().set(true);
        assertThat(model.rows()).allMatch(row -> row.nextFollowUp() != null
                && !row.nextFollowUp().isAfter(model.today()));
    }

    @Test
    void assignedToMeKeepsTheSignedInAdvocatesCases() {
        CasesViewModel model = model(new SyncTaskRunner());
        model.mineOnlyProperty().set(true);
        assertThat(model.rows()).as("the demo's advocates are fictional people, not the person signed in").isEmpty();
        CaseSummary chosen = session.casebook().search("", 60).get(5);
        var cases = session.casebook().cases();
        var details = cases.find(chosen.caseId()).orElseThrow().details();
        cases.update(chosen.caseId(), new org.cairn.casebook.CaseDetails(details.openedOn(), details.closedOn(),
                details.status(), " Administrator ", details.abuseTypes(), details.risk(), details.riskAssessedOn(),
                details.immigration(), details.nrpf(), details.evidenceGaps()));
        model.refresh();
        assertThat(model.rows()).extracting(CaseSummary::caseId).containsExactly(chosen.caseId());
        model.mineOnlyProperty().set(false);
        assertThat(model.rows()).hasSize(60);
    }

    @Test
    void openingACaseGoesToItsCaseFile() {
        CasesViewModel model = model(new SyncTaskRunner());
        model.refresh();
        CaseSummary first = model.rows().get(0);
        model.open(first);
        model.open(null);
        assertThat(navigator.visits).containsExactly("caseFile " + first.caseId());
    }

    @Test
    void anEmptyCasebookSaysSoOnceAndANoMatchSaysWhatToDo() {
        Session empty = DemoSessions.create(temp.resolve("empty"), CLOCK, 0);
        try {
            CasesViewModel model = new CasesViewModel(empty, Fakes.messages(), navigator, new SyncTaskRunner(), CLOCK,
                    new ErrorMessages(Fakes.messages()));
            model.refresh();
            assertThat(model.rows()).isEmpty();
            assertThat(model.summaryProperty().get()).as("the count line stays quiet").isEmpty();
            assertThat(model.emptyProperty().get()).isEqualTo(Fakes.messages().get("cases.empty"));
        } finally {
            empty.close();
        }
        CasesViewModel model = model(new SyncTaskRunner());
        model.queryProperty().set("zzzz\u200b-nothing-matches");
        assertThat(model.rows()).isEmpty();
        assertThat(model.summaryProperty().get()).isEmpty();
        assertThat(model.emptyProperty().get()).isEqualTo(Fakes.messages().get("cases.none"));
    }

    @Test
    void followUpsBeforeTodayAreOverdueAndTodaysIsNot() {
        CasesViewModel model = model(new SyncTaskRunner());
        model.refresh();
        java.time.LocalDate today = java.time.LocalDate.now(CLOCK);
        for (CaseSummary row : model.rows()) {
            boolean past = row.nextFollowUp() != null && row.nextFollowUp().isBefore(today);
            assertThat(model.overdue(row)).as("%s due %s", row.reference(), row.nextFollowUp()).isEqualTo(past);
        }
        assertThat(model.rows()).as("the demo has overdue follow-ups to mark").anyMatch(model::overdue);
        CaseSummary any = model.rows().get(0);
        assertThat(model.overdue(withFollowUp(any, today))).isFalse();
        assertThat(model.overdue(withFollowUp(any, today.minusDays(1)))).isTrue();
        assertThat(model.overdue(withFollowUp(any, null))).isFalse();
    }

    private static CaseSummary withFollowUp(CaseSummary row, java.time.LocalDate day) {
        return new CaseSummary(row.caseId(), row.reference(), row.alias(), row.status(), row.risk(), day,
                row.advocate());
    }
}
