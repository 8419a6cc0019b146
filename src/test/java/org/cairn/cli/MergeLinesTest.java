package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.cairn.transfer.MergePreview;
import org.cairn.transfer.MergePreview.FieldConflict;
import org.cairn.transfer.MergePreview.Removal;
import org.cairn.transfer.MergePreview.Side;
import org.cairn.transfer.Resolutions;
import org.cairn.transfer.Resolutions.Choice;
import org.junit.jupiter.api.Test;

/** What the command line says a merge does with removals and conflicts: never more than it will do. */
class MergeLinesTest {
    private static final String CASE = "C-2026-0042";

    @Test
    void aRecordAMergeNeverRemovesIsSaidToBeKeptEvenWhenTheirsIsTaken() {
        for (String kind : List.of("note", "task", "consent", "form", "referral")) {
            Removal removal = new Removal(CASE, kind + "-1b2c3d4e", Side.THERE);
            String said = printed(new MergePreview(List.of(), List.of(), List.of(removal)),
                    new Resolutions(Map.of(removal.ref(), Choice.TAKE_THEIRS)));
            assertThat(said).as(kind).contains("kept here (a merge never removes this)")
                    .doesNotContain("removed here too");
        }
    }

    @Test
    void aNeverContactMarkOrPersonCausingHarmIsRemovedOnlyWhenChosen() {
        for (String kind : List.of("never-contact", "person-causing-harm")) {
            Removal removal = new Removal(CASE, kind + "-1b2c3d4e", Side.THERE);
            MergePreview merge = new MergePreview(List.of(), List.of(), List.of(removal));
            assertThat(printed(merge, new Resolutions(Map.of(removal.ref(), Choice.TAKE_THEIRS)))).as(kind)
                    .contains("removed here too (--take-theirs)");
            assertThat(printed(merge, new Resolutions(Map.of("all", Choice.TAKE_THEIRS)))).as(kind)
                    .endsWith("still here: kept here\n");
        }
    }

    @Test
    void aContactSafetyConflictIsShownAsSettledOnlyByItsOwnReference() {
        FieldConflict phone = new FieldConflict(CASE, "client", "safe_to_phone", "NO", "YES", null, null);
        FieldConflict alias = new FieldConflict(CASE, "client", "alias", "Amal K.", "Amal H.", null, null);
        String said = printed(new MergePreview(List.of(), List.of(phone, alias), List.of()),
                new Resolutions(Map.of("all", Choice.TAKE_THEIRS)));
        assertThat(said).contains(phone.ref() + " [not chosen]  (contact safety: only a choice naming this exact "
                + "reference settles it)").contains(alias.ref() + " [take theirs]\n");
    }

    private static String printed(MergePreview merge, Resolutions choices) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            MergeLines.print(out, merge, choices);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
