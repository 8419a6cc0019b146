package org.cairn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import org.cairn.vault.RecoveryKey;

/** Prints a new casebook's recovery key once, with what to do with it. */
final class RecoveryKeyPrinter {
    private RecoveryKeyPrinter() {
    }

    /**
     * Returns whether every line reached the output and was flushed: a {@link PrintWriter} never throws, so its
     * error flag is the only sign that the key was lost.
     */
    static boolean print(PrintWriter out, Path casebook, RecoveryKey recoveryKey) {
        char[] key = recoveryKey.format();
        try {
            out.println("casebook created in " + casebook);
            out.println();
            out.println("Recovery key (shown only this once):");
            out.print("    ");
            out.println(key);
            out.println();
            out.println("Print it or write it down now, and keep it somewhere safe away from this laptop.");
            out.println("It opens the casebook if the passphrase is forgotten; nobody can recover it for you.");
            // checkError flushes first, so a failure of the last buffered bytes counts too.
            return !out.checkError();
        } finally {
            Arrays.fill(key, '\0');
        }
    }
}
