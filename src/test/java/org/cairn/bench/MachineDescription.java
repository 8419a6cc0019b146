package org.cairn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on, read from /proc and the JVM (Linux; "unknown" elsewhere). */
final class MachineDescription {
    private MachineDescription() {
    }

    static String describe() {
        long memKiB = firstNumber(lines("/proc/meminfo"), "MemTotal:");
        return String.format("%s; %d cores; %s RAM; %s (kernel %s); %s %s", cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                memKiB < 0 ? "unknown" : String.format("%.1f GiB", memKiB / 1024.0 / 1024.0), osName(),
                System.getProperty("os.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"));
    }

    /** The 1, 5 and 15 minute load averages, as the kernel prints them. */
    static String load() {
        List<String> lines = lines("/proc/loadavg");
        if (lines.isEmpty()) {
            return "unknown";
        }
        String[] parts = lines.get(0).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static String cpuModel() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    private static String osName() {
        for (String line : lines("/etc/os-release")) {
            if (line.startsWith("PRETTY_NAME=")) {
                return line.substring("PRETTY_NAME=".length()).replace("\"", "");
            }
        }
        return System.getProperty("os.name");
    }

    private static long firstNumber(List<String> lines, String prefix) {
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
