package org.cairn.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a counts report's table pages back, to hold its numbers against a tidy CSV of the same tables. */
final class ReportPages {
    private static final Pattern PAGE = Pattern.compile("(\\d{4}Q[1-4]), revision \\d+ +\\| +table (\\S+)");
    private static final Pattern TOKEN = Pattern.compile("\\[c]|\\b\\d+\\b");

    private ReportPages() {
    }

    /**
     * Every value of the CSV (columns table, period, …, value) must be on the page of its table and quarter, as often
     * as the CSV has it; returns what is not, empty when the report shows every number and mark of the CSV.
     */
    static List<String> missingFromTheirPages(Path pdf, List<String> csv) throws IOException {
        Map<String, Map<String, Integer>> pages = tokensByPage(pdf);
        Map<String, Map<String, Integer>> wanted = new LinkedHashMap<>();
        for (String record : csv.subList(1, csv.size())) {
            String[] fields = record.split(",", -1);
            wanted.computeIfAbsent(fields[1] + " " + fields[0], k -> new HashMap<>())
                    .merge(fields[fields.length - 1], 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        wanted.forEach((page, values) -> {
            Map<String, Integer> shown = pages.get(page);
            if (shown == null) {
                missing.add(page + ": no page");
                return;
            }
            values.forEach((value, times) -> {
                if (shown.getOrDefault(value, 0) < times) {
                    missing.add(page + ": " + value + " appears " + shown.getOrDefault(value, 0) + " times, the CSV "
                            + "has it " + times + " times");
                }
            });
        });
        return missing;
    }

    private static Map<String, Map<String, Integer>> tokensByPage(Path pdf) throws IOException {
        Map<String, Map<String, Integer>> pages = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(document);
                Matcher page = PAGE.matcher(text);
                if (!page.find()) {
                    continue;
                }
                Map<String, Integer> tokens = pages.computeIfAbsent(page.group(1) + " " + page.group(2),
                        k -> new HashMap<>());
                Matcher token = TOKEN.matcher(text);
                while (token.find()) {
                    tokens.merge(token.group(), 1, Integer::sum);
                }
            }
        }
        return pages;
    }
}
