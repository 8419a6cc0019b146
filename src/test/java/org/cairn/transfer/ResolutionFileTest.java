package org.cairn.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cairn.transfer.MergePreview.FieldConflict;
import org.cairn.transfer.Resolutions.Choice;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The file of merge choices written by --write-resolutions and read back by --resolutions. */
class ResolutionFileTest {
    private static final List<String> PLAIN = List.of("alias", "children_count", "due_on", "risk_level", "name");

    @Test
    void aContactSafetyConflictIsMarkedOnTheLineAboveItAndNoOtherIs() {
        String text = ResolutionFile.template(preview(List.of(conflict("client", "alias"),
                conflict("client", "phone"), conflict("task-1b2c3d4e", "due_on"), conflict("client", "code_word"))));
        List<String> lines = text.lines().toList();
        assertThat(above(lines, "? C-2026-0042/client/phone")).isEqualTo(ResolutionFile.CONTACT_SAFETY_NOTE);
        assertThat(above(lines, "? C-2026-0042/client/code_word")).isEqualTo(ResolutionFile.CONTACT_SAFETY_NOTE);
        assertThat(above(lines, "? C-2026-0042/client/alias")).doesNotContain("contact safety");
        assertThat(above(lines, "? C-2026-0042/task-1b2c3d4e/due_on")).doesNotContain("contact safety");
        assertThat(lines.stream().filter(ResolutionFile.CONTACT_SAFETY_NOTE::equals)).hasSize(2);
    }

    /** Any mix of conflicts: one mark per contact-safety field, and the file with every ? chosen reads back whole. */
    @RepeatedTest(20)
    void everyMixIsMarkedOncePerContactSafetyFieldAndReadsBack(org.junit.jupiter.api.RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<String> safety = new ArrayList<>(Resolutions.CLIENT_CONTACT_SAFETY);
        java.util.Collections.sort(safety);
        List<FieldConflict> conflicts = new ArrayList<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            List<String> from = random.nextBoolean() ? safety : PLAIN;
            String field = from.get(random.nextInt(from.size()));
            conflicts.add(conflict(random.nextInt(4) == 0 ? "never-contact-%08x".formatted(i) : "record-" + i, field));
        }
        String text = ResolutionFile.template(preview(conflicts));
        List<String> lines = text.lines().toList();
        for (FieldConflict c : conflicts) {
            boolean marked = ResolutionFile.CONTACT_SAFETY_NOTE.equals(above(lines, "? " + c.ref()));
            assertThat(marked).as(c.ref()).isEqualTo(c.record().startsWith("never-contact-")
                    || Resolutions.CLIENT_CONTACT_SAFETY.contains(c.field()));
        }
        Resolutions read = ResolutionFile.parse(text.replace("? ", "theirs "));
        assertThat(read.choices()).hasSize(conflicts.size()).allSatisfy((ref, choice) ->
                assertThat(choice).isEqualTo(Choice.TAKE_THEIRS));
    }

    /** Every field of a never-contact mark or a person causing harm is contact safety; elsewhere the column decides. */
    @Test
    void contactSafetyIsKeyedByTableAndColumn() {
        for (String field : List.of("name", "reason", "directory_entry_id", "added_by")) {
            assertThat(Resolutions.isContactSafety(conflict("never-contact-77aa8899", field))).as(field).isTrue();
        }
        for (String field : List.of("name", "relationship", "address")) {
            assertThat(Resolutions.isContactSafety(conflict("person-causing-harm-1b2c3d4e", field))).as(field)
                    .isTrue();
        }
        assertThat(Resolutions.isContactSafety(conflict("client", "address"))).isTrue();
        assertThat(Resolutions.isContactSafety(conflict("client", "alias"))).isFalse();
        assertThat(Resolutions.isContactSafety(conflict("referral-1b2c3d4e", "recipient_name"))).isFalse();
        assertThat(Resolutions.isContactSafety(conflict("task-1b2c3d4e", "name"))).isFalse();
        Resolutions all = new Resolutions(java.util.Map.of(Resolutions.ALL, Choice.TAKE_THEIRS,
                "C-2026-0042/never-contact-77aa8899", Choice.TAKE_THEIRS, "C-2026-0042", Choice.TAKE_THEIRS));
        assertThat(all.forConflict(conflict("never-contact-77aa8899", "name"))).isEmpty();
        assertThat(all.forConflict(conflict("task-1b2c3d4e", "name"))).contains(Choice.TAKE_THEIRS);
    }

    private static String above(List<String> lines, String line) {
        int at = lines.indexOf(line);
        assertThat(at).as(line).isPositive();
        return lines.get(at - 1);
    }

    private static FieldConflict conflict(String record, String field) {
        return new FieldConflict("C-2026-0042", record, field, "here", "there", null, null);
    }

    private static TransferPreview preview(List<FieldConflict> conflicts) {
        return new TransferPreview("Outreach laptop", "ABCD", 3, TransferKind.SHARE, List.of(),
                new MergePreview(List.of(), conflicts, List.of()));
    }
}
