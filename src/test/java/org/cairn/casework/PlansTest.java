package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.FormVersion;
import org.cairn.casebook.MaracChoice;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.RiskSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of safety plans, checklists and risk, as the use cases hold them whatever a screen sends. */
class PlansTest {
    /** Answers to the built-in risk checklist that reach its high threshold (score 14) and suggest MARAC. */
    private static final Map<String, String> HIGH = Map.of("strangled", "yes", "weapon", "yes", "afraid", "yes",
            "frequency", "Once", "afraid-killed", "yes", "threats-to-kill", "yes");

    @TempDir
    Path dir;
    CaseworkFixture book;
    Plans plans;
    long caseId;

    @BeforeEach
    void open() {
        book = new CaseworkFixture(dir);
        plans = book.casework.plans();
        caseId = book.caseFile.id();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private CaseForm start(String templateId) {
        return plans.start(caseId, templateId, 1);
    }

    @Test
    void aChecklistIsScoredFromItsAnswersAndAPlanIsNot() {
        CaseForm checklist = start("checklist-risk");
        CaseForm plan = start("plan-leaving");
        String item = plans.open(plan.id()).body().sections().get(0).items().get(0).id();

        assertThat(plans.save(checklist.id(), HIGH).score()).isEqualTo(14);
        assertThat(plans.save(plan.id(), Map.of(item, "ticked")).score()).isNull();
        assertThat(plans.read(caseId).forms()).extracting(CaseForm::id).contains(checklist.id(), plan.id());
    }

    @Test
    void onlyPlansAndChecklistsCanBeStarted() {
        CaseworkException refused = catchThrowableOfType(() -> start("letter-gp-registration"),
                CaseworkException.class);
        assertThat(refused.problem()).isEqualTo(Problem.NOT_FOUND);
        assertThat(plans.read(caseId).forms()).isEmpty();
        assertThat(plans.read(caseId).templates()).isNotEmpty().allMatch(t -> t.header().kind().structured());
    }

    @Test
    void acceptingTheProposalRaisesTheLevelAndRefersToMaracInOneTransactionAuditedAsThePerson() {
        CaseForm form = start("checklist-risk");
        long before = book.lastAuditId();

        int writes = book.writesDuring(() -> plans.answerProposal(form.id(), HIGH, true, null));

        assertThat(writes).isEqualTo(1);
        CasePlans now = plans.read(caseId);
        assertThat(now.risk()).isEqualTo(RiskLevel.HIGH);
        assertThat(now.history()).singleElement().satisfies(change -> {
            assertThat(change.source()).isEqualTo(RiskSource.CHECKLIST);
            assertThat(change.to()).isEqualTo(RiskLevel.HIGH);
        });
        assertThat(now.marac()).singleElement().satisfies(d -> assertThat(d.decision()).isEqualTo(MaracChoice.REFER));
        assertThat(book.auditAfter(before)).extracting(AuditEntry::action).containsExactly(AuditAction.FORM_SAVED,
                AuditAction.RISK_CHANGED, AuditAction.MARAC_DECIDED);
        assertThat(book.auditAfter(before)).extracting(AuditEntry::actor).containsOnly(CaseworkFixture.ACTOR);
    }

    @Test
    void aProposalIsWorkedOutAgainSoAnswersThatProposeNothingRecordNothing() {
        CaseForm form = start("checklist-risk");
        long before = book.lastAuditId();

        CaseworkException refused = catchThrowableOfType(
                () -> plans.answerProposal(form.id(), Map.of("weapon", "yes"), true, null), CaseworkException.class);

        assertThat(refused.problem()).isEqualTo(Problem.NOTHING_PROPOSED);
        assertThat(plans.open(form.id()).versions()).isEmpty();
        assertThat(plans.read(caseId).risk()).isEqualTo(RiskLevel.STANDARD);
        assertThat(book.auditAfter(before)).isEmpty();

        plans.answerProposal(form.id(), HIGH, true, null);
        CaseworkException again = catchThrowableOfType(() -> plans.answerProposal(form.id(), HIGH, true, null),
                CaseworkException.class);
        assertThat(again.problem()).as("decided already").isEqualTo(Problem.NOTHING_PROPOSED);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "...", "\u200b\u200b\u200b\u200b", "\u00a0\u00a0", "ok"})
    void aDeclineWithoutAReasonInWordsIsRefusedAndStoresNothing(String reason) {
        CaseForm form = start("checklist-risk");
        long before = book.lastAuditId();

        CaseworkException refused = catchThrowableOfType(() -> plans.answerProposal(form.id(), HIGH, false, reason),
                CaseworkException.class);

        assertThat(refused.problem()).isEqualTo(Problem.REASON_NEEDED);
        assertThat(plans.open(form.id()).versions()).isEmpty();
        assertThat(book.auditAfter(before)).isEmpty();
    }

