package org.cairn.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start of the packaged app to its first window, by installer/measure-startup.sh under Xvfb (a fresh data
 * folder each run). It reads the script's "run N: X ms to the window, Y ms of CPU" lines. Skipped, with what to do,
 * when the app image or Xvfb is missing.
 */
final class StartupProbe implements OnceProbe {
    static final int RUNS = 5;
    private static final Pattern RUN = Pattern.compile("(\\d+) ms to the window(?:, (\\d+) ms of CPU)?");
    private static final String SCRIPT = "installer/measure-startup.sh";

    @Override
    public String name() {
        return "cold start of the packaged app";
    }

    @Override
    public List<BenchFigure> measure(Path work) throws Exception {
        Path launcher = Path.of(System.getProperty("bench.app", "target/installer/image/Cairn/bin/Cairn"));
        String label = "cold start of the packaged app to its first window";
        if (!Files.isExecutable(launcher)) {
            return List.of(BenchFigure.skipped("startup.window", label, 0,
                    "build the image with installer/build-linux.sh"));
        }
        if (!onPath("xvfb-run") || !onPath("xwininfo")) {
            return List.of(BenchFigure.skipped("startup.window", label, 0,
                    "needs xvfb-run and xwininfo (apt-get install xvfb x11-utils)"));
        }
        Process script = new ProcessBuilder("xvfb-run", "-a", SCRIPT, launcher.toString(), Integer.toString(RUNS))
                .redirectErrorStream(true).start();
        Samples wall = new Samples();
        Samples cpu = new Samples();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.err.println("  " + line);
                read(line, wall, cpu);
            }
        }
        if (script.waitFor() != 0 || wall.count() == 0) {
            return List.of(BenchFigure.skipped("startup.window", label, 0, SCRIPT + " failed (see its output above)"));
        }
        String note = RUNS + " starts under Xvfb, each with a fresh data folder, timed by " + SCRIPT;
        BenchFigure window = BenchFigure.of("startup.window", label, 0, wall, "ms").withNote(note);
        if (cpu.count() == 0) {
            return List.of(window);
        }
        return List.of(window, BenchFigure.of("startup.cpu", "CPU used by the app until its first window", 0, cpu,
                "ms").withNote("user + system time of all its threads: less sensitive than wall time to a busy "
                + "machine"));
    }

    /** Takes the figures from one "run N: X ms to the window, Y ms of CPU" line; ignores every other line. */
    static void read(String line, Samples wall, Samples cpu) {
        Matcher m = RUN.matcher(line);
        if (m.find()) {
            wall.add(Double.parseDouble(m.group(1)));
            if (m.group(2) != null) {
                cpu.add(Double.parseDouble(m.group(2)));
            }
        }
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
