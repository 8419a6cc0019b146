package org.cairn.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Tells a closed standard input ({@code <&-}) from a real one. When a program starts with descriptor 0 closed,
 * the JVM's first open file (its own {@code lib/modules}, or a jar) takes that number, and reading "standard
 * input" would read those bytes as a passphrase. Linux shows where descriptor 0 points in {@code /proc}.
 */
final class StandardInputCheck {
    private static final Path DESCRIPTOR_0 = Path.of("/proc/self/fd/0");

    private StandardInputCheck() {
    }

    /** True when descriptor 0 is a file the JVM opened for itself rather than something the caller gave. */
    static boolean closedAtLaunch() {
        if (!Files.isSymbolicLink(DESCRIPTOR_0)) {
            return false; // not Linux: nothing to tell by
        }
        try {
            return isJvmOwnFile(Files.readSymbolicLink(DESCRIPTOR_0), System.getProperty("java.home"),
                    System.getProperty("java.class.path"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    static boolean isJvmOwnFile(Path target, String javaHome, String classPath) {
        if (!target.isAbsolute()) {
            return false; // pipe:[…], socket:[…]: something given on purpose
        }
        try {
            if (javaHome != null && target.normalize().startsWith(Path.of(javaHome).toAbsolutePath().normalize())) {
                return true;
            }
            if (classPath != null) {
                for (String entry : classPath.split(File.pathSeparator)) {
                    if (!entry.isEmpty() && target.equals(Path.of(entry).toAbsolutePath().normalize())) {
                        return true;
                    }
                }
            }
        } catch (InvalidPathException e) {
            return false;
        }
        return false;
    }
}
