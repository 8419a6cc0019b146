package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that reads a secret refuses bytes that are not UTF-8, and accepts any spelling of the text. */
class PassphraseTextTest {
    private static final String PASS = "river stones at dawn";
    /** Stray continuation byte, overlong '/', encoded surrogate, cut-short euro sign, bytes UTF-8 never uses. */
    private static final List<byte[]> NOT_UTF8 = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0,
        (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
        new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        latin1("caf\u00e9 au lait tous les jours"));

    @TempDir
    Path dir;

    @Test
    void createRefusesEachKindOfBadByteAndMakesNothing() {
        for (byte[] bad : NOT_UTF8) {
            Path casebook = dir.resolve("new");
            CliHarness.Result result = CliHarness.runBytes(line(concat(ascii("long enough "), bad)), "create",
                    "--casebook", casebook.toString());
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).contains("not valid text (UTF-8)").contains("nothing was changed");
            assertThat(casebook).doesNotExist();
        }
    }

    @Test
    void everyCommandThatUnlocksRefusesIt() {
        Path casebook = dir.resolve("cb");
        assertThat(CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString()).exitCode()).isZero();
        // A Latin-1 "é" and a lone continuation byte used to decode to the same replacement character.
        byte[] latin = line(latin1("river stones at dawn \u00e9"));
        String cb = casebook.toString();
        List<String[]> commands = List.of(new String[] {"check", "--casebook", cb},
            new String[] {"search", "--casebook", cb, "x"},
            new String[] {"backup", "--casebook", cb, "--to", dir.resolve("b.cairnbackup").toString()},
            new String[] {"passwd", "--casebook", cb}, new String[] {"recover", "--casebook", cb},
            new String[] {"stats", "--casebook", cb, "--out", dir.resolve("counts").toString(), "--from",
                "2026Q1"});
        for (String[] command : commands) {
            CliHarness.Result result = CliHarness.runBytes(latin, command);
            assertThat(result.exitCode()).as(command[0] + ": " + result.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(result.err()).as(command[0]).contains("not valid text (UTF-8)");
        }
        CliHarness.Result newPassphrase = CliHarness.runBytes(concat(line(ascii(PASS)), line(latin)), "passwd",
                "--casebook", cb);
        assertThat(newPassphrase.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliHarness.run(PASS + "\n", "check", "--casebook", cb).exitCode()).isZero();
    }

    @Test
    void restoreRefusesItToo() {
        Path casebook = dir.resolve("cb");
        Path backup = dir.resolve("b.cairnbackup");
        CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString());
        CliHarness.run(PASS + "\n", "backup", "--casebook", casebook.toString(), "--to", backup.toString());
        CliHarness.Result result = CliHarness.runBytes(line(new byte[] {(byte) 0xC3}), "restore", "--from",
                backup.toString(), "--casebook", dir.resolve("restored").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("restored")).doesNotExist();
    }

    @Test
    void decomposedAndPrecomposedSpellingsOpenTheSameCasebook() {
        Path casebook = dir.resolve("cb");
        String mac = "cafe\u0301 sous la pluie";
        String windows = "caf\u00e9 sous la pluie";
        assertThat(CliHarness.run(mac + "\n", "create", "--casebook", casebook.toString()).exitCode()).isZero();
        CliHarness.Result opened = CliHarness.run(windows + "\n", "check", "--casebook", casebook.toString());
        assertThat(opened.exitCode()).as(opened.err()).isZero();
    }

    @Test
    void theReplacementCharacterSentAsRealUtf8IsStillAccepted() {
        // A casebook made from bytes that were once decoded to U+FFFD stays reachable: send U+FFFD itself.
        Path casebook = dir.resolve("cb");
        String replaced = "river stones \uFFFD\uFFFD dawn";
        assertThat(CliHarness.run(replaced + "\n", "create", "--casebook", casebook.toString()).exitCode())
                .isZero();
        assertThat(CliHarness.run(replaced + "\n", "check", "--casebook", casebook.toString()).exitCode())
                .isZero();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] line(byte[] bytes) {
        return concat(bytes, new byte[] {'\n'});
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
