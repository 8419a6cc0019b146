package org.cairn.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cairn.casebook.ErasureScope;
import org.cairn.casebook.RetentionChoice;

/**
 * The records of processing a data-protection lead signs off: what kinds of data the casebook holds and how many
 * records of each, how long closed cases are kept, and what was held, decided, erased, requested and corrected.
 * Identifiers, dates and staff names only: no reason typed about a client and no value of hers.
 */
public record ProcessingReport(List<DataCategory> categories, RetentionSchedule schedule, List<Hold> holds,
        List<Decision> decisions, List<Erased> erasures, List<Request> requests, List<Correction> corrections) {
    public ProcessingReport {
        categories = List.copyOf(categories);
        holds = List.copyOf(holds);
        decisions = List.copyOf(decisions);
        erasures = List.copyOf(erasures);
        requests = List.copyOf(requests);
        corrections = List.copyOf(corrections);
    }

    /**
     * One kind of data and how many rows hold it.
     *
     * @param key names the kind (a screen finds its words by it), such as {@code notes}
     * @param specialCategory whether it is (or may be) special-category data: health, ethnicity, abuse
     */
    public record DataCategory(String key, boolean specialCategory, long records) {
    }

    /** A legal hold: the case, when it was placed and by whom, and its review date (never its reason). */
    public record Hold(String reference, Instant placedAt, String placedBy, LocalDate reviewOn) {
    }

    /** A review decision (never its reason); {@code carriedOutAt} is set once the erasure ran. */
    public record Decision(String reference, RetentionChoice choice, LocalDate keepUntil, String decidedBy,
            Instant decidedAt, Instant carriedOutAt) {
    }

    /**
     * One line of the erasure journal: its random id, what it erased and when; {@code reapplied} when it was
     * applied again to a restored older copy.
     */
    public record Erased(String erasureId, ErasureScope scope, int cases, Instant erasedAt, boolean reapplied) {
    }

    /**
     * A subject access request; {@code reference} is her latest case, or empty once she was erased.
     *
     * @param dueBy the due date, extension included
     * @param delivery how her copy reaches her, once written; empty when not recorded (a copy written before
     *     Cairn recorded it, or one whose client was erased since)
     */
    public record Request(long requestId, String reference, LocalDate receivedOn, LocalDate dueBy,
            boolean extended, LocalDate completedOn, Optional<SubjectAccessDelivery> delivery) {
    }

    /** A correction she asked for: which field, never its values. */
    public record Correction(String reference, String field, LocalDate requestedOn, String recordedBy,
            Instant recordedAt) {
    }
}
