package org.cairn.bench;

import java.nio.file.Path;
import java.time.Clock;
import org.cairn.casebook.Casebook;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;

/** Run in a child JVM with the app's heap limit: opens a casebook, searches, and prints the peak RSS in KiB. */
public final class RssProbe {
    private RssProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (Passphrase passphrase = Passphrase.copyOf(args[1].toCharArray());
                Vault vault = Vault.open(Path.of(args[0]), passphrase, VaultOptions.standard())) {
            Casebook book = Casebook.open(vault, Clock.systemDefaultZone(), "bench");
            book.search("maria", 200);
            book.search("", 200);
            BenchOutput.print(Long.toString(BenchOutput.residentKiB()));
        }
    }

    /** Peak RSS of a fresh JVM (-Xmx512m) holding {@code folder} open, in KiB, or -1 if it could not be measured. */
    static long measure(Path folder, String passphrase) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                RssProbe.class.getName(), folder.toString(), passphrase)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(child.getInputStream().readAllBytes()).trim();
        return child.waitFor() == 0 ? Long.parseLong(output) : -1;
    }
}
