package org.cairn.transfer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cairn.transfer.Resolutions.Choice;

/**
 * A small text file of choices, one per line: {@code ours REF} or {@code theirs REF}; {@code ? REF} is a choice
 * not made yet, and lines starting with {@code #} are notes. {@link #template} writes one line per conflict (with
 * {@code ?}) and per removal (with {@code ours}, the default), naming fields by reference only: no value from the
 * case is written to disk. A contact-safety conflict gets a note line of its own just above it, as the printed
 * preview marks it, so that nobody replaces its {@code ?} along with the others without reading it.
 */
public final class ResolutionFile {
    /** Far more lines than any merge; a wrong huge file is refused rather than read. */
    static final int MAX_LINES = 100_000;
    /** The note above a contact-safety conflict's line; a note, so reading the file back ignores it. */
    public static final String CONTACT_SAFETY_NOTE = "# contact safety: choose the next line on its own; only a "
            + "choice naming this exact reference settles it";

    private ResolutionFile() {
    }

    public static String template(TransferPreview preview) {
        StringBuilder text = new StringBuilder();
        text.append("# Cairn merge choices for transfer ").append(preview.sequence()).append(".\n")
                .append("# Replace each ? with ours (keep this casebook's value) or theirs (take the other's),\n")
                .append("# then: cairn transfer import ... --resolutions THIS-FILE. See docs/TRANSFER.md.\n");
        for (MergePreview.FieldConflict conflict : preview.merge().conflicts()) {
            if (Resolutions.isContactSafety(conflict)) {
                text.append(CONTACT_SAFETY_NOTE).append('\n');
            }
            text.append("? ").append(conflict.ref()).append('\n');
        }
        if (!preview.merge().removals().isEmpty()) {
            text.append("# Removed on one side: ours keeps this casebook as it is; theirs applies the other side.\n");
            for (MergePreview.Removal removal : preview.merge().removals()) {
                text.append("ours ").append(removal.ref()).append('\n');
            }
        }
        return text.toString();
    }

    /** Reads the choices; a line that is not a note, a blank, or a word and one reference is refused by number. */
    public static Resolutions parse(String text) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        if (lines.length > MAX_LINES) {
            throw new IllegalArgumentException("a resolutions file has at most " + MAX_LINES + " lines");
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not a word and one reference");
            }
            Choice choice = switch (parts[0]) {
                case "ours" -> Choice.KEEP_OURS;
                case "theirs" -> Choice.TAKE_THEIRS;
                case "?" -> null;
                default -> throw new IllegalArgumentException("line " + (i + 1) + " starts with neither ours, "
                        + "theirs nor ?");
            };
            if (choice != null && choices.put(parts[1], choice) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + " chooses again for a reference already "
                        + "chosen");
            }
        }
        return new Resolutions(choices);
    }
}
