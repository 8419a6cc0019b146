package org.cairn.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a probe's {@code main} in a fresh JVM, for figures that this one would spoil: the first letter (classes and
 * fonts not yet loaded), the first unlock, and peak memory. The child prints {@link BenchFigure#toLine()} lines;
 * anything else it prints is passed on to standard error.
 */
final class ChildJvm {
    private ChildJvm() {
    }

    /** The JVM options of the packaged launcher (installer/jpackage/common.txt), so memory figures match the app. */
    static final List<String> APP_OPTIONS = List.of("-XX:-UsePerfData", "-Dfile.encoding=UTF-8");

    static List<BenchFigure> run(Class<?> main, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dcairn.logDir=" + System.getProperty("cairn.logDir", "target/bench-logs"));
        command.add("-Djava.awt.headless=true");
        if (BenchJfr.enabled()) {
            command.add("-Dbench.jfr=true");
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<BenchFigure> figures = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (BenchFigure.isLine(line)) {
                    figures.add(BenchFigure.parse(line));
                } else {
                    System.err.println("  " + line);
                }
            }
        }
        int exit = child.waitFor();
        if (exit != 0) {
            throw new IOException(main.getSimpleName() + " ended with exit code " + exit);
        }
        return figures;
    }

    /** For a child's main: prints figures for the parent to collect. */
    static void emit(List<BenchFigure> figures) {
        for (BenchFigure figure : figures) {
            System.out.println(figure.toLine());
        }
        System.out.flush();
    }
}
