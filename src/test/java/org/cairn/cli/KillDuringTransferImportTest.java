package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cairn.app.Main;
import org.cairn.casebook.Casebook;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM importing a transfer file of many cases is killed with SIGKILL at random moments; each time the
 * receiving casebook opens clean and holds either none of the file or all of it, never part.
 */
class KillDuringTransferImportTest {
    private static final String PASSPHRASE = "river stones at dawn";
    // Enough cases that the import takes many writes, so random kills land at every step; more only slows each trial.
    private static final int SENT = 150;
    private static final int TRIALS = 6;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheReceiverAsBeforeOrFullyImported() throws Exception {
        Path outreach = demo("outreach", SENT);
        Path centre = demo("centre", 3);
        pair(outreach, "Centre laptop", centre);
        pair(centre, "Outreach laptop", outreach);
        List<String> references = run("search", "--casebook", outreach.toString()).out().lines()
                .map(line -> line.split("\t")[0]).toList();
        assertThat(references).hasSize(SENT);
        Path file = dir.resolve("all.cairn-transfer");
        List<String> export = new ArrayList<>(List.of("transfer", "export", "--casebook", outreach.toString(),
                "--to", "Centre laptop", "--out", file.toString(), "--share", "--cases"));
        export.addAll(references);
        assertThat(run(export.toArray(String[]::new)).exitCode()).isZero();
        State before = state(centre);

        // One run to the end: what "fully imported" is, and how long the writing takes once the backup is there.
        Path whole = copy(centre, "whole");
        Process finished = child(whole, file, dir.resolve("whole.backup"));
        long writing = untilBackup(finished, dir.resolve("whole.backup"));
        assertThat(finished.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long writingMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - writing);
        assertThat(finished.exitValue()).as("the import's own words: %s", childErrors()).isZero();
        State after = state(whole);
        assertThat(after.cases()).isEqualTo(before.cases() + SENT);
        assertThat(after.received()).isEqualTo(1);

        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> seen = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            Path copy = copy(centre, "trial-" + trial);
            Path backup = dir.resolve("trial-" + trial + ".backup");
            // Killed from the backup's first bytes to a little past the usual end, so every step is hit.
            long delay = (long) (writingMillis * 1.3 * random.nextDouble());
            Process child = child(copy, file, backup);
            untilBackup(child, backup);
            Thread.sleep(delay);
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            State found = state(copy);
            assertThat(found).as("trial %d, killed %d ms into %d (seed %d)", trial, delay, writingMillis, seed)
                    .isIn(before, after);
            seen.add(delay + "ms:" + (found.equals(before) ? "before" : "imported"));
        }
        org.slf4j.LoggerFactory.getLogger(getClass()).info("kill during import (seed {}, writing {} ms): {}", seed,
                writingMillis, seen);
    }

    /** What an import changes, read from a casebook that must open writable and check clean. */
    private record State(long cases, long notes, long received, boolean auditOk) {
    }

    private static State state(Path casebook) {
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE.toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            assertThat(vault.readOnly()).isFalse();
            assertThat(vault.integrityProblems()).isEmpty();
            Casebook book = Casebook.open(vault, Clock.systemUTC(), "kill-test");
            return vault.read(r -> new State(r.queryLong("SELECT count(*) FROM case_file"),
                    r.queryLong("SELECT count(*) FROM note"), r.queryLong("SELECT count(*) FROM transfer_received"),
                    book.audit().verify().isOk()));
        }
    }

    /** What the children wrote to standard error, to say why one failed. */
    private String childErrors() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> homes = Files.list(dir)) {
            for (Path home : homes.filter(p -> Files.exists(p.resolve("err.txt"))).toList()) {
                text.append(Files.readString(home.resolve("err.txt")));
            }
        }
        return text.toString();
    }

    /** Waits until the child starts writing the backup, the first write of an import; returns that moment. */
    private static long untilBackup(Process child, Path backup) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(backup) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(Files.exists(backup)).as("the import started writing").isTrue();
        return System.nanoTime();
    }

    private Process child(Path casebook, Path file, Path backup) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path home = Files.createTempDirectory(dir, "home");
        List<String> command = List.of(java, "-Dcairn.kdf=minimum", "-Dcairn.home=" + home,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "transfer", "import",
                "--casebook", casebook.toString(), "--from", file.toString(), "--backup", backup.toString());
        Process child = new ProcessBuilder(command).redirectError(home.resolve("err.txt").toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream stdin = child.getOutputStream()) {
            stdin.write((PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return child;
    }

    private Path copy(Path casebook, String name) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(casebook)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Files.copy(source, target.resolve(source.getFileName()));
            }
        }
        return target;
    }

    private static CliHarness.Result run(String... args) {
        return CliHarness.run(PASSPHRASE + "\n", args);
    }

    private Path demo(String name, int cases) {
        Path casebook = dir.resolve(name);
        assertThat(run("demo", "--casebook", casebook.toString(), "--cases", Integer.toString(cases), "--batch",
                "100").exitCode()).isZero();
        return casebook;
    }

    private void pair(Path casebook, String name, Path other) {
        Path card = dir.resolve(other.getFileName() + ".card");
        assertThat(run("pair", "show", "--casebook", other.toString(), "--out", card.toString()).exitCode()).isZero();
        assertThat(run("pair", "add", "--casebook", casebook.toString(), "--name", name, "--from", card.toString())
                .exitCode()).isZero();
    }
}
