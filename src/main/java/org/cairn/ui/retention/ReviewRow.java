package org.cairn.ui.retention;

import java.time.LocalDate;

/**
 * One line of the review queue.
 *
 * @param closedOn when the case closed, or null for an open case on hold
 * @param date the date that matters for its state: when the period ended (due), when the hold is reviewed (held),
 *     or when the decision was taken (awaiting)
 * @param categories the retention categories it falls in, in words, or empty
 */
public record ReviewRow(long caseId, String reference, State state, LocalDate closedOn, LocalDate date,
        String categories) {
    /** What can be done with the case now. */
    public enum State {
        /** Its period has ended: keep, erase or anonymise. */
        DUE,
        /** On legal hold: its clock is stopped and nothing can be decided. */
        HELD,
        /** Decided for erasure; an administrator carries it out. */
        AWAITING_ERASURE,
        /** Decided for anonymisation, which waits to be carried out. */
        AWAITING_ANONYMISATION
    }

    /** Only a due case can be decided: a held or not-yet-due case never can. */
    public boolean decidable() {
        return state == State.DUE;
    }
}
