package org.cairn.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.letters.pdf.SampleLetters;

/**
 * Letter rendering figures: the first letter after start (fonts found, loaded and embedded for the
 * first time, classes loaded) and warm letters, for Latin and for Bengali and Urdu. Targets: first
 * ≤ 1 s, warm ≤ 150 ms. Run with {@code mvn -Pbench verify} (in a fresh JVM, so "first" is honest).
 */
public final class LetterBenchmark {

    private static final int WARM_RUNS = 30;

    private LetterBenchmark() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        FontCatalogue fonts = FontCatalogue.system();
        LetterPdf pdf = new LetterPdf(fonts);
        List<String[]> rows = new ArrayList<>();
        rows.add(first(pdf, "Latin (en), first letter after start", SampleLetters.letter("en", SampleLetters.LATIN), start));
        List<LetterLayout> others = new ArrayList<>();
        others.add(SampleLetters.letter("en", SampleLetters.LATIN));
        for (String[] lang : new String[][] {{"bn", SampleLetters.BENGALI}, {"ur", SampleLetters.URDU}}) {
            LetterLayout letter = SampleLetters.letter(lang[0], lang[1]);
            if (fonts.availableScripts().size() > 3) {
                rows.add(first(pdf, lang[0] + ", first letter in this script", letter, System.nanoTime()));
                others.add(letter);
            }
        }
        for (LetterLayout letter : others) {
            rows.add(warm(pdf, letter));
        }
        System.out.println();
        System.out.println("| letter | pages | ms (median) | ms (p95) |");
        System.out.println("|---|---|---|---|");
        for (String[] row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
        System.out.println();
        System.out.println("Targets: warm ≤ 150 ms, first ≤ 1000 ms. Scripts on this machine: " + fonts.availableScripts());
    }

    private static String[] first(LetterPdf pdf, String label, LetterLayout letter, long since) {
        byte[] bytes = pdf.render(letter);
        long ms = (System.nanoTime() - since) / 1_000_000;
        return new String[] {label, Integer.toString(pages(pdf, bytes)), Long.toString(ms), "-"};
    }

    private static String[] warm(LetterPdf pdf, LetterLayout letter) {
        long[] times = new long[WARM_RUNS];
        byte[] bytes = null;
        for (int i = 0; i < WARM_RUNS; i++) {
            long t = System.nanoTime();
            bytes = pdf.render(letter);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        return new String[] {letter.languageTag() + ", warm", Integer.toString(pages(pdf, bytes)),
                Long.toString(times[WARM_RUNS / 2] / 1_000_000), Long.toString(times[WARM_RUNS * 95 / 100] / 1_000_000)};
    }

    private static int pages(LetterPdf pdf, byte[] bytes) {
        return pdf.preview(bytes, 9).size();
    }
}
