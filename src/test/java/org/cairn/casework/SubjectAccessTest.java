package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.ReviewChoice;
import org.cairn.casebook.SubjectAccessRequest;
import org.cairn.casebook.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectAccessTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    /** Every day of 2023 to 2029 (two leap years): one calendar month later, or the next month's last day. */
    @Test
    void theDueDateIsOneCalendarMonthLaterOrTheLastDayOfAShorterMonth() {
        for (LocalDate received = LocalDate.of(2023, 1, 1); received.getYear() < 2030;
                received = received.plusDays(1)) {
            LocalDate due = SubjectAccess.dueOn(received);
            YearMonth next = YearMonth.from(received).plusMonths(1);
            assertThat(YearMonth.from(due)).isEqualTo(next);
            assertThat(due.getDayOfMonth()).isEqualTo(Math.min(received.getDayOfMonth(), next.lengthOfMonth()));
            assertThat(due).isAfter(received);
            for (int months = 1; months <= SubjectAccess.MAX_EXTENSION_MONTHS; months++) {
                LocalDate extended = SubjectAccess.extendedDueOn(received, months);
                YearMonth target = YearMonth.from(received).plusMonths(1 + months);
                assertThat(YearMonth.from(extended)).isEqualTo(target);
                assertThat(extended.getDayOfMonth())
                        .isEqualTo(Math.min(received.getDayOfMonth(), target.lengthOfMonth()));
            }
        }
        assertThat(SubjectAccess.dueOn(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(SubjectAccess.dueOn(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(SubjectAccess.dueOn(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(SubjectAccess.extendedDueOn(LocalDate.of(2027, 1, 31), 2)).isEqualTo(LocalDate.of(2027, 4, 30));
    }

    @Test
    void loggingARequestAddsATaskDueOnItsDueDate() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            SarFixture fixture = SarFixture.write(advocate.casebook());
            SubjectAccessRequest request = advocate.casework().subjectAccess().log(fixture.clientId(),
                    LocalDate.of(2026, 10, 31));
            assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(advocate.casebook().tasks().forCase(fixture.caseId())).filteredOn(t -> t.id() == request
                    .taskId()).extracting(Task::dueOn).containsExactly(LocalDate.of(2026, 11, 30));
            assertThat(catchThrowableOfType(() -> advocate.casework().subjectAccess().log(fixture.clientId(), TODAY),
                    CaseworkException.class).problem()).isEqualTo(Problem.REQUEST_ALREADY_OPEN);
        }
    }

    @Test
    void aRequestReceivedTomorrowIsRefused() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            SarFixture fixture = SarFixture.write(advocate.casebook());
            assertThat(catchThrowableOfType(() -> advocate.casework().subjectAccess().log(fixture.clientId(),
                    TODAY.plusDays(1)), CaseworkException.class).problem()).isEqualTo(Problem.DATE_IN_FUTURE);
        }
    }

    @Test
    void anExtensionIsAllowedOnlyWithinTheFirstMonthOnceAndByOneOrTwoMonths() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            SarFixture fixture = SarFixture.write(advocate.casebook());
            SubjectAccess access = advocate.casework().subjectAccess();
            access.log(fixture.clientId(), LocalDate.of(2026, 11, 6));
            assertThat(catchThrowableOfType(() -> access.extend(fixture.clientId(), 1, "Complex"),
                    CaseworkException.class).arguments()).containsExactly("TOO_LATE");
        }
        try (Acting advocate = Acting.as(dir.resolve("book2"), "Ruth Advocate", Role.ADVOCATE)) {
            SarFixture fixture = SarFixture.write(advocate.casebook());
            SubjectAccess access = advocate.casework().subjectAccess();
            access.log(fixture.clientId(), LocalDate.of(2026, 11, 7));
            assertThat(catchThrowableOfType(() -> access.extend(fixture.clientId(), 3, "Complex"),
                    CaseworkException.class).arguments()).containsExactly("TOO_LONG");
            assertThat(catchThrowableOfType(() -> access.extend(fixture.clientId(), 2, "  "),
                    CaseworkException.class).problem()).isEqualTo(Problem.REASON_NEEDED);
            SubjectAccessRequest extended = access.extend(fixture.clientId(), 2, "Many records across two cases");
            assertThat(extended.dueBy()).isEqualTo(LocalDate.of(2027, 2, 7));
            assertThat(advocate.casebook().tasks().forCase(fixture.caseId())).filteredOn(t -> !t.done())
                    .extracting(Task::dueOn).contains(LocalDate.of(2027, 2, 7)).doesNotContain(TODAY);
            assertThat(catchThrowableOfType(() -> access.extend(fixture.clientId(), 1, "Again"),
                    CaseworkException.class).arguments()).containsExactly("ALREADY_EXTENDED");
        }
    }

    @Test
    void theExportIsRefusedWhileThirdPartyDataWaitsAndSaysHowMuchRemains() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            SarFixture fixture = SarFixture.write(advocate.casebook());
            SubjectAccess access = advocate.casework().subjectAccess();
            assertThat(catchThrowableOfType(() -> access.prepareExport(fixture.clientId()),
                    CaseworkException.class).problem()).isEqualTo(Problem.NO_OPEN_REQUEST);
            access.log(fixture.clientId(), TODAY);
            int items = access.copy(fixture.clientId()).items().size();
            assertThat(items).isGreaterThanOrEqualTo(fixture.othersByItem().size());
            access.mark(fixture.clientId(), "abuser:1", ReviewChoice.REDACT, "Person causing harm");
            CaseworkException refused = catchThrowableOfType(() -> access.prepareExport(fixture.clientId()),
                    CaseworkException.class);
            assertThat(refused.problem()).isEqualTo(Problem.REVIEW_UNFINISHED);
            assertThat(refused.arguments()).containsExactly(items - 1);
            // Only an item of her own copy can be decided: another number, a look-alike or a padded name cannot.
            for (String wrong : List.of("abuser:999", "abuser:\uff11", "abuser:1\u200b", " abuser:1", "ABUSER:1",
                    "note:" + (fixture.noteId() + 2), "client:alias", "")) {
                assertThat(catchThrowableOfType(() -> access.mark(fixture.clientId(), wrong, ReviewChoice.CONFIRM,
                        "Seen"), CaseworkException.class).problem()).as(wrong).isEqualTo(Problem.UNKNOWN_REVIEW_ITEM);
            }
        }
    }

    @Test
    void herCopyHoldsEveryRecordOfHersAndNoThirdPartyDataThatWasNotConfirmed() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            SarFixture fixture = SarFixture.write(advocate.casebook());
            SubjectAccess access = advocate.casework().subjectAccess();
            access.log(fixture.clientId(), TODAY.minusDays(3));
            advocate.casework().rectifications().correctClient(fixture.clientId(), ClientField.ADDRESS,
                    "14 Quiet Lane, Leeds", TODAY.minusDays(1));
            String confirmed = "client:children";
            for (ReviewItem item : access.copy(fixture.clientId()).items()) {
                access.mark(fixture.clientId(), item.item(), item.item().equals(confirmed) ? ReviewChoice.CONFIRM
                        : ReviewChoice.REDACT, "Decided with the team");
            }
            SubjectAccessExport export = access.prepareExport(fixture.clientId());
            List<String> values = export.records().stream().map(HeldRecord::value).toList();
            String everything = String.join("\n", values);
            for (String hers : fixture.hers()) {
                if (!hers.equals("12 Quiet Lane, Leeds")) {
                    assertThat(everything).as("her value %s", hers).contains(hers);
                }
            }
            // The correction is listed with the value it replaced.
            assertThat(values).contains("client.address", "12 Quiet Lane, Leeds", "14 Quiet Lane, Leeds");
            for (Map.Entry<String, String> other : fixture.othersByItem().entrySet()) {
                if (other.getKey().equals(confirmed)) {
                    assertThat(everything).contains(other.getValue());
                } else {
                    assertThat(everything).as("withheld %s", other.getKey()).doesNotContain(other.getValue());
                }
            }
            assertThat(everything).doesNotContain("Tariq", "Nadia", "Farah");
            for (String stranger : fixture.anotherClients()) {
                assertThat(everything).doesNotContain(stranger);
            }
            assertThat(values).contains(HeldRecord.WITHHELD);
            assertThat(export.check().allowed()).isTrue();
            access.recordExport(fixture.clientId());
            assertThat(access.latest(fixture.clientId()).orElseThrow().completedOn()).isEqualTo(TODAY);
            assertThat(advocate.casebook().audit().latest(AuditAction.SUBJECT_ACCESS_EXPORTED)).isPresent();
            assertThat(advocate.casebook().tasks().forCase(fixture.caseId())).filteredOn(
                    t -> t.titleCode() == org.cairn.casebook.TaskTitle.SUBJECT_ACCESS_DUE).isNotEmpty().allMatch(Task::done);
        }
    }

    @Test
    void theOutgoingCheckStopsACopyCarryingHerAddressWhenPostIsNotSafe() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            SarFixture fixture = SarFixture.write(advocate.casebook());
            var client = advocate.casebook().clients().find(fixture.clientId()).orElseThrow().details();
            var safety = client.contactSafety();
            advocate.casebook().clients().update(fixture.clientId(), new org.cairn.casebook.ClientDetails(
                    client.alias(), client.legalNames(), client.dateOfBirth(), client.languages(),
                    client.interpreterNeeded(), new org.cairn.casebook.ContactSafety(safety.phone(), safety.text(),
                            org.cairn.casebook.YesNoUnknown.NO, safety.email(), safety.safeTimes(),
                            safety.codeWord(), safety.safeContact()), client.children()));
            SubjectAccess access = advocate.casework().subjectAccess();
            access.log(fixture.clientId(), TODAY);
            for (ReviewItem item : access.copy(fixture.clientId()).items()) {
                access.mark(fixture.clientId(), item.item(), ReviewChoice.REDACT, "Third party");
            }
            CaseworkException refused = catchThrowableOfType(() -> access.prepareExport(fixture.clientId()),
                    CaseworkException.class);
            assertThat(refused.problem()).isEqualTo(Problem.OUTGOING_CHECK_REFUSED);
            assertThat(refused.arguments()).containsExactly("POST_NOT_SAFE");
            CaseworkException byPost = catchThrowableOfType(() -> access.prepareExport(fixture.clientId(),
                    SubjectAccessDelivery.POST), CaseworkException.class);
            assertThat(byPost.arguments()).containsExactly("POST_NOT_SAFE");
            assertThat(access.latest(fixture.clientId()).orElseThrow().open()).isTrue();

            // Handed to her, the same copy may go, still warning that it must never be posted.
            SubjectAccessExport byHand = access.prepareExport(fixture.clientId(), SubjectAccessDelivery.BY_HAND);
            assertThat(byHand.check().allowed()).isTrue();
            assertThat(byHand.check().of(org.cairn.letters.check.CheckRule.POST_NOT_SAFE)).singleElement()
                    .satisfies(f -> {
                        assertThat(f.code()).isEqualTo("post-not-safe.hand-over");
                        assertThat(f.outcome()).isEqualTo(org.cairn.letters.check.Outcome.WARNING);
                    });
            assertThat(byHand.records()).anyMatch(r -> r.value().equals("12 Quiet Lane, Leeds"));

            // The route goes into the audit row as a code, and the records of processing show it.
            SubjectAccessRequest done = access.recordExport(fixture.clientId(), SubjectAccessDelivery.BY_HAND);
            var row = advocate.casebook().audit().latest(AuditAction.SUBJECT_ACCESS_EXPORTED).orElseThrow();
            assertThat(row.reason()).isEqualTo("BY_HAND");
            assertThat(row.subject()).isEqualTo("client:" + fixture.clientId() + " request:" + done.id());
            assertThat(advocate.casebook().audit().forSubject("client:" + fixture.clientId())).contains(row);
            Casework dpo = Casework.actingAs(advocate.casebook(), Role.ADMINISTRATOR);
            assertThat(dpo.processingRecords().report().requests()).singleElement()
                    .satisfies(r -> assertThat(r.delivery()).contains(SubjectAccessDelivery.BY_HAND));
        }
    }

    @Test
    void aCopyRecordedWithoutARouteIsRecordedAsPostedAndAnUnknownCodeIsNotTrusted() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            SarFixture fixture = SarFixture.write(advocate.casebook());
            SubjectAccess access = advocate.casework().subjectAccess();
            access.log(fixture.clientId(), TODAY);
            access.recordExport(fixture.clientId());
            Casework dpo = Casework.actingAs(advocate.casebook(), Role.ADMINISTRATOR);
            assertThat(dpo.processingRecords().report().requests()).singleElement()
                    .satisfies(r -> assertThat(r.delivery()).contains(SubjectAccessDelivery.POST));
            // A row whose reason is not one of the codes (tampered, or from a later version) shows as not recorded.
            long second = advocate.casework().subjectAccess().log(fixture.clientId(), TODAY).id();
            advocate.casebook().audit().record(AuditAction.SUBJECT_ACCESS_EXPORTED,
                    "client:" + fixture.clientId() + " request:" + second, "PIGEON\u202e");
            advocate.casebook().transactions().write(tx -> tx.execute(
                    "UPDATE subject_access_request SET completed_on = ? WHERE id = ?", TODAY.toString(), second));
            assertThat(dpo.processingRecords().report().requests()).extracting(r -> r.delivery().isPresent())
                    .containsExactly(true, false);
            // Words never go in as the route: the repository takes a code only.
            Throwable words = catchThrowable(() -> advocate.casebook().transactions().write(tx -> {
                advocate.casebook().subjectAccess().complete(tx, access.latest(fixture.clientId()).orElseThrow(),
                        TODAY, "by hand, to Mrs X");
                return null;
            }));
            assertThat(java.util.stream.Stream.iterate(words, java.util.Objects::nonNull, Throwable::getCause))
                    .anyMatch(IllegalArgumentException.class::isInstance);
        }
    }

    @Test
    void aCorrectedNoteKeepsItsEarlierTextInTheHistoryAndTheCorrection() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            SarFixture fixture = SarFixture.write(advocate.casebook());
            var correction = advocate.casework().rectifications().correctNote(fixture.noteId(),
                    "First call: she feels unsafe at home; her former partner calls her daily", TODAY);
            assertThat(correction.field()).isEqualTo("note:" + fixture.noteId());
            assertThat(correction.earlierValue()).contains("Tariq Hussain calls her daily");
            assertThat(advocate.casebook().notes().history(fixture.noteId())).extracting(v -> v.text())
                    .anyMatch(t -> t.contains("Tariq Hussain"));
            assertThat(advocate.casebook().audit().latest(AuditAction.RECTIFIED).orElseThrow().reason())
                    .isEqualTo("note:" + fixture.noteId());
        }
    }
}
