package org.cairn.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ReviewChoice;
import org.cairn.casebook.ReviewMark;
import org.cairn.casebook.SubjectAccessRequest;
import org.cairn.casebook.Task;
import org.cairn.casebook.TaskTitle;
import org.cairn.letters.check.CheckResult;
import org.cairn.letters.check.Finding;

/**
 * A client's request for a copy of what is held about her (ADR 0040): logged with its due date as a follow-up
 * task, extended only as the rule allows, reviewed item by item where her copy may be about someone else, checked
 * as an outgoing document with her as the recipient, and recorded once it is written.
 */
public final class SubjectAccess {
    /** A request may be extended by at most this many further months. */
    public static final int MAX_EXTENSION_MONTHS = 2;

    private final Casebook casebook;
    private final Guard guard;

    SubjectAccess(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /**
     * One calendar month after receipt: the same day number in the next month, or that month's last day when it
     * is shorter (received 31 January, due 28 February, or 29 in a leap year). {@link LocalDate#plusMonths} does
     * exactly this. A due date on a weekend or holiday is not moved later: Cairn knows no holidays, and earlier is
     * always within the law.
     */
    public static LocalDate dueOn(LocalDate receivedOn) {
        return receivedOn.plusMonths(1);
    }

    /** The due date after an extension of {@code months} further months, counted from receipt like the first. */
    public static LocalDate extendedDueOn(LocalDate receivedOn, int months) {
        return receivedOn.plusMonths(1L + months);
    }

    /** Logs her request, received on {@code receivedOn}, and a task due on its due date on her latest case. */
    @Performs(Action.LOG_SUBJECT_ACCESS)
    public SubjectAccessRequest log(long clientId, LocalDate receivedOn) {
        guard.check(Action.LOG_SUBJECT_ACCESS);
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (receivedOn.isAfter(today())) {
            throw new CaseworkException(Problem.DATE_IN_FUTURE);
        }
        CaseFile latest = latestCase(clientId);
        requireNothingRestricted(clientId);
        if (casebook.subjectAccess().latest(clientId).filter(SubjectAccessRequest::open).isPresent()) {
            throw new CaseworkException(Problem.REQUEST_ALREADY_OPEN);
        }
        LocalDate due = dueOn(receivedOn);
        return casebook.transactions().write(tx -> {
            Task task = casebook.tasks().add(tx, latest.id(), TaskTitle.SUBJECT_ACCESS_DUE, List.of(), due);
            return casebook.subjectAccess().log(tx, clientId, receivedOn, due, task.id());
        });
    }

    /**
     * Extends her open request by one or two further months, for a reason, only while its first month runs. The
     * task moves to the new date (the first is marked done, a new one carries the later date).
     */
    @Performs(Action.EXTEND_SUBJECT_ACCESS)
    public SubjectAccessRequest extend(long clientId, int months, String reason) {
        guard.check(Action.EXTEND_SUBJECT_ACCESS);
        String why = Retention.requireReason(reason);
        SubjectAccessRequest request = openRequest(clientId);
        if (months < 1 || months > MAX_EXTENSION_MONTHS) {
            throw new CaseworkException(Problem.EXTENSION_REFUSED, "TOO_LONG");
        }
        if (request.extendedOn() != null) {
            throw new CaseworkException(Problem.EXTENSION_REFUSED, "ALREADY_EXTENDED");
        }
        LocalDate today = today();
        if (today.isAfter(request.dueOn())) {
            throw new CaseworkException(Problem.EXTENSION_REFUSED, "TOO_LATE");
        }
        LocalDate newDue = extendedDueOn(request.receivedOn(), months);
        CaseFile latest = latestCase(clientId);
        casebook.transactions().write(tx -> {
            if (request.taskId() != null) {
                casebook.tasks().complete(tx, request.taskId(), casebook.clock().instant());
            }
            casebook.tasks().add(tx, latest.id(), TaskTitle.SUBJECT_ACCESS_DUE, List.of(), newDue);
            casebook.subjectAccess().extend(tx, request, today, newDue, why);
            return null;
        });
        return casebook.subjectAccess().latest(clientId).orElseThrow();
    }

    /** Her latest request, open or finished, or empty when she never made one. */
    @Performs(Action.REVIEW_SUBJECT_ACCESS)
    public Optional<SubjectAccessRequest> latest(long clientId) {
        guard.check(Action.REVIEW_SUBJECT_ACCESS);
        return casebook.subjectAccess().latest(clientId);
    }

    /** Everything held about her and the third-party items of her open request, decided or not. */
    @Performs(Action.REVIEW_SUBJECT_ACCESS)
    public SubjectAccessCopy copy(long clientId) {
        guard.check(Action.REVIEW_SUBJECT_ACCESS);
        requireNothingRestricted(clientId);
        return readCopy(clientId, openRequest(clientId));
    }

    /** Records whether one third-party item is withheld from her copy or confirmed for it, and why. */
    @Performs(Action.REVIEW_SUBJECT_ACCESS)
    public void mark(long clientId, String item, ReviewChoice choice, String reason) {
        guard.check(Action.REVIEW_SUBJECT_ACCESS);
        Objects.requireNonNull(choice, "choice");
        String why = Retention.requireReason(reason);
        SubjectAccessRequest request = openRequest(clientId);
        boolean known = SubjectAccessRecords.of(casebook, clientId).stream()
                .anyMatch(r -> r.item() != null && r.item().equals(item));
        if (!known) {
            throw new CaseworkException(Problem.UNKNOWN_REVIEW_ITEM);
        }
        casebook.transactions().write(tx -> {
            casebook.subjectAccess().mark(tx, request, item, choice, why);
            return null;
        });
    }

    /**
     * Her copy with the decisions applied, once every third-party item is decided and the outgoing check lets it
     * go to her. Nothing is written or recorded: call {@link #recordExport} once the files are written.
     */
    @Performs(Action.EXPORT_SUBJECT_ACCESS)
    public SubjectAccessExport prepareExport(long clientId) {
        guard.check(Action.EXPORT_SUBJECT_ACCESS);
        return prepared(clientId, SubjectAccessDelivery.POST);
    }

    /**
     * As {@link #prepareExport(long)}, for a copy that reaches her by {@code delivery}: the check's post rule stops
     * a copy carrying her address only when it is to be posted (ADR 0040).
     */
    @Performs(Action.EXPORT_SUBJECT_ACCESS)
    public SubjectAccessExport prepareExport(long clientId, SubjectAccessDelivery delivery) {
        guard.check(Action.EXPORT_SUBJECT_ACCESS);
        return prepared(clientId, Objects.requireNonNull(delivery, "delivery"));
    }

    private SubjectAccessExport prepared(long clientId, SubjectAccessDelivery delivery) {
        requireNothingRestricted(clientId);
        SubjectAccessCopy copy = readCopy(clientId, openRequest(clientId));
        if (!copy.remaining().isEmpty()) {
            throw new CaseworkException(Problem.REVIEW_UNFINISHED, copy.remaining().size());
        }
        Map<String, ReviewChoice> decided = new LinkedHashMap<>();
        copy.items().forEach(i -> decided.put(i.item(), i.mark().orElseThrow().choice()));
        List<HeldRecord> released = new ArrayList<>();
        for (HeldRecord record : copy.records()) {
            boolean withhold = record.item() != null && decided.get(record.item()) != ReviewChoice.CONFIRM;
            released.add(withhold ? record.withheld() : record);
        }
        CheckResult check = SubjectAccessCheck.check(casebook, clientId, released, delivery);
        if (!check.allowed()) {
            Finding first = check.stopping().get(0);
            throw new CaseworkException(Problem.OUTGOING_CHECK_REFUSED, first.rule().name());
        }
        String alias = casebook.clients().find(clientId).orElseThrow().details().alias();
        String name = addressedAs(clientId);
        List<String> languages = casebook.clients().find(clientId).orElseThrow().details().languages();
        return new SubjectAccessExport(clientId, alias, today(), released, check, SubjectAccessLayout.of(name,
                today().toString(), released, casebook.orgProfile().current(), languages,
                PrintLanguage.read(casebook).orElse(null)));
    }

    /** Records that her copy was written, to be posted: the request is complete and its task done. */
    @Performs(Action.EXPORT_SUBJECT_ACCESS)
    public SubjectAccessRequest recordExport(long clientId) {
        guard.check(Action.EXPORT_SUBJECT_ACCESS);
        return recorded(clientId, SubjectAccessDelivery.POST);
    }

    /**
     * Records that her copy was written and how it reaches her: the request is complete, its task done, and the
     * audit row keeps the route as a code, so the records of processing can show it.
     */
    @Performs(Action.EXPORT_SUBJECT_ACCESS)
    public SubjectAccessRequest recordExport(long clientId, SubjectAccessDelivery delivery) {
        guard.check(Action.EXPORT_SUBJECT_ACCESS);
        return recorded(clientId, Objects.requireNonNull(delivery, "delivery"));
    }

    private SubjectAccessRequest recorded(long clientId, SubjectAccessDelivery delivery) {
        SubjectAccessRequest request = openRequest(clientId);
        casebook.transactions().write(tx -> {
            List<Long> open = tx.query("SELECT t.id FROM task t JOIN case_file c ON c.id = t.case_id "
                    + "WHERE c.client_id = ? AND t.title_code = ? AND t.done_at IS NULL", row -> row.getLong(1),
                    clientId, TaskTitle.SUBJECT_ACCESS_DUE.name());
            for (long taskId : open) {
                casebook.tasks().complete(tx, taskId, casebook.clock().instant());
            }
            casebook.subjectAccess().complete(tx, request, today(), delivery.name());
            return null;
        });
        return casebook.subjectAccess().latest(clientId).orElseThrow();
    }

    /** Her legal name when recorded, else her alias: as a letter to her is addressed. */
    private String addressedAs(long clientId) {
        var details = casebook.clients().find(clientId).orElseThrow().details();
        return details.legalNames() != null && !details.legalNames().isBlank() ? details.legalNames()
                : details.alias();
    }

    private SubjectAccessCopy readCopy(long clientId, SubjectAccessRequest request) {
        List<HeldRecord> records = SubjectAccessRecords.of(casebook, clientId);
        Map<String, ReviewMark> marks = casebook.subjectAccess().marks(request.id());
        Map<String, ReviewItem> items = new LinkedHashMap<>();
        for (HeldRecord record : records) {
            if (record.item() != null && !items.containsKey(record.item())) {
                items.put(record.item(), new ReviewItem(record.item(), record.thirdParty(), record.section(),
                        Optional.ofNullable(marks.get(record.item()))));
            }
        }
        return new SubjectAccessCopy(clientId, request, records, new ArrayList<>(items.values()));
    }

    private SubjectAccessRequest openRequest(long clientId) {
        latestCase(clientId);
        return casebook.subjectAccess().latest(clientId).filter(SubjectAccessRequest::open)
                .orElseThrow(() -> new CaseworkException(Problem.NO_OPEN_REQUEST));
    }

    private CaseFile latestCase(long clientId) {
        List<CaseFile> cases = casebook.cases().forClient(clientId);
        if (cases.isEmpty()) {
            throw new CaseworkException(Problem.NOT_FOUND);
        }
        return cases.get(cases.size() - 1);
    }

    private LocalDate today() {
        return LocalDate.now(casebook.clock());
    }

    /**
     * Her copy must hold everything about her: a restricted case's content is sealed away from this copy, so the
     * copy would be short and still be marked complete. Lift the restriction (someone it is restricted to) first.
     */
    private void requireNothingRestricted(long clientId) {
        for (CaseFile caseFile : casebook.cases().forClient(clientId)) {
            if (casebook.restrictions().isRestricted(caseFile.id())) {
                throw new CaseworkException(Problem.CASE_RESTRICTED);
            }
        }
    }
}
