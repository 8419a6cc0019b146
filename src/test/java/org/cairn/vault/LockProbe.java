package org.cairn.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Child-JVM entry point for the lock tests: opens a casebook (read-only when the second argument is
 * {@code read-only}) and prints the outcome (the exception class, or OPENED and the rows) on standard error, since
 * only the cli package may use stdout. With {@code and-another} it keeps the casebook open, says why it is
 * read-only, and runs a second probe meanwhile (in the same mount namespace, for read-only media).
 */
public final class LockProbe {
    private LockProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String mode = args.length > 1 ? args[1] : "writable";
        try (Passphrase passphrase = TestVaults.passphrase();
                Vault vault = Vault.open(dir, passphrase, VaultOptions.standard()
                        .withReadOnly("read-only".equals(mode)))) {
            if ("and-another".equals(mode)) {
                System.err.println("FIRST " + vault.openReport().readOnlyReason());
                System.err.println("SECOND " + run(List.of(), dir, "writable"));
            } else {
                System.err.println("OPENED " + TestVaults.rows(vault));
            }
        } catch (RuntimeException e) {
            System.err.println(e.getClass().getName());
        }
    }

    /** Runs a probe in a child JVM (behind {@code wrapper}, a command such as unshare) and returns its output. */
    static String run(List<String> wrapper, Path dir, String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(),
                dir.toString(), mode));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        child.getOutputStream().close();
        if (!child.waitFor(90, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new IllegalStateException("the probe did not finish");
        }
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (child.exitValue() != 0) {
            throw new IllegalStateException("probe exit " + child.exitValue() + ": " + out);
        }
        return out;
    }

    static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
