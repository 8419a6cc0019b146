package org.cairn.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClosedCaseFacts;
import org.cairn.casebook.ErasureRecord;
import org.cairn.casebook.LegalHold;
import org.cairn.casebook.RetentionChoice;
import org.cairn.casebook.RetentionDecision;
import org.cairn.casebook.Task;
import org.cairn.casebook.TaskTitle;
import org.cairn.casebook.Text;
import org.cairn.vault.LocalJournal;

/**
 * How long closed cases are kept (ADR 0040): the schedule and legal holds an administrator sets, and the review
 * queue in which an advocate decides, for each case whose period has ended, to keep it until a date, erase it or
 * anonymise it. An erase decision leaves the case awaiting erasure, which an administrator carries out; an
 * anonymise decision is carried out at once (ADR 0049), since the counts keep what they need.
 */
public final class Retention {
    static final String DEFAULT_YEARS_KEY = "retention.years.default";
    /** Task titles start with this, so a reminder is not added twice. */

    private final Casebook casebook;
    private final Guard guard;
    private final Optional<LocalJournal> thisComputer;
    private final Restrictions restrictions;

    Retention(Casebook casebook, Guard guard, Optional<LocalJournal> thisComputer, Restrictions restrictions) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
        this.restrictions = Objects.requireNonNull(restrictions);
        this.thisComputer = Objects.requireNonNull(thisComputer);
    }

    @Performs(Action.READ_RETENTION)
    public RetentionSchedule schedule() {
        guard.check(Action.READ_RETENTION);
        return readSchedule();
    }

    /** Sets the default period after closing, in whole years. */
    @Performs(Action.SET_RETENTION_SCHEDULE)
    public void setDefaultYears(int years) {
        guard.check(Action.SET_RETENTION_SCHEDULE);
        casebook.settings().save(DEFAULT_YEARS_KEY, Integer.toString(checkedYears(years)));
    }

    /** Sets a category's period in years, or removes it (the default applies again) when {@code years} is null. */
    @Performs(Action.SET_RETENTION_SCHEDULE)
    public void setCategoryYears(RetentionCategory category, Integer years) {
        guard.check(Action.SET_RETENTION_SCHEDULE);
        Objects.requireNonNull(category, "category");
        if (years == null) {
            casebook.settings().remove(category.settingKey());
        } else {
            casebook.settings().save(category.settingKey(), Integer.toString(checkedYears(years)));
        }
    }

    /** Stops the case's clock until the hold is lifted; a task reminds whoever looks at the case on the review date. */
    @Performs(Action.PLACE_LEGAL_HOLD)
    public LegalHold placeHold(long caseId, String reason, LocalDate reviewOn) {
        guard.check(Action.PLACE_LEGAL_HOLD);
        String why = requireReason(reason);
        Objects.requireNonNull(reviewOn, "reviewOn");
        if (reviewOn.isBefore(today())) {
            throw new CaseworkException(Problem.REVIEW_DATE_PAST);
        }
        requireCase(caseId);
        casebook.transactions().write(tx -> {
            casebook.retention().placeHold(tx, caseId, why, reviewOn);
            casebook.tasks().add(tx, caseId, TaskTitle.RETENTION_HOLD, List.of(), reviewOn);
            return null;
        });
        return casebook.retention().hold(caseId).orElseThrow();
    }

    /** Lifts the hold: the clock runs again from the closing date, so the case may be due at once. */
    @Performs(Action.LIFT_LEGAL_HOLD)
    public boolean liftHold(long caseId) {
        guard.check(Action.LIFT_LEGAL_HOLD);
        requireCase(caseId);
        return casebook.transactions().write(tx -> casebook.retention().liftHold(tx, caseId));
    }

    @Performs(Action.READ_RETENTION)
    public Optional<LegalHold> hold(long caseId) {
        guard.check(Action.READ_RETENTION);
        return casebook.retention().hold(caseId);
    }

    /**
     * Closed cases whose period has ended, not on hold, with no decision in force: never decided, or kept until a
     * date that has come. Cases awaiting erasure are listed by {@link #awaitingErasure} instead.
     */
    @Performs(Action.READ_RETENTION)
    public List<DueCase> queue() {
        guard.check(Action.READ_RETENTION);
        return due(readSchedule(), today());
    }

    /** Every case on legal hold, open or closed, soonest review first: held cases are never due. */
    @Performs(Action.READ_RETENTION)
    public List<HeldCase> holds() {
        guard.check(Action.READ_RETENTION);
        return casebook.transactions().read(reader -> reader.query("""
                SELECT h.case_id, c.reference, c.closed_on, h.review_on, h.reason, h.placed_by
                FROM retention_hold h JOIN case_file c ON c.id = h.case_id ORDER BY h.review_on, c.reference""",
                row -> new HeldCase(row.getLong(1), row.getString(2), day(row.getString(3)),
                        LocalDate.parse(row.getString(4)), row.getString(5), row.getString(6))));
    }

    /** Erase and anonymise decisions not yet carried out, oldest first. */
    @Performs(Action.READ_RETENTION)
    public List<RetentionDecision> awaitingErasure() {
        guard.check(Action.READ_RETENTION);
        return casebook.retention().awaitingErasure();
    }

    /** Every decision taken about the case, oldest first. */
    @Performs(Action.READ_RETENTION)
    public List<RetentionDecision> decisions(long caseId) {
        guard.check(Action.READ_RETENTION);
        return casebook.retention().decisions(caseId);
    }

    /** Keeps a due case until {@code until} for a reason; a task brings it back to the queue that day. */
    @Performs(Action.DECIDE_RETENTION)
    public RetentionDecision keep(long caseId, LocalDate until, String reason) {
        guard.check(Action.DECIDE_RETENTION);
        String why = requireReason(reason);
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(today())) {
            throw new CaseworkException(Problem.REVIEW_DATE_PAST);
        }
        requireDue(caseId);
        return casebook.transactions().write(tx -> {
            RetentionDecision decision = casebook.retention().decide(tx, caseId, RetentionChoice.KEEP, until, why);
            casebook.tasks().add(tx, caseId, TaskTitle.RETENTION_KEPT, List.of(), until);
            return decision;
        });
    }

    /** Decides that the due case is to be erased; it waits for the erasure to run. */
    @Performs(Action.DECIDE_RETENTION)
    public RetentionDecision erase(long caseId, String reason) {
        guard.check(Action.DECIDE_RETENTION);
        return decideRemoval(caseId, RetentionChoice.ERASE, reason);
    }

    /**
     * Anonymises the due case, for a reason, and records the decision, in one transaction (ADR 0049): the case keeps
     * only what the counts read, everything else about her goes, and it cannot be undone. A case decided for
     * anonymisation before Cairn carried it out is anonymised too, once due. Refused for a restricted case unless
     * the acting person holds it, and without {@code ERASE_CLIENT} when it is her only case (she is deleted with
     * it). The erasure journal names the case alone, so a restored older copy has it applied again; the files are
     * then rewritten so no freed page keeps her.
     */
    @Performs(Action.DECIDE_RETENTION)
    public RetentionDecision anonymise(long caseId, String reason) {
        guard.check(Action.DECIDE_RETENTION);
        String why = requireReason(reason);
        boolean decided = requireDueToAnonymise(caseId);
        if (!restrictions.actorHolds(caseId)) {
            // Its sealed content would go unseen by someone it is not restricted to.
            throw new CaseworkException(Problem.CASE_RESTRICTED);
        }
        long clientId = casebook.cases().find(caseId).orElseThrow().clientId();
        if (casebook.cases().forClient(clientId).size() == 1) {
            // Her only case: she is deleted with it, which is erasing a client.
            guard.check(Action.ERASE_CLIENT);
        }
        ErasureRecord[] record = new ErasureRecord[1];
        long decisionId = casebook.transactions().write(tx -> {
            if (casebook.erasures().anyOnHold(tx, List.of(caseId))) {
                throw new CaseworkException(Problem.ON_LEGAL_HOLD);
            }
            long id = decided ? -1 : casebook.retention().decide(tx, caseId, RetentionChoice.ANONYMISE, null, why)
                    .id();
            record[0] = casebook.erasures().anonymise(tx, caseId);
            return id;
        });
        thisComputer.ifPresent(journal -> journal.append(record[0].encode()));
        casebook.transactions().compact();
        List<RetentionDecision> all = casebook.retention().decisions(caseId);
        return all.stream().filter(d -> d.id() == decisionId).findFirst().orElse(all.get(all.size() - 1));
    }

    /** Adds a follow-up task, due today, to every case in the queue that has no open reminder; returns them. */
    @Performs(Action.REMIND_RETENTION)
    public List<Task> remind() {
        guard.check(Action.REMIND_RETENTION);
        LocalDate today = today();
        List<DueCase> due = due(readSchedule(), today);
        return casebook.transactions().write(tx -> {
            List<Task> added = new ArrayList<>();
            for (DueCase dueCase : due) {
                if (casebook.restrictions().isRestricted(dueCase.caseId())) {
                    // Its tasks are sealed with it; the queue still lists it for those it is restricted to.
                    continue;
                }
                boolean reminded = tx.queryLong("SELECT count(*) FROM task WHERE case_id = ? AND title_code = ? "
                        + "AND done_at IS NULL", dueCase.caseId(), TaskTitle.RETENTION_REVIEW.name()) > 0;
                if (!reminded) {
                    added.add(casebook.tasks().add(tx, dueCase.caseId(), TaskTitle.RETENTION_REVIEW, List.of(), today));
                }
            }
            return added;
        });
    }

    private RetentionDecision decideRemoval(long caseId, RetentionChoice choice, String reason) {
        String why = requireReason(reason);
        requireDue(caseId);
        return casebook.transactions().write(tx -> casebook.retention().decide(tx, caseId, choice, null, why));
    }

    private List<DueCase> due(RetentionSchedule schedule, LocalDate today) {
        List<DueCase> due = new ArrayList<>();
        for (ClosedCaseFacts facts : casebook.retention().closedCases()) {
            dueCase(schedule, facts, today).ifPresent(due::add);
        }
        return due;
    }

    /** The case as a queue entry, or empty when it is on hold, not yet due or decided. */
    static Optional<DueCase> dueCase(RetentionSchedule schedule, ClosedCaseFacts facts, LocalDate today) {
        LocalDate ends = schedule.endsOn(facts);
        if (facts.hold().isPresent() || ends.isAfter(today)) {
            return Optional.empty();
        }
        LocalDate keptUntil = null;
        if (facts.latestDecision().isPresent()) {
            RetentionDecision latest = facts.latestDecision().get();
            if (latest.choice() != RetentionChoice.KEEP || latest.keepUntil().isAfter(today)) {
                return Optional.empty();
            }
            keptUntil = latest.keepUntil();
        }
        return Optional.of(new DueCase(facts.caseId(), facts.reference(), facts.closedOn(), ends,
                RetentionSchedule.categoriesOf(facts), keptUntil));
    }

    private void requireDue(long caseId) {
        requireCase(caseId);
        if (casebook.retention().hold(caseId).isPresent()) {
            throw new CaseworkException(Problem.ON_LEGAL_HOLD);
        }
        if (queue().stream().noneMatch(d -> d.caseId() == caseId)) {
            throw new CaseworkException(Problem.RETENTION_NOT_DUE);
        }
    }

    /**
     * Refuses unless the case is closed, its period has ended since its last closing, it is not on hold and no
     * keep decision is in force; returns whether an anonymise decision already waits for it. A decision taken
     * before the case was reopened does not count for its new closing.
     */
    private boolean requireDueToAnonymise(long caseId) {
        requireCase(caseId);
        if (casebook.retention().hold(caseId).isPresent()) {
            throw new CaseworkException(Problem.ON_LEGAL_HOLD);
        }
        ClosedCaseFacts facts = casebook.retention().closedCases().stream().filter(f -> f.caseId() == caseId)
                .findFirst().orElseThrow(() -> new CaseworkException(Problem.RETENTION_NOT_DUE));
        LocalDate today = today();
        if (readSchedule().endsOn(facts).isAfter(today)) {
            throw new CaseworkException(Problem.RETENTION_NOT_DUE);
        }
        Optional<RetentionDecision> latest = facts.latestDecision();
        if (latest.isEmpty() || latest.get().choice() == RetentionChoice.KEEP
                && !latest.get().keepUntil().isAfter(today)) {
            return false;
        }
        if (latest.get().choice() == RetentionChoice.ANONYMISE && latest.get().carriedOutAt() == null) {
            return true;
        }
        throw new CaseworkException(Problem.RETENTION_NOT_DUE);
    }

    private RetentionSchedule readSchedule() {
        int defaultYears = years(DEFAULT_YEARS_KEY).orElse(RetentionSchedule.STANDARD_YEARS);
        Map<RetentionCategory, Integer> categories = new EnumMap<>(RetentionCategory.class);
        for (RetentionCategory category : RetentionCategory.values()) {
            years(category.settingKey()).ifPresent(y -> categories.put(category, y));
        }
        return new RetentionSchedule(defaultYears, categories);
    }

    /** A stored period; a value that is not a sensible number of years is ignored rather than trusted. */
    private Optional<Integer> years(String key) {
        return casebook.settings().find(key).flatMap(text -> {
            try {
                int years = Integer.parseInt(text.strip());
                return years >= RetentionSchedule.MIN_YEARS && years <= RetentionSchedule.MAX_YEARS
                        ? Optional.of(years) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static int checkedYears(int years) {
        if (years < RetentionSchedule.MIN_YEARS || years > RetentionSchedule.MAX_YEARS) {
            throw new CaseworkException(Problem.OUT_OF_RANGE,
                    RetentionSchedule.MIN_YEARS + "-" + RetentionSchedule.MAX_YEARS);
        }
        return years;
    }

    private void requireCase(long caseId) {
        if (casebook.cases().find(caseId).isEmpty()) {
            throw new CaseworkException(Problem.NOT_FOUND);
        }
    }

    static String requireReason(String reason) {
        if (!Text.meaningful(reason)) {
            throw new CaseworkException(Problem.REASON_NEEDED);
        }
        return reason.strip();
    }

    private LocalDate today() {
        return LocalDate.now(casebook.clock());
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
