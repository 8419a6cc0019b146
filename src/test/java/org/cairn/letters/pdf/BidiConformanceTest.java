package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reordering the letters use ({@link BidiLine}) against cases from Unicode's BidiCharacterTest.txt (kept in
 * bidi-character-cases.txt, with its source), and, for whole paragraphs cut into lines at random, against the
 * JDK's independent {@link java.text.Bidi} on text without brackets (where the two implement the same rules).
 */
class BidiConformanceTest {

    @Test
    void unicodeCasesResolveToTheirLevelsAndVisualOrder() throws IOException {
        List<String> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(16);
        for (String line : cases) {
            String[] field = line.split(";");
            String text = text(field[0]);
            byte direction = switch (field[1]) {
                case "0" -> Bidi.LTR;
                case "1" -> Bidi.RTL;
                default -> Bidi.LEVEL_DEFAULT_LTR;
            };
            Bidi paragraph = BidiLine.paragraph(text, direction);

            assertThat(paragraph.getParaLevel()).as(line).isEqualTo(Byte.parseByte(field[2]));
            int[] levels = new int[text.length()];
            Arrays.setAll(levels, i -> paragraph.getLevelAt(i));
            assertThat(levels).as(line).containsExactly(numbers(field[3]));
            assertThat(visualOrder(paragraph, 0, text.length())).as(line).containsExactly(numbers(field[4]));
        }
    }

    @Test
    void linesOfRandomMixedTextMatchTheJdk() {
        String[] pieces = {"abc", "Concession", "رعایت", "کے", "שלום", "12", "3.5", " ", " ", "-", ",", ".", "/"};
        Random random = new Random(20261207);
        for (int trial = 0; trial < 500; trial++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            boolean rtl = random.nextBoolean();
            Bidi icu = BidiLine.paragraph(text, rtl ? Bidi.RTL : Bidi.LTR);
            java.text.Bidi jdk = new java.text.Bidi(text, rtl ? java.text.Bidi.DIRECTION_RIGHT_TO_LEFT
                    : java.text.Bidi.DIRECTION_LEFT_TO_RIGHT);
            int cut = random.nextInt(text.length() + 1);
            for (int[] line : new int[][] {{0, cut}, {cut, text.length()}}) {
                if (line[0] == line[1]) {
                    continue;
                }
                assertThat(visualOrder(icu, line[0], line[1])).as("%s (rtl %s) %s", text, rtl, Arrays.toString(line))
                        .containsExactly(jdkOrder(jdk.createLineBidi(line[0], line[1]), line[0]));
            }
        }
    }

    /** Logical indices in visual order: each run's indices, reversed when the run is right to left. */
    private static int[] visualOrder(Bidi paragraph, int start, int end) {
        List<Integer> order = new ArrayList<>();
        for (BidiLine.Run run : BidiLine.visualRuns(paragraph, start, end)) {
            for (int i = 0; i < run.end() - run.start(); i++) {
                order.add(run.rightToLeft() ? run.end() - 1 - i : run.start() + i);
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] jdkOrder(java.text.Bidi line, int offset) {
        int runs = line.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) line.getRunLevel(r);
            order[r] = r;
        }
        java.text.Bidi.reorderVisually(levels, 0, order, 0, runs);
        List<Integer> out = new ArrayList<>();
        for (int r : order) {
            int s = line.getRunStart(r);
            int e = line.getRunLimit(r);
            boolean odd = (line.getRunLevel(r) & 1) == 1;
            for (int i = 0; i < e - s; i++) {
                out.add(offset + (odd ? e - 1 - i : s + i));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> cases() throws IOException {
        try (InputStream in = BidiConformanceTest.class.getResourceAsStream("bidi-character-cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    private static String text(String codePoints) {
        StringBuilder b = new StringBuilder();
        for (String hex : codePoints.trim().split(" ")) {
            b.appendCodePoint(Integer.parseInt(hex, 16));
        }
        return b.toString();
    }

    private static int[] numbers(String field) {
        return Arrays.stream(field.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    }
}
