package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextProblemsTest {
    private final TemplateParser parser = TemplateParser.standard();

    @Test
    void aByteOrderMarkAndCrlfAreAcceptedAndExportIsCanonical() {
        byte[] windows = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Samples.PLAN.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        ParseResult result = parser.parse(windows);
        assertThat(result.problems()).isEmpty();
        assertThat(new TemplateWriter().write(result.template().orElseThrow())).isEqualTo(Samples.PLAN);
    }

    @Test
    void aMissingFinalNewlineAndTrailingSpacesAreNormalisedAway() {
        String untidy = Samples.PLAN.replace("title: Sample", "title:   Sample   ").stripTrailing();
        assertThat(new TemplateWriter().write(Problems.valid(untidy))).isEqualTo(Samples.PLAN);
    }

    @Test
    void aLoneCarriageReturnIsReported() {
        assertThat(Problems.printed(Samples.PLAN.replace("title: Sample\n", "title: Sample\r")))
                .startsWith("4:14: This line ends with a carriage return alone");
    }

    @Test
    void tabsControlsOverridesAndStrayMarksAreReportedAtTheirColumn() {
        String text = Samples.PLAN.replace("Keep a bag ready.", "Keep\ta bag\u0007 ready\u202E.\uFEFF\uFFFD")
                .replace("Go gently.", "Go\u2028gently.");
        assertThat(Problems.printed(text)).isEqualTo("""
                17:13: This is a Unicode line or paragraph separator, which editors show differently. Use an \
                ordinary line break.
                19:19: This is a tab character. Use spaces instead: tabs look different in every editor.
                19:25: This is an invisible control character (U+0007). Delete it.
                19:32: This is an invisible bidirectional embedding or override (U+202E), which can make text \
                display differently from what it says. Delete it; use Unicode isolates if you need them.
                19:34: This is an invisible byte order mark inside the text. Delete it.
                19:35: This is the replacement character \uFFFD, a sign that the file was once converted from \
                another encoding and a character was lost. Type the right character here.""");
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        String text = Samples.PLAN.replace("Keep a bag ready.", "\uD83D\uDC5C Keep\ta bag ready.");
        assertThat(Problems.of(text)).extracting(Problem::column).containsExactly(21);
    }

    @Test
    void nonUtf8BytesAreReportedWhereTheyAreAndNothingElseIsGuessed() {
        byte[] latin1 = Samples.PLAN.replace("title: Sample", "title: Se\u00f1ora").getBytes(StandardCharsets.ISO_8859_1);
        List<Problem> problems = parser.parse(latin1).problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).isEqualTo(new Problem(4, 10, "These bytes are not valid UTF-8. Save the file "
                + "as UTF-8 (most editors offer this under Save As) and check the characters around here."));
    }

    @Test
    void overLongLinesAreReportedAndOtherTemplatesStillGetEveryOtherProblem() {
        String longTitle = "x".repeat(2100);
        String text = Samples.PLAN.replace("title: Sample", "title: " + longTitle).replace("kind: safety-plan",
                "kind: nonsense");
        assertThat(Problems.printed(text)).contains("4:2001: This line has 2107 characters; the most a line may "
                + "have is 2000.", "4:8: The title is longer than 200 characters.", "5:7: Unknown kind 'nonsense'.");
    }

    @Test
    void aHugeFileIsRefusedWithOneMessageBeforeItIsRead() {
        byte[] huge = new byte[TemplateLimits.standard().maxBytes() + 1];
        assertThat(parser.parse(huge).problems()).containsExactly(new Problem(1, 1, "The file is larger than 512 "
                + "KiB, the most a template may be. Check that this is the right file, or split it into smaller "
                + "templates."));
    }

    @Test
    void emptyAndBlankFilesAreRefusedPlainly() {
        for (String empty : new String[] {"", "\n\n  \r\n", "\uFEFF"}) {
            assertThat(Problems.printed(empty)).as(empty).startsWith("1:1: The file is empty.");
        }
    }

    @Test
    void aGarbledFileGivesAtMostTheLimitOfProblemsAndSaysHowManyMore() {
        String garbage = Samples.PLAN + "\t".repeat(1000);
        List<Problem> problems = Problems.of(garbage);
        assertThat(problems).hasSize(501);
        assertThat(problems.get(500).message()).isEqualTo("Only the first 500 problems are shown. Fix these and check the file again.");
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
