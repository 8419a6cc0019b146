package org.cairn.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairn.transfer.MergePreview.FieldConflict;
import org.cairn.transfer.MergePreview.Removal;

/**
 * The advocate's choice for each conflict and removal, by reference. A conflict is matched by its field reference
 * ({@code C-2026-0042/task-1b2c3d4e/due_on}), else by its record ({@code C-2026-0042/task-1b2c3d4e}), else by its
 * case ({@code C-2026-0042}), else by {@code all}. A removal is matched by its own reference only: removing a
 * never-contact mark or putting one back is never a side effect of a broader choice. So is a conflict on a
 * contact-safety field ({@link #isContactSafety}): "safe to phone: no" is never turned back by {@code all}, and
 * the name or reason of a never-contact mark or anything about a person causing harm is never changed by it.
 */
public record Resolutions(Map<String, Choice> choices) {
    public static final String ALL = "all";
    /**
     * The client's fields whose conflicts only their own field reference settles: how, where and whether she may be
     * contacted. Keyed by table as well as column, so a same-named column elsewhere is neither caught nor missed.
     */
    public static final Set<String> CLIENT_CONTACT_SAFETY = Set.of("safe_to_phone", "safe_to_text",
            "safe_to_post", "safe_to_email", "safe_contact", "safe_times", "code_word", "areas_to_avoid", "address",
            "phone", "email");
    /** Tables every field of which is contact safety: who must never be contacted, and who is causing her harm. */
    public static final Set<String> CONTACT_SAFETY_TABLES = Set.of("client_blocked_recipient", "client_abuser");

    public Resolutions {
        choices = Map.copyOf(new LinkedHashMap<>(choices));
    }

    public enum Choice {
        KEEP_OURS, TAKE_THEIRS
    }

    public static Resolutions none() {
        return new Resolutions(Map.of());
    }

    public Optional<Choice> forConflict(FieldConflict conflict) {
        String record = conflict.caseReference() + "/" + conflict.record();
        List<String> refs = isContactSafety(conflict) ? List.of(conflict.ref())
                : List.of(conflict.ref(), record, conflict.caseReference(), ALL);
        for (String ref : refs) {
            Choice choice = choices.get(ref);
            if (choice != null) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    /** Whether the conflict is on a contact-safety field, settled by its exact field reference only. */
    public static boolean isContactSafety(FieldConflict conflict) {
        return isContactSafety(RecordFields.table(conflict.record()), conflict.field());
    }

    /** Whether {@code column} of {@code table} (null when the table is not known) is contact safety. */
    public static boolean isContactSafety(String table, String column) {
        return table == null ? CLIENT_CONTACT_SAFETY.contains(column)
                : CONTACT_SAFETY_TABLES.contains(table)
                        || table.equals("client") && CLIENT_CONTACT_SAFETY.contains(column);
    }

    public Optional<Choice> forRemoval(Removal removal) {
        return Optional.ofNullable(choices.get(removal.ref()));
    }

    /** Conflicts no choice covers; an import with any is refused. */
    public List<FieldConflict> unresolved(MergePreview merge) {
        return merge.conflicts().stream().filter(c -> forConflict(c).isEmpty()).toList();
    }

    /** References that match no conflict or removal of this file: a typing mistake, refused rather than ignored. */
    public List<String> unmatched(MergePreview merge) {
        List<String> unmatched = new ArrayList<>();
        for (String ref : choices.keySet()) {
            boolean matches = ref.equals(ALL) && !merge.conflicts().isEmpty()
                    || merge.conflicts().stream().anyMatch(c -> c.ref().equals(ref)
                            || (c.caseReference() + "/" + c.record()).equals(ref) || c.caseReference().equals(ref))
                    || merge.removals().stream().anyMatch(r -> r.ref().equals(ref));
            if (!matches) {
                unmatched.add(ref);
            }
        }
        return unmatched;
    }
}
