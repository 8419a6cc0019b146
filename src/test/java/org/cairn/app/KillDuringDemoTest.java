package org.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairn.casebook.Casebook;
import org.cairn.vault.OpenReport;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule 1 of docs/ARCHITECTURE.md: a child JVM writing demo cases is killed with SIGKILL at random moments, half of the time
 * with checkpoints every few commits; afterwards every acknowledged case is there and the casebook checks clean.
 */
class KillDuringDemoTest {
    private static final String PASSPHRASE = "kill test passphrase";
    private static final int ROUNDS = 12;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommitSurvivesSigkill() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Path casebook = dir.resolve("round-" + round);
            boolean frequentCheckpoints = round % 2 == 0;
            int acknowledged = runAndKill(casebook, frequentCheckpoints, 50 + random.nextInt(1500));
            try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE.toCharArray());
                    Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
                OpenReport report = vault.openReport();
                assertThat(vault.integrityProblems()).as("round %d (seed %d)", round, seed).isEmpty();
                Casebook book = Casebook.open(vault, Clock.systemUTC(), "kill-test");
                long cases = book.counts().cases();
                // Each commit is printed before the next begins, so at most one durable commit is unacknowledged.
                assertThat(cases).as("round %d (seed %d)", round, seed).isBetween((long) acknowledged,
                        acknowledged + 1L);
                assertThat(book.audit().verify().isOk()).as("audit chain, round %d", round).isTrue();
                rounds.add(acknowledged + "/" + cases + (report.droppedUnconfirmedWrite() ? " torn" : "")
                        + (report.discardedStaleLog() ? " stale-log" : ""));
            }
        }
        // Visible in the surefire report: what each round acknowledged / found.
        org.slf4j.LoggerFactory.getLogger(getClass()).info("kill rounds (seed {}): {}", seed, rounds);
    }

    private int runAndKill(Path casebook, boolean frequentCheckpoints, int delayMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Dcairn.kdf=minimum", "-Dcairn.home=" + dir.resolve("home"),
                "-Dcairn.checkpointLogBytes=" + (frequentCheckpoints ? 16 * 1024 : 32 * 1024 * 1024),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "demo", "--casebook", casebook.toString(), "--cases", "1000000", "--seed", "7");
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream stdin = child.getOutputStream()) {
            stdin.write((PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
        }
        AtomicInteger acknowledged = new AtomicInteger(-1);
        java.util.concurrent.atomic.AtomicReference<Throwable> readFailure =
                new java.util.concurrent.atomic.AtomicReference<>();
        Thread reader = new Thread(() -> readFailure.set(readCommits(child, acknowledged)));
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.get() < 1 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(acknowledged.get()).as("the child started committing").isPositive();
        Thread.sleep(delayMillis);
        // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the pipe and lose
        // 'committed' lines the child had already written.
        child.toHandle().destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(TimeUnit.SECONDS.toMillis(30));
        // A lost 'committed' line would make the upper bound below fail for the wrong reason: say so instead.
        assertThat(reader.isAlive()).as("the output reader finished").isFalse();
        assertThat(readFailure.get()).as("the child's output was read to its end").isNull();
        return acknowledged.get();
    }

    /** Reads the child's output to the end; returns why it stopped early, or null after a clean end of stream. */
    private static Throwable readCommits(Process child, AtomicInteger acknowledged) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    acknowledged.set(Integer.parseInt(line.substring("committed ".length())));
                }
            }
            return null;
        } catch (java.io.IOException | RuntimeException e) {
            return e;
        }
    }
}
