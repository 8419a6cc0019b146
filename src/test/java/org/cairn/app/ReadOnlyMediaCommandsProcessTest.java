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

/**
 * check, search and backup through the real process on a casebook seen through a read-only bind mount: media that
 * stops root too (CI runs as root), where a folder without write permission would not.
 */
class ReadOnlyMediaCommandsProcessTest {
    private static final String PASS = "river stones at dawn\n";
    /** Binds {@code $1} read-only at {@code $2} in a mount namespace of its own, then runs the command after them. */
    private static final String BIND_READ_ONLY =
            "mount --bind \"$1\" \"$2\" && mount -o remount,bind,ro \"$2\" || exit 77; shift 2; exec \"$@\"";
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void checkSearchAndBackupWorkReadOnlyAndChangeNothing() throws Exception {
        assumeTrue(Files.exists(Path.of("/bin/sh")) && Files.exists(Path.of("/usr/bin/unshare")),
                "needs sh and unshare (util-linux)");
        Path casebook = dir.resolve("casebook");
        assertThat(run(List.of(), "create", "--casebook", casebook.toString()).exitCode()).isZero();
        Path media = Files.createDirectory(dir.resolve("media"));
        List<String> bind = List.of("unshare", "-m", "/bin/sh", "-c", BIND_READ_ONLY, "sh", casebook.toString(),
                media.toString());
        List<byte[]> before = contents(casebook);
        Run check = run(bind, "check", "--casebook", media.toString());
        assumeTrue(check.exitCode() != 77, "cannot mount a read-only bind here (needs root or CAP_SYS_ADMIN): "
                + check.err());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.err()).contains("read-only").contains("Cairn cannot write to this folder");
        assertThat(check.out()).startsWith("ok:");
        Run search = run(bind, "search", "--casebook", media.toString());
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.err()).contains("read-only");
        Path backup = dir.resolve("elsewhere.cairnbackup");
        Run backedUp = run(bind, "backup", "--casebook", media.toString(), "--to", backup.toString());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        assertThat(backup).isNotEmptyFile();
        assertThat(contents(casebook)).as("the casebook's files, byte for byte").containsExactlyElementsOf(before);
    }

    private Run run(List<String> wrapper, String... args) throws Exception {
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> all = new ArrayList<>(wrapper);
        all.addAll(List.of(javaBinary, "-Dcairn.kdf=minimum", "-Dcairn.home=" + dir.resolve("home"),
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        all.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder(all).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (OutputStream stdin = child.getOutputStream()) {
            stdin.write(PASS.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(child.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<byte[]> contents(Path folder) throws java.io.IOException {
        List<byte[]> all = new ArrayList<>();
        for (String name : List.of("casebook.cairn", "casebook.log", "casebook.lock")) {
            all.add(Files.readAllBytes(folder.resolve(name)));
        }
        return all;
    }
}
