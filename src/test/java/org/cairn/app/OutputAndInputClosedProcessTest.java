package org.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real process with its standard streams cut as a shell does it: {@code >/dev/full}, {@code >&-}, {@code <&-}. */
class OutputAndInputClosedProcessTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String err) {
    }

    private Run run(String redirection, String... args) throws Exception {
        assumeTrue(Files.exists(Path.of("/bin/bash")) && Files.exists(Path.of("/dev/full")),
                "needs bash and /dev/full (Linux)");
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "exec \"$0\" -Dcairn.kdf=minimum -Dcairn.home=\"$1\" -XX:-UsePerfData -cp \"$2\" "
                + Main.class.getName() + " \"${@:3}\" " + redirection;
        List<String> all = new ArrayList<>(List.of("/bin/bash", "-c", command, javaBinary,
                dir.resolve("home").toString(), System.getProperty("java.class.path")));
        all.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder(all).redirectError(err.toFile()).start();
        try (OutputStream stdin = child.getOutputStream()) {
            stdin.write("river stones at dawn\n".getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException closedOnPurpose) {
            // <&- : the child never reads it
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(child.exitValue(), Files.readString(err));
    }

    @Test
    void createToAFullDiskFailsAndLeavesNoCasebook() throws Exception {
        Path casebook = dir.resolve("full");
        Run result = run(">/dev/full", "create", "--casebook", casebook.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).contains("recovery key could not be written");
        assertThat(casebook).doesNotExist();
    }

    @Test
    void createWithStandardOutputClosedFailsAndLeavesNoCasebook() throws Exception {
        Path casebook = dir.resolve("closed");
        Run result = run(">&-", "create", "--casebook", casebook.toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(casebook).doesNotExist();
    }

    @Test
    void checkWithStandardInputClosedSaysNoPassphraseWasGiven() throws Exception {
        Path casebook = dir.resolve("cb");
        assertThat(run(">/dev/null", "create", "--casebook", casebook.toString()).exitCode()).isZero();
        Run result = run("<&-", "check", "--casebook", casebook.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no passphrase given");
    }
}
