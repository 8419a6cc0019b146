package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Her copy's files hold any text she or an advocate typed exactly, and none of it can break out of its field. */
class SubjectAccessFilesTest {
    /** A JSON string decoder written from the grammar, independent of the writer. */
    private static String decode(String quoted) {
        assertThat(quoted).startsWith("\"").endsWith("\"");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            assertThat(c).as("raw control or quote at %d", i).isGreaterThanOrEqualTo(' ').isNotEqualTo('"');
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = quoted.charAt(++i);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'n' -> out.append('\n');
                case 'u' -> {
                    out.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new AssertionError("unexpected escape " + escape);
            }
        }
        return out.toString();
    }

    @Test
    void everyStringRoundTripsThroughJsonWithNoRawControlCharacters() {
        Random random = new Random(40);
        String nasty = "\"\\\n\r\t\u0000\u001f\u007f\u2028\u2029\u202e\u200b=+-@,";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(random.nextInt(3) == 0 ? nasty.charAt(random.nextInt(nasty.length()))
                        : (char) random.nextInt(0x3000));
            }
            String quoted = SubjectAccessFiles.quote(text.toString());
            assertThat(quoted).doesNotContain("\u2028", "\u2029", "\n", "\r");
            assertThat(decode(quoted)).isEqualTo(text.toString());
        }
    }

    @Test
    void aCsvValueCannotRunAsAFormulaOrSpillIntoAnotherField() {
        for (String formula : new String[] {"=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"}) {
            String field = SubjectAccessFiles.csvField(formula);
            String unquoted = field.startsWith("\"") ? field.substring(1) : field;
            assertThat(unquoted).startsWith("'");
        }
        assertThat(SubjectAccessFiles.csvField("a,b")).isEqualTo("\"a,b\"");
        assertThat(SubjectAccessFiles.csvField("say \"no\"\nthen")).isEqualTo("\"say \"\"no\"\"\nthen\"");
        assertThat(SubjectAccessFiles.csvField("12 Quiet Lane")).isEqualTo("12 Quiet Lane");
    }
}
