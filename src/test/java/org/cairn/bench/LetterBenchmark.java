package org.cairn.bench;

import java.util.ArrayList;
import java.util.List;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.letters.pdf.LetterScript;
import org.cairn.letters.pdf.SampleLetters;

/**
 * Run in a fresh JVM by {@link LetterProbe}, so that "first" is honest: the first letter after start (classes
 * loaded, fonts found, parsed and embedded for the first time), the first in each other script, then warm letters.
 * Latin, and Bengali and Urdu where this machine has fonts for them. Prints {@link BenchFigure} lines.
 */
public final class LetterBenchmark {
    static final int WARM_RUNS = 30;
    /** Language tag, figure id part, label, sample sentence and the script it needs. */
    static final List<LetterKind> KINDS = List.of(
            new LetterKind("en", "latin", "English (Latin)", SampleLetters.LATIN,
                    LetterScript.LATIN),
            new LetterKind("bn", "bengali", "Bengali", SampleLetters.BENGALI,
                    LetterScript.BENGALI),
            new LetterKind("ur", "urdu", "Urdu (Arabic script, right to left)", SampleLetters.URDU,
                    LetterScript.ARABIC));

    private LetterBenchmark() {
    }

    record LetterKind(String tag, String id, String label, String sentence, LetterScript script) {
        LetterLayout layout() {
            return SampleLetters.letter(tag, sentence);
        }
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        BenchJfr.startIfAsked("letters");
        FontCatalogue fonts = FontCatalogue.system();
        LetterPdf pdf = new LetterPdf(fonts);
        List<BenchFigure> figures = new ArrayList<>();
        List<LetterKind> rendered = new ArrayList<>();
        for (LetterKind kind : KINDS) {
            if (!fonts.availableScripts().contains(kind.script())) {
                figures.add(BenchFigure.skipped("letter." + kind.id() + ".first", kind.label() + " letter to PDF, "
                        + "first", 0, "no " + kind.script().englishName() + " font on this machine"));
                continue;
            }
            long since = rendered.isEmpty() ? start : System.nanoTime();
            pdf.render(kind.layout());
            figures.add(BenchFigure.single("letter." + kind.id() + ".first", kind.label() + " letter to PDF, "
                    + (rendered.isEmpty() ? "first after start" : "first in this script"), 0,
                    (System.nanoTime() - since) / 1e6, "ms").withNote(rendered.isEmpty()
                    ? "a fresh JVM: from main() to the PDF bytes, including finding and loading fonts"
                    : "in the same JVM, after the letters above"));
            rendered.add(kind);
        }
        for (LetterKind kind : rendered) {
            Samples warm = new Samples();
            LetterLayout layout = kind.layout();
            for (int i = 0; i < WARM_RUNS; i++) {
                long t = System.nanoTime();
                pdf.render(layout);
                warm.add((System.nanoTime() - t) / 1e6);
            }
            figures.add(BenchFigure.of("letter." + kind.id() + ".warm", kind.label() + " letter to PDF, warm", 0,
                    warm, "ms").withNote(WARM_RUNS + " renders of a one-page letter (letterhead, headings, "
                    + "paragraphs, both list kinds, bold and italic) after the first"));
        }
        ChildJvm.emit(figures);
    }
}
