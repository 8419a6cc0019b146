package org.cairn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import org.cairn.vault.RecoveryKey;

/** Prints a new casebook's recovery key once, with what to do with it. */
final class RecoveryKeyPrinter {
    private RecoveryKeyPrinter() {
    }

    static void print(PrintWriter out, Path casebook, RecoveryKey recoveryKey) {
        char[] key = recoveryKey.format();
        out.println("casebook created in " + casebook);
        out.println();
        out.println("Recovery key (shown only this once):");
        out.print("    ");
        out.println(key);
        out.println();
        out.println("Print it or write it down now, and keep it somewhere safe away from this laptop.");
        out.println("It opens the casebook if the passphrase is forgotten; nobody can recover it for you.");
        out.flush();
        Arrays.fill(key, '\0');
    }
}
