package org.cairn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cairn.letters.LetterDraft;
import org.cairn.letters.LetterMaker;
import org.cairn.letters.LetterTemplates;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.letters.pdf.LetterScript;
import org.cairn.letters.pdf.SampleLetters;
import org.cairn.templates.Template;
import org.slf4j.LoggerFactory;

/**
 * Run in fresh JVMs by {@link LetterProbe}, so that "first" is honest. In the app's state (argument {@code app}):
 * logging set up and a casebook open, as the app has done before anyone can ask for a letter, then the first
 * letter through the app's whole pipeline (templates read, filled, checked, drawn), its first preview image, the
 * first letter in each other script, and warm letters. With {@code warmed}: the same first letter and preview once
 * the letter screen's warm-up has run. With {@code main}: the first letter timed from main(), which also pays for
 * setting up logging, as {@code cairn letter} does. Prints {@link BenchFigure} lines.
 */
public final class LetterBenchmark {
    static final int WARM_RUNS = 30;
    static final float PREVIEW_DPI = 96f; // the letter screen's
    static final String GP_LETTER = "letter-gp-registration";
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
        if (args.length > 0 && args[0].equals("main")) {
            LetterPdf pdf = new LetterPdf(FontCatalogue.system());
            pdf.render(KINDS.get(0).layout());
            ChildJvm.emit(List.of(BenchFigure.single("letter.latin.main", "English (Latin) letter to PDF, first "
                    + "from main()", 0, (System.nanoTime() - start) / 1e6, "ms").withNote("a fresh JVM: from main() "
                    + "to the PDF bytes, including setting up logging and finding and loading fonts, as `cairn "
                    + "letter` pays before its KDF")));
            return;
        }
        Path work = Files.createTempDirectory(Path.of(args[1]), "letters");
        LoggerFactory.getLogger(LetterBenchmark.class).info("letter benchmark: the app's start-up");
        BenchJfr.startIfAsked("letters");
        try (LetterBenchCasebook book = new LetterBenchCasebook(work)) {
            ChildJvm.emit(args[0].equals("warmed") ? afterTheWarmUp(book) : inTheAppsState(book));
        }
    }

    /**
     * As the letter screen does: its warm-up starts when the screen opens and runs while the advocate chooses a
     * letter and a recipient; here it is allowed to finish, and its own duration is reported beside the figure.
     */
    private static List<BenchFigure> afterTheWarmUp(LetterBenchCasebook book) throws InterruptedException {
        LetterPdf pdf = new LetterPdf(FontCatalogue.system());
        LetterMaker maker = new LetterMaker(book.casebook(), pdf::render, Clock.systemDefaultZone());
        long since = System.nanoTime();
        pdf.warmUp(PREVIEW_DPI).join();
        double warmUp = (System.nanoTime() - since) / 1e6;
        since = System.nanoTime();
        Template gp = LetterTemplates.of(book.casebook()).find(GP_LETTER).orElseThrow();
        pdf.preview(maker.preview(maker.prepare(book.toGp(gp))), PREVIEW_DPI);
        double first = (System.nanoTime() - since) / 1e6;
        return List.of(
                BenchFigure.single("letter.screen.warmup", "letter screen's warm-up, on its own thread", 0, warmUp,
                        "ms").withNote("a fresh JVM in the app's state; the warm-up starts when the letter screen "
                        + "opens"),
                BenchFigure.single("letter.screen.first", "first letter and preview image once the warm-up is done",
                        0, first, "ms").withNote("the same pipeline as the first letter after start, plus its "
                        + "preview image"));
    }

    private static List<BenchFigure> inTheAppsState(LetterBenchCasebook book) {
        FontCatalogue fonts = FontCatalogue.system();
        LetterPdf pdf = new LetterPdf(fonts);
        LetterMaker maker = new LetterMaker(book.casebook(), pdf::render, Clock.systemDefaultZone());
        List<BenchFigure> figures = new ArrayList<>();

        long since = System.nanoTime();
        Template gp = LetterTemplates.of(book.casebook()).find(GP_LETTER).orElseThrow();
        LetterDraft draft = maker.prepare(book.toGp(gp));
        byte[] first = maker.preview(draft);
        figures.add(BenchFigure.single("letter.latin.first", "English (Latin) letter to PDF, first after start", 0,
                (System.nanoTime() - since) / 1e6, "ms").withNote("a fresh JVM in the app's state (logging set up, "
                + "casebook open): the letter templates read, the built-in GP letter filled from the case, checked "
                + "and drawn, fonts loaded for the first time"));
        since = System.nanoTime();
        pdf.preview(first, PREVIEW_DPI);
        figures.add(BenchFigure.single("letter.preview.first", "first preview image of that letter", 0,
                (System.nanoTime() - since) / 1e6, "ms").withNote("page 1 at the letter screen's " + (int) PREVIEW_DPI
                + " dpi, the first rasterising in the JVM"));

        List<LetterKind> rendered = new ArrayList<>(List.of(KINDS.get(0)));
        for (LetterKind kind : KINDS.subList(1, KINDS.size())) {
            if (!fonts.availableScripts().contains(kind.script())) {
                figures.add(BenchFigure.skipped("letter." + kind.id() + ".first", kind.label() + " letter to PDF, "
                        + "first", 0, "no " + kind.script().englishName() + " font on this machine"));
                continue;
            }
            since = System.nanoTime();
            pdf.render(kind.layout());
            figures.add(BenchFigure.single("letter." + kind.id() + ".first", kind.label() + " letter to PDF, first in "
                    + "this script", 0, (System.nanoTime() - since) / 1e6, "ms").withNote("in the same JVM, after "
                    + "the letters above"));
            rendered.add(kind);
        }
        for (LetterKind kind : rendered) {
            LetterLayout layout = kind.layout();
            figures.add(BenchFigure.of("letter." + kind.id() + ".warm", kind.label() + " letter to PDF, warm", 0,
                    timed(() -> pdf.render(layout)), "ms").withNote(WARM_RUNS + " renders of a one-page letter "
                    + "(letterhead, headings, paragraphs, both list kinds, bold and italic) after the first"));
        }
        figures.add(BenchFigure.of("letter.pipeline.warm", "GP letter filled, checked and drawn, warm", 0,
                timed(() -> maker.preview(maker.prepare(book.toGp(gp)))), "ms").withNote(WARM_RUNS + " runs of the "
                + "whole pipeline the letter screen runs for its preview"));
        return figures;
    }

    private static Samples timed(Runnable letter) {
        Samples warm = new Samples();
        for (int i = 0; i < WARM_RUNS; i++) {
            long t = System.nanoTime();
            letter.run();
            warm.add((System.nanoTime() - t) / 1e6);
        }
        return warm;
    }
}
