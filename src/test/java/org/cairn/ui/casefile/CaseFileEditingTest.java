package org.cairn.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cairn.casebook.AbuseType;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.ImmigrationCategory;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing client and case details in the case file, and what happens to unsaved edits. */
class CaseFileEditingTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private Session session;
    private CaseSummary summary;
    private CaseFileViewModel model;

    @BeforeEach
    void open() {
        session = DemoSessions.create(temp.resolve("book"), clock, 5);
        summary = session.casebook().search("", 5).get(1);
        model = new CaseFileViewModel(session, summary.caseId(), Fakes.messages(), new RecordingNavigator(),
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), new Fakes.Clipboard(), dialogs, clock);
        model.load(true);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void savedClientDetailsAreStoredAuditedAndShownInTheBanner() {
        ClientDetailsForm form = model.clientForm();
        assertThat(form.changedProperty().get()).isFalse();
        form.codeWordProperty().set("bluebell");
        form.phoneProperty().set(YesNoUnknown.NO);
        form.languagesProperty().set("Tigrinya, English , ");
        form.childrenCountProperty().set("2");
        form.childrenAgesProperty().set("4, 9");
        assertThat(form.changedProperty().get()).isTrue();
        model.saveClient();
        assertThat(form.changedProperty().get()).isFalse();
        var stored = session.casebook().clients().find(clientId()).orElseThrow().details();
        assertThat(stored.contactSafety().codeWord()).isEqualTo("bluebell");
        assertThat(stored.contactSafety().phone()).isEqualTo(YesNoUnknown.NO);
        assertThat(stored.languages()).containsExactly("Tigrinya", "English");
        assertThat(stored.children().ages()).containsExactly(4, 9);
        assertThat(model.bannerProperty().get()).contains("Code word: bluebell").contains("Phone: no");
        assertThat(session.casebook().audit().forSubject("client:" + clientId())).extracting(AuditEntry::action)
                .contains(AuditAction.CLIENT_UPDATED);
    }

    @Test
    void invalidClientDetailsAreNotSavedAndTheDraftStays() {
        ClientDetailsForm form = model.clientForm();
        String alias = form.aliasProperty().get();
        form.aliasProperty().set("  ");
        form.childrenCountProperty().set("1");
        form.childrenAgesProperty().set("3, 5");
        assertThat(form.aliasProblem()).isNotEmpty();
        assertThat(form.childrenAgesProblem()).contains("more ages than children");
        model.saveClient();
        assertThat(model.clientProblemProperty().get()).contains("alias cannot be empty");
        assertThat(form.changedProperty().get()).isTrue();
        assertThat(form.childrenAgesProperty().get()).isEqualTo("3, 5");
        assertThat(session.casebook().clients().find(clientId()).orElseThrow().details().alias()).isEqualTo(alias);
        form.childrenAgesProperty().set("3, x");
        assertThat(form.childrenAgesProblem()).contains("whole numbers");
        form.dateOfBirthProperty().set(LocalDate.of(2030, 1, 1));
        assertThat(form.dateOfBirthProblem()).contains("future");
        model.cancelClient();
        assertThat(form.aliasProperty().get()).isEqualTo(alias);
        assertThat(form.changedProperty().get()).isFalse();
        assertThat(model.clientProblemProperty().get()).isEmpty();
    }

    @Test
    void savedCaseDetailsKeepStatusAndAreAudited() {
        var before = session.casebook().cases().find(summary.caseId()).orElseThrow().details();
        RiskLevel target = before.risk() == RiskLevel.HIGH ? RiskLevel.MEDIUM : RiskLevel.HIGH;
        CaseDetailsForm form = model.caseForm();
        form.abuseProperty(AbuseType.ECONOMIC).set(true);
        form.riskProperty().set(target);
        form.riskAssessedOnProperty().set(LocalDate.of(2026, 3, 1));
        form.immigrationProperty().set(ImmigrationCategory.SPOUSE_OR_PARTNER_VISA);
        form.nrpfProperty().set(YesNoUnknown.YES);
        form.gapProperty(CaseDetailsForm.Gap.GP_REFUSED).set(YesNoUnknown.YES);
        model.saveCase();
        var after = session.casebook().cases().find(summary.caseId()).orElseThrow().details();
        assertThat(after.abuseTypes()).contains(AbuseType.ECONOMIC);
        assertThat(after.risk()).isEqualTo(target);
        assertThat(after.riskAssessedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(session.casebook().risk().history(summary.caseId())).last().satisfies(change -> {
            assertThat(change.source()).isEqualTo(org.cairn.casebook.RiskSource.EDIT);
            assertThat(change.from()).isEqualTo(before.risk());
            assertThat(change.to()).isEqualTo(target);
        });
        assertThat(after.immigration()).isEqualTo(ImmigrationCategory.SPOUSE_OR_PARTNER_VISA);
        assertThat(after.nrpf()).isEqualTo(YesNoUnknown.YES);
        assertThat(after.evidenceGaps().gpRegistrationRefused()).isEqualTo(YesNoUnknown.YES);
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.closedOn()).isEqualTo(before.closedOn());
        assertThat(model.audit()).extracting(AuditEntry::action).contains(AuditAction.CASE_UPDATED);
    }

    @Test
    void caseDetailsWithAFutureOpeningDateAreRefused() {
        model.caseForm().openedOnProperty().set(LocalDate.of(2027, 1, 1));
        model.caseForm().advocateProperty().set("");
        model.saveCase();
        assertThat(model.caseProblemProperty().get()).contains("advocate cannot be empty");
        assertThat(model.caseForm().openedOnProblem()).contains("future");
        assertThat(model.audit()).extracting(AuditEntry::action).doesNotContain(AuditAction.CASE_UPDATED);
    }

    @Test
    void leavingWithUnsavedEditsAsksAndKeepsThemWhenTheAdvocateStays() {
        assertThat(model.mayLeave()).isTrue();
        assertThat(dialogs.shown).isEmpty();
        model.clientForm().safeTimesProperty().set("after 3pm");
        dialogs.confirmAnswer = false;
        assertThat(model.mayLeave()).isFalse();
        assertThat(dialogs.shown).hasSize(1);
        assertThat(model.clientForm().safeTimesProperty().get()).isEqualTo("after 3pm");
        dialogs.confirmAnswer = true;
        assertThat(model.mayLeave()).isTrue();
        assertThat(model.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aNoteBeingWrittenCountsAsAnUnsavedEdit() {
        model.noteList().newNoteProperty().set("Half a sentence");
        assertThat(model.hasUnsavedChanges()).isTrue();
        model.noteList().cancelEdit();
        assertThat(model.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aReloadKeepsADraftInsteadOfOverwritingIt() {
        model.caseForm().advocateProperty().set("Someone else");
        model.load(false);
        assertThat(model.caseForm().advocateProperty().get()).isEqualTo("Someone else");
        assertThat(model.caseForm().changedProperty().get()).isTrue();
    }

    @Test
    void tasksAreAddedDoneAndReopenedWithOverdueOnesMarked() {
        TasksModel tasks = model.taskList();
        int before = tasks.tasks().size();
        tasks.titleProperty().set(" ");
        tasks.add();
        assertThat(tasks.errorProperty().get()).contains("Type what needs doing");
        tasks.titleProperty().set("Call the solicitor");
        tasks.dueProperty().set(LocalDate.of(2026, 3, 5));
        tasks.add();
        assertThat(tasks.tasks()).hasSize(before + 1);
        var added = tasks.tasks().stream().filter(t -> t.title().equals("Call the solicitor")).findFirst().orElseThrow();
        assertThat(tasks.isOverdue(added)).isFalse();
        clock.advance(java.time.Duration.ofDays(4));
        assertThat(tasks.isOverdue(added)).isTrue();
        assertThat(session.casebook().search(summary.reference().toString(), 1).get(0).nextFollowUp())
                .isBeforeOrEqualTo(LocalDate.of(2026, 3, 5));
        tasks.toggle(added);
        var done = tasks.tasks().stream().filter(t -> t.id() == added.id()).findFirst().orElseThrow();
        assertThat(done.done()).isTrue();
        assertThat(tasks.isOverdue(done)).isFalse();
        tasks.toggle(done);
        assertThat(tasks.tasks().stream().filter(t -> t.id() == added.id()).findFirst().orElseThrow().done()).isFalse();
        assertThat(model.audit()).extracting(AuditEntry::action)
                .contains(AuditAction.TASK_ADDED, AuditAction.TASK_DONE, AuditAction.TASK_REOPENED);
    }

    @Test
    void aTaskWithoutADateIsDueToday() {
        model.taskList().titleProperty().set("Check the housing form");
        model.taskList().add();
        assertThat(model.taskList().tasks()).filteredOn(t -> t.title().equals("Check the housing form"))
                .extracting(org.cairn.casebook.Task::dueOn).containsExactly(LocalDate.of(2026, 3, 2));
    }

    @Test
    void consentIsGivenAndWithdrawnAndExpiryIsChecked() {
        ConsentModel consent = model.consent();
        int before = consent.entries().size();
        consent.purposeProperty().set(org.cairn.casebook.ConsentPurpose.REFER_TO_ORGANISATION);
        consent.give();
        assertThat(consent.errorProperty().get()).contains("organisation");
        consent.organisationProperty().set("Safe Housing Trust");
        consent.expiresOnProperty().set(LocalDate.of(2026, 3, 1));
        consent.give();
        assertThat(consent.errorProperty().get()).contains("after the date");
        consent.expiresOnProperty().set(LocalDate.of(2026, 9, 1));
        consent.give();
        assertThat(consent.errorProperty().get()).isEmpty();
        assertThat(consent.entries()).hasSize(before + 1);
        long clientId = clientId();
        var consents = session.casebook().consents();
        var purpose = org.cairn.casebook.ConsentPurpose.REFER_TO_ORGANISATION;
        assertThat(consents.isInForce(clientId, purpose, "safe housing trust", LocalDate.of(2026, 3, 2))).isTrue();
        consent.organisationProperty().set("Safe Housing Trust");
        consent.withdraw();
        assertThat(consent.entries()).hasSize(before + 2);
        assertThat(consents.isInForce(clientId, purpose, "Safe Housing Trust", LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(consent.entries().get(consent.entries().size() - 1).record().expiresOn()).isNull();
        assertThat(consent.hasDraft()).isFalse();
    }

    @Test
    void abusersAreRecordedAndRemoved() {
        AbusersModel abusers = model.abusers();
        abusers.relationshipProperty().set("brother-in-law");
        abusers.add();
        assertThat(abusers.errorProperty().get()).isNotEmpty();
        assertThat(model.hasUnsavedChanges()).isTrue();
        abusers.nameProperty().set("R.");
        abusers.relationshipProperty().set("former partner");
        abusers.add();
        assertThat(model.hasUnsavedChanges()).isFalse();
        assertThat(abusers.abusers()).extracting(org.cairn.casebook.Abuser::name).contains("R.");
        var added = abusers.abusers().stream().filter(a -> a.name().equals("R.")).findFirst().orElseThrow();
        assertThat(added.relationship()).isEqualTo("former partner");
        assertThat(added.address()).isNull();
        abusers.remove(added);
        assertThat(abusers.abusers()).extracting(org.cairn.casebook.Abuser::name).doesNotContain("R.");
    }

    @Test
    void aCaseIsClosedAfterAskingAndReopenedWithAnAuditEntry() {
        if (model.closedProperty().get()) {
            model.reopenCase();
        }
        dialogs.confirmAnswer = false;
        model.closeCase();
        assertThat(model.closedProperty().get()).isFalse();
        dialogs.confirmAnswer = true;
        model.closeCase();
        assertThat(model.closedProperty().get()).isTrue();
        assertThat(model.detailsProperty().get()).contains("closed 2 Mar 2026");
        model.reopenCase();
        assertThat(model.closedProperty().get()).isFalse();
        var stored = session.casebook().cases().find(summary.caseId()).orElseThrow().details();
        assertThat(stored.closedOn()).isNull();
        assertThat(model.audit()).extracting(AuditEntry::action)
                .contains(AuditAction.CASE_CLOSED, AuditAction.CASE_REOPENED);
    }

    private long clientId() {
        return session.casebook().cases().find(summary.caseId()).orElseThrow().clientId();
    }
}
