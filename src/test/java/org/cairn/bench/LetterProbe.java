package org.cairn.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Letters to PDF in several fresh JVMs: in the app's state, after the letter screen's warm-up, and timed from main()
 * ({@link LetterBenchmark}); then LibreOffice on the same letters beside them.
 */
final class LetterProbe implements OnceProbe {
    static final int JVMS = 3;

    @Override
    public String name() {
        return "letters to PDF (" + JVMS + " fresh JVMs in the app's state, " + JVMS + " after the letter screen's "
                + "warm-up, " + JVMS + " from main()) and LibreOffice beside them";
    }

    @Override
    public List<BenchFigure> measure(Path work) throws Exception {
        Map<String, List<BenchFigure>> byId = new LinkedHashMap<>();
        for (String mode : List.of("app", "warmed", "main")) {
            for (int i = 0; i < JVMS; i++) {
                for (BenchFigure figure : ChildJvm.run(LetterBenchmark.class, ChildJvm.APP_OPTIONS, mode,
                        work.toString())) {
                    byId.computeIfAbsent(figure.id(), id -> new ArrayList<>()).add(figure);
                }
            }
        }
        List<BenchFigure> ours = new ArrayList<>();
        byId.values().forEach(runs -> ours.add(BenchFigure.combine(runs)));
        try {
            return new LibreOfficeLetters(work).besideOurs(ours);
        } catch (IOException e) {
            // LibreOffice's failure must not cost Cairn's own letter figures.
            List<BenchFigure> result = new ArrayList<>(ours);
            result.add(BenchFigure.skipped("letter.libreoffice", "LibreOffice --convert-to pdf", 0,
                    "failed: " + e.getMessage()));
            return result;
        }
    }
}