    @Test
    void aDeclineKeepsTheLevelWithItsReasonAndRecordsTheMaracDecisionAsDeclined() {
        CaseForm form = start("checklist-risk");
        plans.answerProposal(form.id(), HIGH, false, "  She has moved out of the area  ");

        CasePlans now = plans.read(caseId);
        assertThat(now.risk()).isEqualTo(RiskLevel.STANDARD);
        assertThat(now.history()).singleElement().satisfies(change -> {
            assertThat(change.to()).isEqualTo(RiskLevel.STANDARD);
            assertThat(change.reason()).isEqualTo("She has moved out of the area");
        });
        assertThat(now.marac()).singleElement()
                .satisfies(d -> assertThat(d.decision()).isEqualTo(MaracChoice.DECLINED));
    }

    @Test
    void completingSavesChangedAnswersAndTheDateTogetherAndUnchangedAnswersOnlyOnce() {
        CaseForm form = start("plan-documents");
        String item = plans.open(form.id()).body().sections().get(0).items().get(0).id();

        int writes = book.writesDuring(() -> plans.complete(form.id(), Map.of(item, "ticked")));

        assertThat(writes).isEqualTo(1);
        OpenedForm done = plans.open(form.id());
        assertThat(done.form().completedOn()).isEqualTo(CaseworkFixture.TODAY);
        assertThat(done.versions()).singleElement().extracting(FormVersion::answers)
                .isEqualTo(Map.of(item, "ticked"));

        plans.reopen(form.id());
        plans.complete(form.id(), Map.of(item, "ticked"));
        assertThat(plans.open(form.id()).versions()).as("unchanged answers are not saved again").hasSize(1);
        assertThat(book.casebook.audit().forSubject(book.caseFile.reference() + " form:" + form.id()))
                .extracting(AuditEntry::action).containsExactly(AuditAction.FORM_STARTED, AuditAction.FORM_SAVED,
                        AuditAction.FORM_COMPLETED, AuditAction.FORM_REOPENED, AuditAction.FORM_COMPLETED);
    }

    @Test
    void aReviewDateInThePastIsRefusedAndTodayIsAccepted() {
        CaseForm form = start("plan-leaving");
        CaseworkException refused = catchThrowableOfType(
                () -> plans.setReview(form.id(), CaseworkFixture.TODAY.minusDays(1)),
                CaseworkException.class);
        assertThat(refused.problem()).isEqualTo(Problem.REVIEW_DATE_PAST);
        assertThat(book.casebook.tasks().forCase(caseId)).isEmpty();

        plans.setReview(form.id(), CaseworkFixture.TODAY);
        assertThat(book.casebook.tasks().forCase(caseId)).singleElement().satisfies(t -> {
            assertThat(t.dueOn()).isEqualTo(CaseworkFixture.TODAY);
            assertThat(t.titleCode()).isEqualTo(org.cairn.casebook.TaskTitle.FORM_REVIEW);
            assertThat(t.titleArgs()).containsExactly(form.template().title());
        });
    }

    @Test
    void judgementOnlyRaisesAndNeedsAReason() {
        for (RiskLevel notHigher : new RiskLevel[] {null, RiskLevel.STANDARD}) {
            CaseworkException refused = catchThrowableOfType(
                    () -> plans.raiseByJudgement(caseId, notHigher, null, "Released from custody"),
                    CaseworkException.class);
            assertThat(refused.problem()).isEqualTo(Problem.RISK_NOT_HIGHER);
            assertThat(refused.arguments()).containsExactly(RiskLevel.STANDARD.name());
        }
        CaseworkException noReason = catchThrowableOfType(
                () -> plans.raiseByJudgement(caseId, RiskLevel.HIGH, null, " "), CaseworkException.class);
        assertThat(noReason.problem()).isEqualTo(Problem.REASON_NEEDED);
        assertThat(plans.read(caseId).history()).isEmpty();

        plans.raiseByJudgement(caseId, RiskLevel.HIGH, null, "Released from custody this week");
        assertThat(plans.read(caseId).history()).singleElement().satisfies(change -> {
            assertThat(change.source()).isEqualTo(RiskSource.JUDGEMENT);
            assertThat(change.to()).isEqualTo(RiskLevel.HIGH);
        });
    }
}
