package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFormRepositoryTest {
    static final FormTemplate CHECKLIST = new FormTemplate("checklist-risk", 1, "risk-checklist", "Risk checklist",
            "cairn-template: 1\n(the whole text as it was when the form started)\n");
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(TestCasebooks.START);
    Casebook casebook;
    CaseFile caseFile;

    @BeforeEach
    void create() {
        casebook = TestCasebooks.create(dir, clock);
        long client = casebook.clients().create(ClientDetails.withAlias("Rahwa")).id();
        caseFile = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), "L. Fernandes"));
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    @Test
    void aFormKeepsItsTemplateTextAndEverySavedVersion() {
        CaseForm form = casebook.forms().start(caseFile.id(), CHECKLIST);
        assertThat(casebook.forms().latest(form.id())).isEmpty();
        Map<String, String> first = new HashMap<>(Map.of("afraid", "yes", "note", "  "));
        casebook.forms().save(form.id(), first, 1);
        clock.advance(Duration.ofDays(7));
        casebook.forms().save(form.id(), Map.of("afraid", "yes", "strangled", "yes"), 4);

        assertThat(casebook.forms().forCase(caseFile.id())).containsExactly(form);
        assertThat(casebook.forms().find(form.id()).orElseThrow().template()).isEqualTo(CHECKLIST);
        var versions = casebook.forms().versions(form.id());
        assertThat(versions).extracting(FormVersion::version).containsExactly(1, 2);
        assertThat(versions.get(0).answers()).containsExactly(Map.entry("afraid", "yes"));
        assertThat(versions.get(0).score()).isEqualTo(1);
        assertThat(versions.get(1).answers()).containsOnly(Map.entry("afraid", "yes"), Map.entry("strangled", "yes"));
        assertThat(versions.get(1).savedAt()).isEqualTo(TestCasebooks.START.plus(Duration.ofDays(7)));
        assertThat(casebook.audit().forSubject(caseFile.reference() + " form:" + form.id()))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.FORM_STARTED, AuditAction.FORM_SAVED, AuditAction.FORM_SAVED);
    }

    @Test
    void aReviewDateBecomesAFollowUpTask() {
        CaseForm form = casebook.forms().start(caseFile.id(), CHECKLIST);
        Task task = casebook.forms().setReview(form.id(), LocalDate.of(2026, 4, 1), "Review the safety plan");
        assertThat(casebook.tasks().forCase(caseFile.id())).containsExactly(task);
        assertThat(task.dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        CaseForm stored = casebook.forms().find(form.id()).orElseThrow();
        assertThat(stored.reviewOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(stored.reviewTaskId()).isEqualTo(task.id());
        assertThatThrownBy(() -> casebook.forms().setReview(form.id(), null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markingCompletedWritesTheIsoDateTheCountsReadAndIsAudited() {
        CaseForm form = casebook.forms().start(caseFile.id(), CHECKLIST);
        assertThat(form.completed()).isFalse();
        CaseForm done = casebook.forms().markCompleted(form.id(), LocalDate.of(2026, 3, 31));
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(casebook.forms().find(form.id()).orElseThrow().completed()).isTrue();
        assertThat(completedOnColumn(form.id())).isEqualTo("2026-03-31");
        // A later version keeps the completion date: it still counts in the quarter it was completed.
        casebook.forms().save(form.id(), Map.of("afraid", "yes"), 1);
        assertThat(completedOnColumn(form.id())).isEqualTo("2026-03-31");

        CaseForm reopened = casebook.forms().reopen(form.id());
        assertThat(reopened.completedOn()).isNull();
        assertThat(completedOnColumn(form.id())).isNull();
        assertThat(casebook.audit().forSubject(caseFile.reference() + " form:" + form.id()))
                .extracting(AuditEntry::action).containsExactly(AuditAction.FORM_STARTED,
                        AuditAction.FORM_COMPLETED, AuditAction.FORM_SAVED, AuditAction.FORM_REOPENED);
        assertThatThrownBy(() -> casebook.forms().markCompleted(form.id(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> casebook.forms().markCompleted(9999, LocalDate.of(2026, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String completedOnColumn(long formId) {
        return casebook.transactions().read(reader -> reader.query(
                "SELECT completed_on FROM case_form WHERE id = ?", row -> row.getString(1), formId)).get(0);
    }
}
