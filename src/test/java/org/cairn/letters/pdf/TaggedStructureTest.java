package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.layout.Letterhead;
import org.cairn.letters.layout.PageLabels;
import org.cairn.letters.layout.PaperSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structure tree letters carry (PDF/UA-1), read back with PDFBox: what veraPDF cannot judge, such as whether
 * the tags say what the letter is, which text is English, and whether a right-to-left line is read in order.
 */
class TaggedStructureTest {

    @Test
    void headingsParagraphsAndListsAreTaggedAsWhatTheyAre() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new LetterPdf(FontCatalogue.bundledOnly()).render(
                SampleLetters.letter("en", SampleLetters.LATIN)))) {
            List<String> types = new ArrayList<>();
            walk(pdf.getDocumentCatalog().getStructureTreeRoot(), types);

            assertThat(types.get(0)).isEqualTo("Document");
            assertThat(types).containsSubsequence("P", "H1", "H2", "P", "H3", "L", "LI", "Lbl", "LBody", "LI", "L",
                    "LI", "Lbl", "LBody", "P");
            assertThat(types).doesNotContain("Span"); // an English letter has no text in another language
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    void headingLevelsNeverSkipOneEvenWhenTheTemplateDoes() throws Exception {
        List<Block> body = List.of(new Block.Heading(3, List.of(Inline.plain("Deep"))), Block.Paragraph.of("Text."),
                new Block.Heading(1, List.of(Inline.plain("Top"))), new Block.Heading(3, List.of(Inline.plain("Sub"))));
        LetterLayout noSubject = new LetterLayout(new Letterhead("Org", List.of(), "", "", "", null), "1 May 2026",
                List.of("Someone"), "", "", body, List.of("A. Advocate"), "en", PaperSize.A4, PageLabels.english(),
                "Letter");
        try (PDDocument pdf = Loader.loadPDF(new LetterPdf(FontCatalogue.bundledOnly()).render(noSubject))) {
            List<String> types = new ArrayList<>();
            walk(pdf.getDocumentCatalog().getStructureTreeRoot(), types);

            assertThat(types.stream().filter(t -> t.matches("H\\d")).toList()).containsExactly("H1", "H1", "H2");
        }
    }

    /** English terms in an Urdu or Chinese letter are Spans in English, and nothing else is. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ur", "zh"})
    void englishTermsInAnotherLanguagesLetterAreMarkedEnglish(String language) throws Exception {
        String sample = language.equals("ur") ? SampleLetters.URDU_WITH_ENGLISH : SampleLetters.CHINESE;
        Fonts.require(language.equals("ur") ? LetterScript.ARABIC : LetterScript.HAN);
        try (PDDocument pdf = Loader.loadPDF(new LetterPdf(Fonts.SYSTEM).render(SampleLetters.letter(language,
                sample)))) {
            Map<Integer, String> text = textByMcid(pdf, 0);
            List<PDStructureElement> spans = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), "Span", spans);
            StringBuilder english = new StringBuilder();
            for (PDStructureElement span : spans) {
                assertThat(span.getLanguage()).isEqualTo("en");
                for (Object kid : span.getKids()) {
                    PDMarkedContentReference ref = (PDMarkedContentReference) kid;
                    if (ref.getPage().equals(pdf.getPage(0))) {
                        english.append(text.get(ref.getMCID())).append(' ');
                    }
                }
            }
            assertThat(english.toString()).contains("Migrant", "Victims", "Concession", "Riverside", "Example");
            assertThat(english.toString()).matches("[\\p{IsLatin}\\p{N}\\p{P}\\p{Zs}\\p{S}]+");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(language);
        }
    }

    @Test
    void pageLabelsAreArtefactsOutsideTheText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(new LetterPdf(FontCatalogue.bundledOnly()).render(
                SampleLetters.letter("en", SampleLetters.LATIN, 8, null)))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(pdf.getPage(1));
            List<String> artefacts = new ArrayList<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getTag().equals("Artifact")) {
                    artefacts.add(text(content));
                } else {
                    assertThat(content.getMCID()).as("tagged text has an id").isGreaterThanOrEqualTo(0);
                }
            }
            assertThat(artefacts).containsExactly("2/" + pdf.getNumberOfPages());
        }
    }

    /**
     * The tree reads a line in logical order: the fragments of every line of a mixed Urdu and English paragraph,
     * taken in the order the tree lists them, spell the paragraph as it was written.
     */
    @Test
    void theFragmentsOfRightToLeftLinesAreListedInLogicalOrder() {
        Fonts.require(LetterScript.ARABIC);
        ParagraphLayout layout = new ParagraphLayout(new TextShaper(Fonts.SYSTEM, new GlyphShaper(), "ur"), true);
        StringBuilder read = new StringBuilder();
        for (Line line : layout.lines(List.of(Inline.plain(SampleLetters.URDU_WITH_ENGLISH)),
                new Style(10.5f, false, false), 260)) {
            line.fragments().stream().sorted(java.util.Comparator.comparingInt(Line.Placed::logical))
                    .forEach(p -> read.append(p.fragment().text()));
        }
        assertThat(read.toString()).isEqualTo(java.text.Normalizer.normalize(SampleLetters.URDU_WITH_ENGLISH,
                java.text.Normalizer.Form.NFC).replace(" ", ""));
    }

    private static void walk(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                walk(element, types);
            }
        }
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getStructureType().equals(type)) {
                    found.add(element);
                }
                collect(element, type, found);
            }
        }
    }

    private static Map<Integer, String> textByMcid(PDDocument pdf, int page) throws Exception {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(pdf.getPage(page));
        Map<Integer, String> text = new HashMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            if (content.getMCID() >= 0) {
                text.put(content.getMCID(), text(content));
            }
        }
        return text;
    }

    private static String text(PDMarkedContent content) {
        StringBuilder out = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                out.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                out.append(text(inner));
            }
        }
        return out.toString().replace(" ", "");
    }

    static byte[] logo() throws Exception {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 90, 120, 200));
        g.fillOval(10, 10, 220, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
