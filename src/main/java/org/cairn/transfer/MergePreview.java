package org.cairn.transfer;

import java.time.Instant;
import java.util.List;

/**
 * What merging the cases already here would do, before anything changes: the records added or updated from the
 * other casebook, every field changed on both sides to different values (with both values and who last changed
 * the case on each side, and when), and every record removed on one side only. A field reference names one
 * conflict, e.g. {@code C-2026-0042/task-1b2c3d4e/due_on}; a removal is named by its record,
 * {@code C-2026-0042/never-contact-77aa8899}.
 */
public record MergePreview(List<RecordChange> changes, List<FieldConflict> conflicts, List<Removal> removals) {
    public MergePreview {
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
        removals = List.copyOf(removals);
    }

    public static MergePreview nothing() {
        return new MergePreview(List.of(), List.of(), List.of());
    }

    public enum What {
        /** A record the other casebook added: it is added here. */
        ADDED,
        /** Changed there only (or on both sides in different fields): the other casebook's fields are taken. */
        UPDATED,
        /** A note worded differently on both sides: the later wording is shown and the other kept in its history. */
        WORDINGS_KEPT,
        /**
         * Saves of a form, changes of risk level, MARAC decisions or kept letters made there, or its legal hold when
         * the case has none here: added to the case (ADR 0057).
         */
        HISTORY_ADDED
    }

    /** One record the merge changes; {@code fields} names the fields that change here (empty when added). */
    public record RecordChange(String caseReference, String record, What what, List<String> fields) {
        public RecordChange {
            fields = List.copyOf(fields);
        }
    }

    /** Who last changed the case on one side, and when; empty (null) when that side has no such line. */
    public record LastChange(String by, Instant at) {
    }

    /** A field changed on both sides to different values; {@code ours} stays unless the advocate takes theirs. */
    public record FieldConflict(String caseReference, String record, String field, String ours, String theirs,
            LastChange ourChange, LastChange theirChange) {
        public String ref() {
            return caseReference + "/" + record + "/" + field;
        }
    }

    public enum Side {
        /** Removed in this casebook, still in the other: it is not added back unless the advocate takes theirs. */
        HERE,
        /** Removed in the other casebook, still here: it stays unless the advocate takes theirs (removes it). */
        THERE
    }

    public record Removal(String caseReference, String record, Side removedOn) {
        public String ref() {
            return caseReference + "/" + record;
        }

        /**
         * Whether a merge can remove it here: only a never-contact mark or a person causing harm (which a person
         * can remove in Cairn). Notes, tasks, consents, forms and referrals are never removed by a merge.
         */
        public boolean removableHere() {
            return record.startsWith(RecordFields.kind("client_abuser") + "-")
                    || record.startsWith(RecordFields.kind("client_blocked_recipient") + "-");
        }
    }

    public boolean isEmpty() {
        return changes.isEmpty() && conflicts.isEmpty() && removals.isEmpty();
    }
}
