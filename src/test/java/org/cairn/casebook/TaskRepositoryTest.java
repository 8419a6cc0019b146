package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskRepositoryTest {
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
    void tasksRoundTripAndCompleteWithTheClocksTime() {
        Task later = casebook.tasks().add(caseFile.id(), "Book interpreter", LocalDate.of(2026, 4, 2));
        Task sooner = casebook.tasks().add(caseFile.id(), "Chase GP registration", LocalDate.of(2026, 3, 20));
        assertThat(casebook.tasks().forCase(caseFile.id())).containsExactly(sooner, later);
        assertThat(sooner.done()).isFalse();

        clock.advance(Duration.ofHours(3));
        casebook.tasks().complete(sooner.id());
        Task done = casebook.tasks().forCase(caseFile.id()).get(0);
        assertThat(done.doneAt()).isEqualTo(TestCasebooks.START.plus(Duration.ofHours(3)));
        assertThat(done.createdBy()).isEqualTo(TestCasebooks.ACTOR);

        casebook.tasks().reopen(sooner.id());
        assertThat(casebook.tasks().forCase(caseFile.id()).get(0).done()).isFalse();
        assertThat(casebook.audit().forSubject(caseFile.reference().toString())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CASE_OPENED, AuditAction.TASK_ADDED, AuditAction.TASK_ADDED,
                        AuditAction.TASK_DONE, AuditAction.TASK_REOPENED);
    }

    @Test
    void openDueByListsOnlyUnfinishedTasksDueInTime() {
        Task due = casebook.tasks().add(caseFile.id(), "Review risk assessment", LocalDate.of(2026, 3, 10));
        Task finished = casebook.tasks().add(caseFile.id(), "Call back at safe time", LocalDate.of(2026, 3, 9));
        casebook.tasks().add(caseFile.id(), "Renew consent to share", LocalDate.of(2026, 5, 1));
        casebook.tasks().complete(finished.id());
        assertThat(casebook.tasks().openDueBy(LocalDate.of(2026, 3, 14))).containsExactly(due);
    }

    @Test
    void searchShowsTheEarliestOpenFollowUp() {
        Task first = casebook.tasks().add(caseFile.id(), "a", LocalDate.of(2026, 3, 16));
        casebook.tasks().add(caseFile.id(), "b", LocalDate.of(2026, 3, 25));
        assertThat(casebook.search("", 5).get(0).nextFollowUp()).isEqualTo(LocalDate.of(2026, 3, 16));
        casebook.tasks().complete(first.id());
        assertThat(casebook.search("", 5).get(0).nextFollowUp()).isEqualTo(LocalDate.of(2026, 3, 25));
    }
}
