package org.cairn.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What advocates use today: {@code soffice --headless --convert-to pdf} on the same letter as a .fodt file
 * ({@link FlatOdtLetter}). Each conversion is a new LibreOffice process, as when a letter is exported from a closed
 * Writer; the first conversion with a new profile is reported apart. Skipped, with a note, where LibreOffice is
 * not installed.
 */
final class LibreOfficeLetters {
    static final int RUNS = 5;
    private static final long TIMEOUT_SECONDS = 180;
    private final Path work;

    LibreOfficeLetters(Path work) {
        this.work = work;
    }

    /** Cairn's letter figures with LibreOffice beside them, followed by LibreOffice's own figures. */
    List<BenchFigure> besideOurs(List<BenchFigure> ours) throws IOException, InterruptedException {
        Optional<Path> soffice = find("soffice").or(() -> find("libreoffice"));
        List<BenchFigure> result = new ArrayList<>();
        if (soffice.isEmpty()) {
            ours.forEach(f -> result.add(f.withBeside("LibreOffice: not installed")));
            result.add(BenchFigure.skipped("letter.libreoffice", "LibreOffice --convert-to pdf", 0,
                    "LibreOffice is not installed (soffice not on PATH)"));
            return result;
        }
        Path folder = Files.createDirectories(work.resolve("libreoffice"));
        Path profile = folder.resolve("profile");
        List<BenchFigure> theirs = new ArrayList<>();
        boolean first = true;
        for (LetterBenchmark.LetterKind kind : LetterBenchmark.KINDS) {
            Path input = folder.resolve("letter-" + kind.id() + ".fodt");
            Files.writeString(input, FlatOdtLetter.of(kind.layout()), StandardCharsets.UTF_8);
            if (first) {
                double ms = convert(soffice.get(), profile, input, folder);
                theirs.add(BenchFigure.single("letter.libreoffice.newprofile", "LibreOffice --convert-to pdf, first "
                        + "with a new profile", 0, ms, "ms").withNote("English letter; LibreOffice sets up its user "
                        + "profile first, as on its first use"));
                first = false;
            }
            Samples runs = new Samples();
            for (int i = 0; i < RUNS; i++) {
                runs.add(convert(soffice.get(), profile, input, folder));
            }
            theirs.add(BenchFigure.of("letter.libreoffice." + kind.id(), "LibreOffice --convert-to pdf, "
                    + kind.label(), 0, runs, "ms").withNote(RUNS + " conversions, each a new headless LibreOffice "
                    + "process with an existing profile, of the same letter as a flat OpenDocument file"));
        }
        for (BenchFigure f : ours) {
            result.add(besideTheirs(f, theirs));
        }
        result.addAll(theirs);
        return result;
    }

    private static BenchFigure besideTheirs(BenchFigure ours, List<BenchFigure> theirs) {
        for (BenchFigure t : theirs) {
            String kind = t.id().substring("letter.libreoffice.".length());
            if (ours.measured() && ours.id().startsWith("letter." + kind + ".")) {
                return ours.withBeside(String.format(Locale.ROOT, "LibreOffice %s; Cairn ÷ LibreOffice %.2f×",
                        BenchTable.value(t.median(), "ms"), ours.median() / t.median()));
            }
        }
        return ours;
    }

    private static double convert(Path soffice, Path profile, Path input, Path outDir)
            throws IOException, InterruptedException {
        Path pdf = outDir.resolve(input.getFileName().toString().replace(".fodt", ".pdf"));
        Files.deleteIfExists(pdf);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toAbsolutePath().toUri(), "--convert-to", "pdf", "--outdir",
                outDir.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.txt").toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish within " + TIMEOUT_SECONDS + " s");
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (process.exitValue() != 0 || !Files.exists(pdf) || Files.size(pdf) == 0) {
            throw new IOException("LibreOffice made no PDF (see " + outDir.resolve("soffice.txt") + ")");
        }
        return ms;
    }

    private static Optional<Path> find(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
