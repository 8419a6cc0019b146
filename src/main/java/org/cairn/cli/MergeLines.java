package org.cairn.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.templates.Printable;
import org.cairn.transfer.MergePreview;
import org.cairn.transfer.MergePreview.FieldConflict;
import org.cairn.transfer.MergePreview.LastChange;
import org.cairn.transfer.MergePreview.RecordChange;
import org.cairn.transfer.MergePreview.Removal;
import org.cairn.transfer.ResolutionFile;
import org.cairn.transfer.Resolutions;
import org.cairn.transfer.Resolutions.Choice;

/** The merge part of a transfer import on the command line: the choices given, and what the merge does. */
final class MergeLines {
    /** Far above any choices file; a wrong huge file is refused before it is read. */
    static final int MAX_RESOLUTIONS_BYTES = 4 * 1024 * 1024;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MergeLines() {
    }

    /** The choices from a file and the options together; the same reference chosen twice is refused. */
    static Resolutions choices(Path file, List<String> keepOurs, List<String> takeTheirs) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        if (file != null) {
            try {
                choices.putAll(ResolutionFile.parse(new String(NewFiles.read(file, MAX_RESOLUTIONS_BYTES),
                        StandardCharsets.UTF_8)).choices());
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCodes.USAGE, "--resolutions: " + e.getMessage()
                        + "; each line is ours REF, theirs REF, ? REF or a # note");
            }
        }
        for (String ref : keepOurs) {
            put(choices, ref.strip(), Choice.KEEP_OURS);
        }
        for (String ref : takeTheirs) {
            put(choices, ref.strip(), Choice.TAKE_THEIRS);
        }
        return new Resolutions(choices);
    }

    private static void put(Map<String, Choice> choices, String ref, Choice choice) {
        if (choices.put(ref, choice) != null) {
            throw new CliFailure(ExitCodes.USAGE, "a reference is chosen twice (in --keep-ours, --take-theirs or "
                    + "--resolutions); choose once for each");
        }
    }

    static void print(PrintWriter out, MergePreview merge, Resolutions choices) {
        for (RecordChange change : merge.changes()) {
            String what = switch (change.what()) {
                case ADDED -> "added";
                case UPDATED -> "updated";
                case WORDINGS_KEPT -> "worded differently on both sides (both wordings kept)";
                case HISTORY_ADDED -> "history added";
            };
            out.println("  " + change.caseReference() + "\t" + change.record() + "\t" + what
                    + (change.fields().isEmpty() ? "" : ": " + String.join(", ", change.fields())));
        }
        if (!merge.conflicts().isEmpty()) {
            out.println(merge.conflicts().size() + " conflict(s): changed on both sides since they last matched. "
                    + "Choose each with --keep-ours REF or --take-theirs REF (or --resolutions FILE):");
        }
        for (FieldConflict conflict : merge.conflicts()) {
            String chosen = choices.forConflict(conflict)
                    .map(c -> c == Choice.KEEP_OURS ? " [keep ours]" : " [take theirs]").orElse(" [not chosen]");
            out.println("  " + conflict.ref() + chosen + (Resolutions.isContactSafety(conflict)
                    ? "  (contact safety: only a choice naming this exact reference settles it)" : ""));
            out.println("      here:  " + Printable.of(conflict.ours()) + changed(conflict.ourChange(), "here"));
            out.println("      there: " + Printable.of(conflict.theirs())
                    + changed(conflict.theirChange(), "there"));
        }
        for (Removal removal : merge.removals()) {
            boolean apply = choices.forRemoval(removal).orElse(Choice.KEEP_OURS) == Choice.TAKE_THEIRS;
            out.println("  " + removal.ref() + "\t" + switch (removal.removedOn()) {
                case HERE -> "removed in this casebook, still in the other: "
                        + (apply ? "put back (--take-theirs)" : "not put back");
                case THERE -> "removed in the other casebook, still here: " + (!removal.removableHere()
                        ? "kept here (a merge never removes this)"
                        : apply ? "removed here too (--take-theirs)" : "kept here");
            });
        }
    }

    private static String changed(LastChange change, String side) {
        return change == null ? "" : "  (last changed " + side + " by " + Printable.of(change.by()) + ", "
                + WHEN.format(change.at()) + ")";
    }
}
