package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.layout.Letterhead;
import org.cairn.letters.layout.PageLabels;
import org.cairn.letters.layout.PaperSize;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lists in right-to-left letters, with items of many lengths so that many end in a short last line. Urdu in
 * Nastaliq is the hard case: its lines stand 2.5 times the font size apart, too far for pdftotext to join an
 * item's lines into one block, and with the marker apart at the margin it read a short last line after the
 * items that followed (the built-in Urdu letter read back at 96%; ADR 0055).
 */
class RightToLeftListReadBackTest {

    private static final float BODY_SIZE = 10.5f;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ur, URDU_WITH_ENGLISH, 11", "ur, URDU, 12", "ar, ARABIC, 13", "fa, FARSI, 14"})
    void listItemsComeBackInOrder(String language, String sample, long seed) throws Exception {
        ReadBack.assumePdfToText();
        requireFont(language);
        LetterLayout letter = listLetter(language, words(sample), new Random(seed));

        String read = ReadBack.pdfToText(new LetterPdf(Fonts.SYSTEM).render(letter), dir);

        List<String> source = ReadBack.words(letter);
        List<String> words = ReadBack.words(read);
        assertThat(ReadBack.recovered(source, words)).as("%s: missing %s", language, ReadBack.missing(source, words))
                .isGreaterThanOrEqualTo(0.99);
    }

    /**
     * The layout that makes it so: each marker stands on its item's first baseline, a visible gap from the text
     * and near enough (within 0.7 of the font size) for pdftotext to read it as part of that line.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"ur, URDU_WITH_ENGLISH, 21", "ar, ARABIC, 22", "fa, FARSI, 23"})
    void eachMarkerStandsBesideItsFirstLine(String language, String sample, long seed) throws Exception {
        requireFont(language);
        LetterLayout letter = listLetter(language, words(sample), new Random(seed));
        LetterComposer composer = new LetterComposer(new ParagraphLayout(new TextShaper(Fonts.SYSTEM,
                new GlyphShaper(), language), true), true, 595, 842);

        int markers = 0;
        for (List<PageItem> page : composer.compose(letter, 0)) {
            for (PageItem item : page) {
                if (item instanceof PageItem.TextLine marker && marker.tag() != null
                        && marker.tag().type().equals("Lbl")) {
                    PageItem.TextLine first = firstLineOf(marker, page);
                    float gap = leftEdge(marker) - rightEdge(first);
                    assertThat(gap).as("gap between marker and text").isBetween(3f, 0.7f * BODY_SIZE);
                    markers++;
                }
            }
        }
        assertThat(markers).isEqualTo(letter.body().stream().mapToInt(RightToLeftListReadBackTest::items).sum());
    }

    /** A letter of one bullet list and one numbered list, items of 4 to 40 words drawn from the sample. */
    private static LetterLayout listLetter(String language, List<String> pool, Random random) {
        List<List<Inline>> bullets = new ArrayList<>();
        List<List<Inline>> numbered = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            (i % 3 == 2 ? numbered : bullets).add(List.of(Inline.plain(sentence(pool, 4 + random.nextInt(37),
                    random))));
        }
        List<Block> body = List.of(new Block.Paragraph(List.of(Inline.plain(sentence(pool, 12, random)))),
                new Block.BulletList(bullets), new Block.NumberedList(numbered),
                new Block.Paragraph(List.of(Inline.plain(sentence(pool, 12, random)))));
        Letterhead head = new Letterhead("Riverside Women's Support", List.of("12 Example Street"), "01234 567890",
                "help@example.org", "", null);
        return new LetterLayout(head, "25 November 2026", List.of("Amira", "3 Example Row"), "C-0042",
                sentence(pool, 3, random), body, List.of("A. Advocate"), language, PaperSize.A4,
                PageLabels.neutral(), "Letter");
    }

    private static String sentence(List<String> pool, int count, Random random) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(pool.get(random.nextInt(pool.size())));
        }
        return String.join(" ", words);
    }

    /** The sample's words, punctuation and brackets kept with them (an English term stays whole in brackets). */
    private static List<String> words(String sample) throws ReflectiveOperationException {
        return List.of(((String) SampleLetters.class.getField(sample).get(null)).split(" "));
    }

    private static void requireFont(String language) {
        Fonts.require(LetterScript.ARABIC);
        if (language.equals("ur")) {
            assumeTrue(Fonts.SYSTEM.fallbackNotice("ur").isEmpty(), "Noto Nastaliq Urdu (fonts-noto-core) is "
                    + "installed; .ci/run installs it");
        }
    }

    /** The text line of the marker's own item that stands on the marker's baseline. */
    private static PageItem.TextLine firstLineOf(PageItem.TextLine marker, List<PageItem> page) {
        return page.stream().filter(p -> p instanceof PageItem.TextLine).map(p -> (PageItem.TextLine) p)
                .filter(t -> t.tag() != null && t.tag().type().equals("LBody")
                        && t.tag().parent() == marker.tag().parent() && t.baseline() == marker.baseline())
                .findFirst().orElseThrow(() -> new AssertionError("no first line on the marker's baseline"));
    }

    private static float leftEdge(PageItem.TextLine line) {
        return line.left() + (float) line.line().fragments().stream().mapToDouble(Line.Placed::x).min().orElse(0);
    }

    private static float rightEdge(PageItem.TextLine line) {
        return line.left() + (float) line.line().fragments().stream().mapToDouble(p -> p.x() + p.fragment().width())
                .max().orElse(0);
    }

    private static int items(Block block) {
        return block instanceof Block.BulletList l ? l.items().size()
                : block instanceof Block.NumberedList l ? l.items().size() : 0;
    }
}
