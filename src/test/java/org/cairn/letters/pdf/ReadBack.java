package org.cairn.letters.pdf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.letters.layout.LetterLayout;

/**
 * Reads a letter's PDF back with poppler's {@code pdftotext} (an extractor independent of our code and of
 * PDFBox) and compares its words with the letter's own text, in order.
 */
public final class ReadBack {

    /** A word: letters with their marks, or digits; each Chinese character counts as a word of its own. */
    private static final Pattern WORD = Pattern.compile("\\p{IsHan}|[\\p{L}\\p{M}&&[^\\p{IsHan}]]+|\\p{Nd}+");

    private ReadBack() {
    }

    /** Skips the calling test, with the reason, when pdftotext is not installed. */
    public static void assumePdfToText() {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            found |= Files.isExecutable(Path.of(dir, "pdftotext"));
        }
        assumeTrue(found, "pdftotext (poppler-utils) is not installed; .ci/run installs it");
    }

    /** The text pdftotext reads from the PDF (in reading order, not laid out). */
    public static String pdfToText(byte[] pdf, Path dir) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "letter", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true).start();
        String text;
        try (InputStream in = process.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("pdftotext failed: " + text);
        }
        return text;
    }

    /** Every word (letters with their marks, or digits; punctuation and bidi controls left out), in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Every word the letter shows, in the order it is written (letterhead, date, ..., body, signature). */
    public static List<String> words(LetterLayout layout) {
        StringBuilder text = new StringBuilder();
        text.append(layout.letterhead().organisationName()).append('\n');
        layout.letterhead().addressLines().forEach(l -> text.append(l).append('\n'));
        text.append(layout.letterhead().phone()).append(' ').append(layout.letterhead().email()).append('\n')
                .append(layout.letterhead().charityNumber()).append('\n').append(layout.dateText()).append('\n');
        layout.recipientLines().forEach(l -> text.append(l).append('\n'));
        text.append(layout.reference()).append('\n').append(layout.subject()).append('\n');
        for (Block block : layout.body()) {
            if (block instanceof Block.Heading h) {
                append(text, h.inlines());
            } else if (block instanceof Block.Paragraph p) {
                append(text, p.inlines());
            } else if (block instanceof Block.BulletList l) {
                l.items().forEach(item -> append(text, item));
            } else if (block instanceof Block.NumberedList l) {
                l.items().forEach(item -> append(text, item));
            }
        }
        layout.signatureLines().forEach(l -> text.append(l).append('\n'));
        return words(text.toString());
    }

    private static void append(StringBuilder text, List<Inline> inlines) {
        inlines.forEach(i -> text.append(i.text()));
        text.append('\n');
    }

    /**
     * The share of the source's words that come back in the same order: the longest common subsequence of the
     * two word lists over the number of source words. A word read back reversed, split, merged or out of place
     * does not count.
     */
    public static double recovered(List<String> source, List<String> read) {
        int[][] lcs = new int[source.size() + 1][read.size() + 1];
        for (int i = source.size() - 1; i >= 0; i--) {
            for (int j = read.size() - 1; j >= 0; j--) {
                lcs[i][j] = source.get(i).equals(read.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return source.isEmpty() ? 1 : (double) lcs[0][0] / source.size();
    }

    /** The source words not found in order, for a failure message. */
    public static List<String> missing(List<String> source, List<String> read) {
        List<String> missing = new ArrayList<>();
        int j = 0;
        for (String word : source) {
            int at = read.subList(j, read.size()).indexOf(word);
            if (at < 0) {
                missing.add(word);
            } else {
                j += at + 1;
            }
        }
        return missing;
    }
}
