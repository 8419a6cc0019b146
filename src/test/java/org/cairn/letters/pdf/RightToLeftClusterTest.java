package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.cairn.letters.layout.LetterLayout;
import org.junit.jupiter.api.Test;

/**
 * The spans of voweled right-to-left clusters, read as a reader that follows the PDF specification reads them:
 * the outermost {@code /ActualText} stands for everything inside it, as one piece of text; the pieces of a
 * right-to-left word, drawn in visual order, are reversed. Every word of the letter comes back, and each inner
 * span holds its outer span's characters in visual order (what pdftotext reads, see VoweledArabicReadBackTest).
 */
class RightToLeftClusterTest {

    @Test
    void outerSpansGiveEveryVoweledWordInLogicalOrder() throws Exception {
        Fonts.require(LetterScript.ARABIC);
        String text = VoweledArabicReadBackTest.voweled(new Random(7), "ابتثجحخدذرزسشصضطظعغفقكلمنهوي", 30);
        assertSpecReaderGetsEveryWord(SampleLetters.letter("ar", text, 1, null));
    }

    /** A Nastaliq word carries its text whole (CascadedWord); English terms between the words read as well. */
    @Test
    void outerSpansGiveEveryNastaliqWordInLogicalOrder() throws Exception {
        assumeTrue(Fonts.SYSTEM.fallbackNotice("ur").isEmpty(), "Noto Nastaliq Urdu (fonts-noto-core) is installed");
        assertSpecReaderGetsEveryWord(SampleLetters.letter("ur", SampleLetters.URDU_WITH_ENGLISH));
    }

    private static void assertSpecReaderGetsEveryWord(LetterLayout letter) throws Exception {
        byte[] pdf = new LetterPdf(Fonts.SYSTEM).render(letter);

        List<String> read = new ArrayList<>();
        List<String[]> nested = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                read.addAll(wordsBySpecReader(page, nested).values());
            }
        }

        List<String> words = new ArrayList<>(ReadBack.words(String.join(" ", read)));
        for (String word : ReadBack.words(letter)) {
            assertThat(words.remove(word)).as("%s read back from %s", word, read).isTrue();
        }
        assertThat(nested).as("voweled clusters and cascaded words have nested spans").hasSizeGreaterThan(20);
        for (String[] pair : nested) {
            assertThat(pair[1]).isEqualTo(RightToLeftCluster.visualOrder(pair[0]));
            assertThat(pair[1]).isNotEqualTo(pair[0]);
        }
    }

    @Test
    void visualOrderReversesCodePointsNotChars() {
        assertThat(RightToLeftCluster.visualOrder("\u0643\u0650")).isEqualTo("\u0650\u0643");
        assertThat(RightToLeftCluster.visualOrder("a\uD835\uDC00b")).isEqualTo("b\uD835\uDC00a");
        assertThat(RightToLeftCluster.visualOrder("")).isEmpty();
    }

    /**
     * The text of each marked-content sequence with an MCID: outermost spans as one piece each, other glyphs by
     * their ToUnicode map; pieces reversed when the sequence holds right-to-left letters. Collects each nested
     * span's text with its outer span's.
     */
    private static Map<Integer, String> wordsBySpecReader(PDPage page, List<String[]> nested) throws IOException {
        Map<Integer, String> byMcid = new LinkedHashMap<>();
        for (var it = page.getContentStreams(); it.hasNext(); ) {
            PDStream stream = it.next();
            byte[] bytes;
            try (InputStream in = stream.createInputStream()) {
                bytes = in.readAllBytes();
            }
            Deque<String> spans = new ArrayDeque<>(); // ActualText of each open sequence, "" when none
            List<String> pieces = new ArrayList<>();
            int mcid = -1;
            PDFont font = null;
            List<Object> operands = new ArrayList<>();
            for (Object token : new PDFStreamParser(bytes).parse()) {
                if (!(token instanceof Operator op)) {
                    operands.add(token);
                    continue;
                }
                switch (op.getName()) {
                    case "BDC" -> {
                        COSDictionary props = (COSDictionary) operands.get(1);
                        String actual = props.getString(COSName.ACTUAL_TEXT);
                        if (props.containsKey(COSName.MCID)) {
                            mcid = props.getInt(COSName.MCID);
                            pieces = new ArrayList<>();
                        }
                        if (actual != null && outermost(spans)) {
                            pieces.add(actual);
                        } else if (actual != null) {
                            nested.add(new String[] {outer(spans), actual});
                        }
                        spans.push(actual == null ? "" : actual);
                    }
                    case "BMC" -> spans.push("");
                    case "EMC" -> {
                        spans.pop();
                        if (spans.isEmpty() && mcid >= 0) {
                            byMcid.put(mcid, join(pieces));
                            mcid = -1;
                        }
                    }
                    case "Tf" -> font = page.getResources().getFont((COSName) operands.get(0));
                    case "Tj" -> {
                        byte[] codes = ((COSString) operands.get(0)).getBytes();
                        for (int i = 0; outermost(spans) && i + 1 < codes.length; i += 2) {
                            pieces.add(font.toUnicode(((codes[i] & 0xFF) << 8) | (codes[i + 1] & 0xFF)));
                        }
                    }
                    default -> {
                    }
                }
                operands.clear();
            }
        }
        return byMcid;
    }

    private static boolean outermost(Deque<String> spans) {
        return spans.stream().allMatch(String::isEmpty);
    }

    private static String outer(Deque<String> spans) {
        return spans.stream().filter(s -> !s.isEmpty()).reduce((first, second) -> second).orElseThrow();
    }

    private static String join(List<String> pieces) {
        boolean rightToLeft = pieces.stream().anyMatch(p -> p.codePoints()
                .anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            out.append(pieces.get(rightToLeft ? pieces.size() - 1 - i : i));
        }
        return out.toString();
    }
}
