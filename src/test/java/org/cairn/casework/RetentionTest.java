package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.Children;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.RetentionChoice;
import org.cairn.casebook.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    private static long closedCase(Acting acting, LocalDate closedOn, boolean children) {
        ClientDetails client = children ? new ClientDetails("Amina", null, null, List.of(), false,
                ContactSafety.unknown(), new Children(2, List.of(4, 9))) : ClientDetails.withAlias("Amina");
        long clientId = acting.casebook().clients().create(client).id();
        long caseId = acting.casebook().cases().open(clientId, CaseDetails.opened(closedOn.minusMonths(5), "R. O."))
                .id();
        acting.casebook().cases().close(caseId, closedOn);
        return caseId;
    }

    private static List<Long> queued(Casework casework) {
        return casework.retention().queue().stream().map(DueCase::caseId).toList();
    }

    @Test
    void aCaseIsDueOnTheDayItsSixYearsEndAndNotTheDayBefore() {
        try (Acting admin = Acting.as(dir.resolve("book"), "Ada Admin", Role.ADMINISTRATOR)) {
            long endsToday = closedCase(admin, TODAY.minusYears(6), false);
            long endsTomorrow = closedCase(admin, TODAY.minusYears(6).plusDays(1), false);
            long open = admin.casebook().cases().open(admin.casebook().clients()
                    .create(ClientDetails.withAlias("Open")).id(), CaseDetails.opened(LocalDate.of(2001, 1, 1), "R"))
                    .id();
            assertThat(queued(admin.casework())).containsExactly(endsToday).doesNotContain(endsTomorrow, open);
            assertThat(admin.casework().retention().queue().get(0).periodEndedOn()).isEqualTo(TODAY);
        }
    }

    @Test
    void aCategoryPeriodKeepsItsCasesLongerAndTheLongestPeriodWins() {
        try (Acting admin = Acting.as(dir.resolve("book"), "Ada Admin", Role.ADMINISTRATOR)) {
            long withChildren = closedCase(admin, TODAY.minusYears(10), true);
            long without = closedCase(admin, TODAY.minusYears(10), false);
            assertThat(queued(admin.casework())).containsExactlyInAnyOrder(withChildren, without);
            admin.casework().retention().setCategoryYears(RetentionCategory.CHILDREN, 25);
            admin.casework().retention().setCategoryYears(RetentionCategory.MARAC, 3);
            assertThat(queued(admin.casework())).containsExactly(without);
            admin.casework().retention().setDefaultYears(12);
            assertThat(queued(admin.casework())).isEmpty();
            admin.casework().retention().setCategoryYears(RetentionCategory.CHILDREN, null);
            admin.casework().retention().setDefaultYears(6);
            assertThat(queued(admin.casework())).containsExactlyInAnyOrder(withChildren, without);
            assertThat(admin.casework().retention().schedule().categoryYears())
                    .containsOnlyKeys(RetentionCategory.MARAC);
        }
    }

    @Test
    void aPeriodOutsideOneToAHundredYearsIsRefusedAndNothingIsStored() {
        try (Acting admin = Acting.as(dir.resolve("book"), "Ada Admin", Role.ADMINISTRATOR)) {
            for (int years : new int[] {0, -6, 101, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
                CaseworkException refused = catchThrowableOfType(
                        () -> admin.casework().retention().setDefaultYears(years), CaseworkException.class);
                assertThat(refused.problem()).isEqualTo(Problem.OUT_OF_RANGE);
            }
            assertThat(admin.casework().retention().schedule().defaultYears()).isEqualTo(6);
        }
    }

    /** Generated: many closing dates, a random half on hold; no held case is ever due, every other one is. */
    @Test
    void aCaseOnHoldNeverAppearsInTheQueue() {
        try (Acting admin = Acting.as(dir.resolve("book"), "Ada Admin", Role.ADMINISTRATOR)) {
            Random random = new Random(40);
            Set<Long> held = new HashSet<>();
            List<Long> dueUnheld = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                LocalDate closed = TODAY.minusDays(random.nextInt(365 * 12));
                long caseId = closedCase(admin, closed, false);
                if (random.nextBoolean()) {
                    admin.casework().retention().placeHold(caseId, "Family court proceedings",
                            TODAY.plusDays(random.nextInt(400)));
                    held.add(caseId);
                } else if (!closed.plusYears(6).isAfter(TODAY)) {
                    dueUnheld.add(caseId);
                }
            }
            assertThat(held).isNotEmpty();
            assertThat(queued(admin.casework())).doesNotContainAnyElementsOf(held)
                    .containsExactlyInAnyOrderElementsOf(dueUnheld);
            long heldCase = held.iterator().next();
            CaseworkException refused = catchThrowableOfType(
                    () -> admin.casework().retention().erase(heldCase, "Period ended"), CaseworkException.class);
            assertThat(refused.problem()).isEqualTo(Problem.ON_LEGAL_HOLD);
            assertThat(admin.casework().retention().decisions(heldCase)).isEmpty();
        }
    }

    @Test
    void aHoldNeedsAReasonAndAFutureReviewDateAndLeavesAReviewTask() {
        try (Acting admin = Acting.as(dir.resolve("book"), "Ada Admin", Role.ADMINISTRATOR)) {
            long caseId = closedCase(admin, TODAY.minusYears(8), false);
            assertThat(catchThrowableOfType(() -> admin.casework().retention().placeHold(caseId, " \u200b ",
                    TODAY.plusDays(1)), CaseworkException.class).problem()).isEqualTo(Problem.REASON_NEEDED);
            assertThat(catchThrowableOfType(() -> admin.casework().retention().placeHold(caseId, "Claim pending",
                    TODAY.minusDays(1)), CaseworkException.class).problem()).isEqualTo(Problem.REVIEW_DATE_PAST);
            admin.casework().retention().placeHold(caseId, "Claim pending", TODAY.plusMonths(3));
            assertThat(admin.casebook().tasks().forCase(caseId)).extracting(Task::titleCode, Task::dueOn)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(org.cairn.casebook.TaskTitle.RETENTION_HOLD,
                            TODAY.plusMonths(3)));
            assertThat(queued(admin.casework())).isEmpty();
            assertThat(admin.casework().retention().liftHold(caseId)).isTrue();
            assertThat(queued(admin.casework())).containsExactly(caseId);
            assertThat(admin.casebook().audit().latest(AuditAction.LEGAL_HOLD_LIFTED)).isPresent();
        }
    }

    @Test
    void eraseIsRecordedAndAwaitsErasureWhileAnonymiseIsCarriedOutAtOnce() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            long erase = closedCase(advocate, TODAY.minusYears(7), false);
            long anonymise = closedCase(advocate, TODAY.minusYears(7), false);
            // She has another case, so she stays: only an administrator may delete her with her last case.
            advocate.casebook().cases().open(advocate.casebook().cases().find(anonymise).orElseThrow().clientId(),
                    CaseDetails.opened(TODAY.minusMonths(1), "R. O."));
            advocate.casework().retention().erase(erase, "Period ended, no proceedings");
            advocate.casework().retention().anonymise(anonymise, "Period ended, counts kept");
            assertThat(queued(advocate.casework())).isEmpty();
            assertThat(advocate.casework().retention().awaitingErasure())
                    .extracting(d -> d.caseId(), d -> d.choice())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(erase, RetentionChoice.ERASE));
            assertThat(advocate.casebook().cases().find(erase)).isPresent();
            assertThat(advocate.casebook().cases().find(anonymise)).isPresent();
            assertThat(advocate.casework().retention().decisions(anonymise)).singleElement()
                    .satisfies(d -> assertThat(d.carriedOutAt()).isNotNull());
            assertThat(advocate.casebook().audit().latest(AuditAction.CASE_ANONYMISED)).isPresent();
            long decision = advocate.casework().retention().awaitingErasure().get(0).id();
            Boolean first = advocate.casebook().transactions().write(tx -> advocate.casebook().retention()
                    .markCarriedOut(tx, decision));
            Boolean again = advocate.casebook().transactions().write(tx -> advocate.casebook().retention()
                    .markCarriedOut(tx, decision));
            assertThat(first).isTrue();
            assertThat(again).isFalse();
            assertThat(advocate.casework().retention().awaitingErasure()).isEmpty();
            assertThat(advocate.casebook().audit().verify().isOk()).isTrue();
        }
    }

    @Test
    void aCaseNotYetDueCannotBeDecided() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            long recent = closedCase(advocate, TODAY.minusYears(2), false);
            for (Runnable decide : List.<Runnable>of(() -> advocate.casework().retention().erase(recent, "Because"),
                    () -> advocate.casework().retention().keep(recent, TODAY.plusYears(1), "Because"))) {
                assertThat(catchThrowableOfType(decide::run, CaseworkException.class).problem())
                        .isEqualTo(Problem.RETENTION_NOT_DUE);
            }
        }
    }

    @Test
    void keepingACaseTakesItOutOfTheQueueUntilTheDateWithATaskForThatDay() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            long caseId = closedCase(advocate, TODAY.minusYears(7), false);
            assertThat(catchThrowableOfType(() -> advocate.casework().retention().keep(caseId, TODAY, "Complaint"),
                    CaseworkException.class).problem()).isEqualTo(Problem.REVIEW_DATE_PAST);
            var kept = advocate.casework().retention().keep(caseId, TODAY.plusYears(1), "Complaint open");
            assertThat(queued(advocate.casework())).isEmpty();
            assertThat(advocate.casebook().tasks().forCase(caseId)).extracting(Task::dueOn)
                    .containsExactly(TODAY.plusYears(1));
            var facts = advocate.casebook().retention().closedCases().get(0);
            RetentionSchedule schedule = advocate.casework().retention().schedule();
            assertThat(Retention.dueCase(schedule, facts, TODAY.plusYears(1).minusDays(1))).isEmpty();
            assertThat(Retention.dueCase(schedule, facts, TODAY.plusYears(1)).orElseThrow().keptUntil())
                    .isEqualTo(kept.keepUntil());
        }
    }

    @Test
    void remindersAreFollowUpTasksAddedOncePerDueCase() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            long due = closedCase(advocate, TODAY.minusYears(7), false);
            closedCase(advocate, TODAY.minusYears(1), false);
            assertThat(advocate.casework().retention().remind()).extracting(Task::caseId).containsExactly(due);
            assertThat(advocate.casework().retention().remind()).isEmpty();
            assertThat(advocate.casebook().tasks().forCase(due)).extracting(Task::titleCode)
                    .containsExactly(org.cairn.casebook.TaskTitle.RETENTION_REVIEW);
        }
    }
}
