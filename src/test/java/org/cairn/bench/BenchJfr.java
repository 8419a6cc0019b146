package org.cairn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * With {@code -Dbench.jfr=true}, each benchmark JVM records a JFR profile ("profile" settings) to
 * target/bench-jfr/, to find the cause of a missed target: {@code jfr print --events jdk.ExecutionSample FILE}, or
 * open it in JDK Mission Control.
 */
final class BenchJfr {
    private BenchJfr() {
    }

    static boolean enabled() {
        return Boolean.getBoolean("bench.jfr");
    }

    /** Starts a recording that is written when the JVM exits, or does nothing when not asked for. */
    static void startIfAsked(String name) throws IOException, ParseException {
        if (!enabled()) {
            return;
        }
        Path folder = Files.createDirectories(Path.of("target", "bench-jfr"));
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setDestination(folder.resolve(name + "-" + ProcessHandle.current().pid() + ".jfr"));
        recording.setDumpOnExit(true);
        recording.start();
    }
}
