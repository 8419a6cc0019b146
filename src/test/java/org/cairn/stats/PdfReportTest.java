package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cairn.casebook.Casebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report read back as text: one page per table, its header block, and nothing but the published cells. */
class PdfReportTest {
    private static final Pattern TOKEN = Pattern.compile("(?<![\\w.+-])(<\\d+|\\[c\\]|\\d+)(?![\\w.%])");

    @TempDir
    Path dir;

    @Test
    void everyPageShowsItsTableTheRulesAndOnlyThePublishedValuesAndMarks() throws IOException {
        Casebook book = StatsCasebooks.demo(dir, 300, 3);
        Publication publication;
        try {
            publication = StatsCasebooks.publisher(book).publish(PublicationRequest.of(
                    new QuarterRange(Quarter.parse("2026Q2"), Quarter.parse("2026Q3"))));
        } finally {
            StatsCasebooks.close(book);
        }
        byte[] pdf = new PdfReport("9.9.9").render(publication);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getProducer()).isNull();
            assertThat(info.getCreator()).isNull();
            assertThat(info.getCreationDate()).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getNumberOfPages()).isEqualTo(publication.tables().size());
            int marks = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PublishedTable table = publication.tables().get(page - 1);
                String text = text(document, page);
                assertThat(text).contains(table.spec().title().substring(0, Math.min(20, table.spec().title().length())))
                        .contains(table.quarter() + ", revision " + table.revision())
                        .contains("Made with Cairn 9.9.9").contains("Counted: only cases whose client's consent")
                        .contains("[c] marks a hidden count");
                List<String> shown = tokens(text.substring(text.indexOf("\nChart")));
                List<String> published = table.cells().stream().map(c -> c.display(table.settings())).toList();
                assertThat(shown).as("page %d holds nothing but published values and marks", page)
                        .isSubsetOf(published);
                assertThat(shown).containsAll(published);
                PageShape shape = PageShape.of(table);
                long chartedMarks = java.util.Arrays.stream(shape.cells()).flatMapToInt(java.util.Arrays::stream)
                        .filter(p -> table.cell(p).isSuppressed()).count();
                long gridMarks = table.cells().stream().filter(PublishedCell::isSuppressed).count();
                assertThat(shown.stream().filter(t -> !t.matches("\\d+")).count())
                        .as("each suppressed cell is marked in the chart and again in the table")
                        .isEqualTo(chartedMarks + gridMarks);
                marks += chartedMarks;
            }
            assertThat(marks).as("the publication must exercise suppression").isPositive();
        }
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }
}
