package org.cairn.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.MaracChoice;
import org.cairn.casebook.MaracDecision;
import org.cairn.casebook.RiskChange;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.RiskSource;
import org.cairn.casebook.TaskTitle;
import org.cairn.casework.RiskProposal;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.ui.common.TaskTitleWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlansViewModelTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Fakes.START);
    Session session;
    Casebook casebook;
    CaseFile caseFile;
    PlansViewModel model;

    @BeforeEach
    void open() {
        session = DemoSessions.create(dir.resolve("book"), clock, 0);
        casebook = session.casebook();
        long client = casebook.clients().create(ClientDetails.withAlias("Amina")).id();
        caseFile = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), "L. Fernandes"));
        model = new PlansViewModel(session, caseFile.id(), Fakes.messages(), new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), clock);
        model.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void onlyPlansAndChecklistsCanBeStartedAndTheCaseKeepsTheTemplateText() {
        assertThat(model.templates()).isNotEmpty().allMatch(t -> t.header().kind().structured());
        var plan = choose("plan-leaving");
        model.start();
        assertThat(model.forms()).singleElement().satisfies(form -> {
            assertThat(form.template().text()).isEqualTo(plan.sourceText());
            assertThat(form.template().version()).isEqualTo(1);
        });
        assertThat(model.openTemplate().header().id()).isEqualTo("plan-leaving");
        assertThat(model.checklistProperty().get()).isFalse();
        assertThat(model.proposalProperty().get()).isNull();
    }

    @Test
    void answersAreSavedAsVersionsAndAReviewDateAddsATask() {
        choose("plan-leaving");
        model.start();
        String first = model.openTemplate().body() instanceof org.cairn.templates.StructuredBody body
                ? body.sections().get(0).items().get(0).id() : null;
        model.answer(first).set("ticked");
        model.save();
        model.answer(first).set("");
        model.save();
        assertThat(model.versions()).hasSize(2);
        assertThat(model.versions().get(0).answers()).containsEntry(first, "ticked");
        assertThat(model.versions().get(1).answers()).isEmpty();
        assertThat(model.answers()).isEmpty();

        model.reviewDateProperty().set(LocalDate.of(2026, 2, 1));
        model.setReview();
        assertThat(model.errorProperty().get()).contains("from today onwards");
        model.reviewDateProperty().set(LocalDate.of(2026, 3, 20));
        model.setReview();
        assertThat(casebook.tasks().forCase(caseFile.id())).singleElement().satisfies(task -> {
            assertThat(task.dueOn()).isEqualTo(LocalDate.of(2026, 3, 20));
            assertThat(task.titleCode()).as("stored as a code, not as words").isEqualTo(TaskTitle.FORM_REVIEW);
            assertThat(task.title()).isEmpty();
            assertThat(TaskTitleWords.of(Fakes.messages(), task)).isEqualTo("Review: Safety plan: planning to leave");
        });
    }

    @Test
    void theScoreFollowsTheAnswersAndCrossingTheThresholdProposesHighRiskAndMarac() {
        choose("checklist-risk");
        model.start();
        assertThat(model.checklistProperty().get()).isTrue();
        assertThat(model.scoreTextProperty().get()).startsWith("Score 0 of ").endsWith("suggests standard risk");
        assertThat(model.proposalProperty().get()).isNull();

        model.answer("strangled").set("yes");
        model.answer("weapon").set("yes");
        model.answer("afraid").set("yes");
        model.answer("frequency").set("Once");
        assertThat(model.scoreTextProperty().get()).startsWith("Score 8 of");
        assertThat(model.proposalProperty().get().raiseTo()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(model.proposalProperty().get().marac()).isFalse();

        model.answer("afraid-killed").set("yes");
        model.answer("threats-to-kill").set("yes");
        RiskProposal high = model.proposalProperty().get();
        assertThat(high.raiseTo()).isEqualTo(RiskLevel.HIGH);
        assertThat(high.marac()).isTrue();
        assertThat(model.proposalTextProperty().get()).contains("from standard to high and a MARAC referral");

        model.accept();
        assertThat(casebook.cases().find(caseFile.id()).orElseThrow().details().risk()).isEqualTo(RiskLevel.HIGH);
        long formId = model.forms().get(0).id();
        assertThat(casebook.risk().history(caseFile.id())).singleElement().satisfies(change -> {
            assertThat(change.source()).isEqualTo(RiskSource.CHECKLIST);
            assertThat(change.formId()).isEqualTo(formId);
        });
        assertThat(casebook.risk().maracDecisions(caseFile.id())).singleElement()
                .satisfies(d -> assertThat(d.decision()).isEqualTo(MaracChoice.REFER))
                .extracting(MaracDecision::formVersion).isEqualTo(1);
        assertThat(model.versions()).singleElement().satisfies(v -> assertThat(v.score()).isEqualTo(14));
        assertThat(model.proposalProperty().get()).isNull();
        assertThat(casebook.audit().forSubject(caseFile.reference().toString())).extracting(AuditEntry::action)
                .contains(AuditAction.FORM_STARTED, AuditAction.FORM_SAVED, AuditAction.RISK_CHANGED,
                        AuditAction.MARAC_DECIDED);
    }

    @Test
    void aDeclineNeedsAReasonAndIsNotProposedAgainUntilTheScoreReachesAHigherLevel() {
        choose("checklist-risk");
        model.start();
        model.answer("strangled").set("yes");
        model.answer("weapon").set("yes");
        model.answer("afraid-killed").set("yes");
        assertThat(model.proposalProperty().get().raiseTo()).isEqualTo(RiskLevel.MEDIUM);
        model.decline();
        assertThat(model.errorProperty().get()).contains("Write the reason first");
        assertThat(casebook.risk().history(caseFile.id())).isEmpty();

        model.reasonProperty().set("She has moved to a refuge out of the area since these happened");
        clock.advance(Duration.ofMinutes(1));
        model.decline();
        assertThat(model.proposalProperty().get()).isNull();
        assertThat(casebook.risk().history(caseFile.id())).singleElement().satisfies(change -> {
            assertThat(change.from()).isEqualTo(RiskLevel.STANDARD);
            assertThat(change.to()).isEqualTo(RiskLevel.STANDARD);
            assertThat(change.reason()).startsWith("She has moved");
        });
        assertThat(model.reasonProperty().get()).isEmpty();

        model.answer("threats-to-kill").set("yes");
        model.answer("frequency").set("A few times");
        assertThat(model.proposalProperty().get().raiseTo()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void professionalJudgementRaisesTheLevelOnlyUpwardsAndWithAReason() {
        model.judgementLevelProperty().set(RiskLevel.STANDARD);
        model.reasonProperty().set("x");
        model.raiseByJudgement();
        assertThat(model.errorProperty().get()).contains("above the current one (standard)");
        model.judgementLevelProperty().set(RiskLevel.HIGH);
        model.reasonProperty().set(" ");
        model.raiseByJudgement();
        assertThat(model.errorProperty().get()).contains("Write the reason first");
        model.reasonProperty().set("Ex-partner released from custody this week");
        model.raiseByJudgement();
        assertThat(model.caseRiskProperty().get()).isEqualTo(RiskLevel.HIGH);
        assertThat(model.riskHistory()).singleElement().extracting(RiskChange::source)
                .isEqualTo(RiskSource.JUDGEMENT);
    }

    @Test
    void markingCompletedSavesUnsavedAnswersKeepsTheDateAndCanBeUndone() {
        choose("plan-documents");
        model.start();
        String first = ((org.cairn.templates.StructuredBody) model.openTemplate().body()).sections().get(0).items()
                .get(0).id();
        model.answer(first).set("ticked");
        assertThat(model.completedProperty().get()).isFalse();

        model.markCompleted();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.completedProperty().get()).isTrue();
        assertThat(model.completedTextProperty().get()).isEqualTo("Completed on " + Fakes.messages().dates().day(LocalDate.now(clock)));
        assertThat(model.versions()).as("the unsaved answer was saved first").singleElement()
                .satisfies(v -> assertThat(v.answers()).containsEntry(first, "ticked"));
        assertThat(model.forms()).singleElement().satisfies(form -> {
            assertThat(form.completedOn()).isEqualTo(LocalDate.now(clock));
            assertThat(form.template().kind()).isEqualTo("safety-plan");
        });
        long formId = model.forms().get(0).id();
        assertThat(casebook.audit().forSubject(caseFile.reference() + " form:" + formId))
                .extracting(AuditEntry::action).containsExactly(AuditAction.FORM_STARTED, AuditAction.FORM_SAVED,
                        AuditAction.FORM_COMPLETED);

        model.markCompleted();
        assertThat(model.versions()).as("unchanged answers are not saved again").hasSize(1);

        model.reopen();
        assertThat(model.completedProperty().get()).isFalse();
        assertThat(model.completedTextProperty().get()).isEmpty();
        assertThat(casebook.forms().find(formId).orElseThrow().completedOn()).isNull();
    }

    @Test
    void theTabReadsNothingUntilShownAndReadsAgainOnEveryShowing() {
        PlansViewModel lazy = new PlansViewModel(session, caseFile.id(), Fakes.messages(), new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), clock);
        assertThat(lazy.loads()).isZero();
        assertThat(lazy.templates()).isEmpty();
        lazy.shown();
        assertThat(lazy.loads()).isEqualTo(1);
        assertThat(lazy.caseRiskProperty().get()).isEqualTo(RiskLevel.STANDARD);

        // A change made elsewhere in the case file (the Case tab, say) shows the next time the tab is shown.
        casebook.risk().change(caseFile.id(), RiskLevel.HIGH, RiskSource.EDIT, null, null);
        lazy.shown();
        assertThat(lazy.caseRiskProperty().get()).isEqualTo(RiskLevel.HIGH);
        assertThat(lazy.riskHistory()).hasSize(1);
    }

    private org.cairn.templates.LibraryTemplate choose(String id) {
        var template = model.templates().stream().filter(t -> t.header().id().equals(id)).findFirst().orElseThrow();
        model.chosenTemplateProperty().set(template);
        return template;
    }
}
