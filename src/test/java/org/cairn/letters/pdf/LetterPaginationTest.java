package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.layout.Letterhead;
import org.cairn.letters.layout.PageLabels;
import org.cairn.letters.layout.PaperSize;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A 50-page letter: every line is there once, in order, inside the margins, and no two lines overlap. */
class LetterPaginationTest {

    private static final int PARAGRAPHS = 1000;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            body.add(Block.Paragraph.of(String.format("P%04d The advocate explained the options available and"
                    + " agreed the next steps with the client, who asked for a copy of this letter. Both"
                    + " will meet again next month to review how things are going.", i)));
            if (i % 50 == 0) {
                body.add(new Block.Heading(2, List.of(org.cairn.letters.layout.Inline.plain("Section " + i))));
            }
        }
        LetterLayout letter = new LetterLayout(Letterhead.none(), "1 December 2026", List.of("To whom it may concern"),
                "", "Long letter", body, List.of("Yours faithfully,", "An advocate"), "en", PaperSize.A4,
                PageLabels.english(), "Letter");
        pdf = new LetterPdf(FontCatalogue.bundledOnly()).render(letter);
    }

    @Test
    void everyParagraphAppearsOnceAndInOrder() throws IOException {
        String text = LetterScriptsTest.text(pdf);
        Matcher m = Pattern.compile("P(\\d{4})").matcher(text);
        List<Integer> seen = new ArrayList<>();
        while (m.find()) {
            seen.add(Integer.parseInt(m.group(1)));
        }
        assertThat(seen).hasSize(PARAGRAPHS);
        for (int i = 0; i < PARAGRAPHS; i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
        assertThat(text).contains("Yours faithfully,");
    }

    @Test
    void paginatesToFiftyPagesWithPageNumbers() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(50);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p += 7) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).contains("Page " + p + " of " + pages);
            }
        }
    }

    @Test
    void linesStayInsideTheMarginsAndNeverOverlap() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float height = doc.getPage(0).getMediaBox().getHeight();
            float bodyBottom = height - LetterComposer.MARGIN_BOTTOM;
            float footer = height - LetterComposer.FOOTER_BASELINE;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                TreeSet<Float> baselines = baselines(doc, p);
                Float previous = null;
                for (float y : baselines) {
                    boolean isFooter = Math.abs(y - footer) < 0.5f;
                    assertThat(isFooter || y <= bodyBottom).as("page %d line at %.1f", p, y).isTrue();
                    assertThat(y).isGreaterThanOrEqualTo(LetterComposer.MARGIN_TOP);
                    if (previous != null) {
                        assertThat(y - previous).as("page %d gap before %.1f", p, y).isGreaterThanOrEqualTo(12f);
                    }
                    previous = y;
                }
            }
        }
    }

    /** Distinct baselines of a page, from the top. */
    private static TreeSet<Float> baselines(PDDocument doc, int page) throws IOException {
        TreeSet<Float> ys = new TreeSet<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    ys.add(Math.round(position.getYDirAdj() * 10) / 10f);
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return ys;
    }
}
