package org.cairn.vault;

import java.nio.file.Path;

/**
 * Child-JVM entry point for {@link LockFileAcrossProcessesTest}: tries to open a casebook and prints the outcome
 * (the exception class, or OPENED and the rows) on standard error, since only the cli package may use stdout.
 */
public final class LockProbe {
    private LockProbe() {
    }

    public static void main(String[] args) {
        try (Vault vault = TestVaults.open(Path.of(args[0]))) {
            System.err.println("OPENED " + TestVaults.rows(vault));
        } catch (RuntimeException e) {
            System.err.println(e.getClass().getName());
        }
    }
}
