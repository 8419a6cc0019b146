package org.cairn.letters.pdf;

import java.util.List;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.letters.layout.Letterhead;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.layout.PageLabels;
import org.cairn.letters.layout.PaperSize;

/**
 * A throwaway one-page letter in the bundled font that uses every kind of block and style, so drawing it once
 * loads what any letter needs. It holds no case data and is never kept, printed or shown.
 */
final class WarmUpLetter {
    private WarmUpLetter() {
    }

    static LetterLayout layout() {
        String words = "Cairn prepares this page in memory before the first letter, then forgets it.";
        List<Block> body = List.of(
                new Block.Heading(1, List.of(Inline.plain("Warm-up"))),
                new Block.Paragraph(List.of(Inline.plain(words + " "), Inline.bold("Bold"), Inline.plain(", "),
                        Inline.italic("italic"), Inline.plain(" and accents: é ł ş ø."))),
                new Block.Heading(2, List.of(Inline.plain("Lists"))),
                new Block.BulletList(List.of(List.of(Inline.plain(words)), List.of(Inline.bold(words)))),
                new Block.NumberedList(List.of(List.of(Inline.plain(words)), List.of(Inline.italic(words)))));
        return new LetterLayout(new Letterhead("Cairn", List.of("Line one", "Line two"), "0", "a@example.org", "0",
                null), "1 January 2026", List.of("Recipient", "Street", "Town"), "Ref", "Warm-up", body,
                List.of("Yours sincerely,", "", "Cairn"), "en", PaperSize.A4, PageLabels.english(), "Letter");
    }
}
