package org.cairn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Console output and process figures for the benchmark (test code: the System.out ban covers production code). */
final class BenchOutput {
    private BenchOutput() {
    }

    static void print(String text) {
        System.out.println(text);
    }

    /** Peak resident set size of this JVM (Linux), or -1 where /proc is not available. */
    static long residentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
