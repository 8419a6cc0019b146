package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recovery key that did not reach its output fails create and leaves no casebook behind. */
class RecoveryKeyDeliveryTest {
    private static final byte[] PASS = "river stones at dawn\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** Accepts {@code limit} bytes, then fails as a full disk does. */
    private static PrintWriter failingAfter(int limit) {
        return new PrintWriter(new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > limit) {
                    throw new IOException("No space left on device");
                }
            }
        }, true);
    }

    @Test
    void anOutputThatFailsAtAnyPointFailsCreateAndRemovesTheCasebook() {
        // From the first byte to the last line: wherever the output gives up, the key counts as lost.
        java.io.StringWriter whole = new java.io.StringWriter();
        assertThat(CliHarness.runWithOutput(PASS, new PrintWriter(whole), "create", "--casebook",
                dir.resolve("new-0000").toString()).exitCode()).isZero();
        int length = whole.toString().getBytes(StandardCharsets.UTF_8).length;
        for (int limit : new int[] {0, 1, 40, 90, 150, 260, length - 1}) {
            Path casebook = dir.resolve(String.format("new-%04d", limit + 1)); // as long as the measured name
            CliHarness.Result result = CliHarness.runWithOutput(PASS, failingAfter(limit), "create", "--casebook",
                    casebook.toString());
            assertThat(result.exitCode()).as("limit " + limit).isEqualTo(ExitCodes.FAILED);
            assertThat(result.err()).contains("recovery key could not be written").contains("removed");
            assertThat(casebook).as("limit " + limit).doesNotExist();
        }
    }

    @Test
    void aFolderThatWasAlreadyThereIsKeptButEmptied() throws IOException {
        Path casebook = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(casebook.resolve("notes.txt"), "the advocate's own file");
        CliHarness.Result result = CliHarness.runWithOutput(PASS, failingAfter(10), "create", "--casebook",
                casebook.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        try (var left = Files.list(casebook)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void demoFailsTheSameWay() {
        Path casebook = dir.resolve("demo");
        CliHarness.Result result = CliHarness.runWithOutput(PASS, failingAfter(0), "demo", "--casebook",
                casebook.toString(), "--cases", "3");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(casebook).doesNotExist();
    }

    @Test
    void anOutputThatWorksKeepsTheCasebook() {
        Path casebook = dir.resolve("kept");
        CliHarness.Result result = CliHarness.run("river stones at dawn\n", "create", "--casebook",
                casebook.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(casebook.resolve("casebook.cairn")).exists();
    }
}
