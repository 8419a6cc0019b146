package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class RightToLeftLinesTest {
    /** Each character one unit wide: widths are easy to reason about. */
    private static final ToDoubleFunction<String> UNITS = String::length;
    private static final Locale URDU = Locale.forLanguageTag("ur");
    private static final String[] WORDS = {"کیس", "رجسٹر", "جو", "اسی", "لیپ", "ٹاپ", "پر", "رہتا", "ہے۔", "USB",
        "(انکرپٹڈ)", "کبھی", "نہیں", "12", "Home Office"};

    @Test
    void generatedTextKeepsEveryWordInOrderAndEveryLineFitsUnlessOneWordIsWider() {
        Random random = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(30);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : random.nextInt(10) == 0 ? "\n" : " ").append(WORDS[random.nextInt(
                        WORDS.length)]);
            }
            int width = 3 + random.nextInt(40);
            String broken = RightToLeftLines.breakLines(text.toString(), width, UNITS, URDU);
            assertThat(broken.replaceAll("\\s+", "")).as("nothing lost or moved").isEqualTo(
                    text.toString().replaceAll("\\s+", ""));
            assertThat(broken.split("\n", -1).length).as("its own line breaks kept")
                    .isGreaterThanOrEqualTo(text.toString().split("\n", -1).length);
            for (String line : broken.split("\n", -1)) {
                assertThat(line.length() <= width || !line.strip().contains(" ")).as("%s at width %d", line, width)
                        .isTrue();
                assertThat(line).as("no space left at the end of a line").isEqualTo(line.stripTrailing());
            }
        }
    }

    @Test
    void linesAreFilledGreedily() {
        assertThat(RightToLeftLines.breakLines("کیس رجسٹر جو اسی", 9, UNITS, URDU)).isEqualTo("کیس رجسٹر\nجو اسی");
        assertThat(RightToLeftLines.breakLines("کیس", 1, UNITS, URDU)).isEqualTo("کیس");
        assertThat(RightToLeftLines.breakLines("", 10, UNITS, URDU)).isEmpty();
    }

    @Test
    void rightToLeftLettersAreFoundInAnyMix() {
        assertThat(RightToLeftLines.hasRightToLeft("Safe times: ہفتہ")).isTrue();
        assertThat(RightToLeftLines.hasRightToLeft("شكرا")).isTrue();
        assertThat(RightToLeftLines.hasRightToLeft("⟦Ŝéţţîñĝš⟧ 12")).isFalse();
        assertThat(RightToLeftLines.hasRightToLeft(null)).isFalse();
    }
}
