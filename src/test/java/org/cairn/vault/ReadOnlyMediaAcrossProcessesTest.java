package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A casebook on media nobody can write (here a read-only bind mount, which stops root too): two processes open it
 * at once, each read-only, sharing the lock through the lock file already on the media.
 */
class ReadOnlyMediaAcrossProcessesTest {
    /** Binds {@code $1} read-only at {@code $2} in a mount namespace of its own, then runs the rest. */
    private static final String BIND_READ_ONLY =
            "mount --bind \"$1\" \"$2\" && mount -o remount,bind,ro \"$2\" || exit 77; shift 2; exec \"$@\"";
    @TempDir
    Path dir;

    @Test
    void twoProcessesReadTheSameCopyAtOnceAndChangeNothing() throws Exception {
        Path source = dir.resolve("casebook");
        try (Vault vault = TestVaults.create(source).vault()) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "held");
        }
        Path media = Files.createDirectory(dir.resolve("media"));
        List<String> wrapper = readOnlyBind(source, media).orElse(null);
        assumeTrue(wrapper != null, "needs unshare and mount (util-linux) and the right to mount a read-only bind "
                + "in a namespace of its own (root, or user namespaces)");
        List<byte[]> before = contents(source);
        String out = LockProbe.run(wrapper, media, "and-another");
        assertThat(out).contains("FIRST " + ReadOnlyAccess.NOT_WRITABLE).contains("SECOND OPENED [held]");
        assertThat(contents(source)).containsExactlyElementsOf(before);
    }

    /** The wrapper that works here, tried with a harmless command first. */
    private static Optional<List<String>> readOnlyBind(Path source, Path target) throws InterruptedException {
        for (List<String> unshare : List.of(List.of("unshare", "-m"), List.of("unshare", "-r", "-m"))) {
            List<String> wrapper = new java.util.ArrayList<>(unshare);
            wrapper.addAll(List.of("sh", "-c", BIND_READ_ONLY, "sh", source.toString(), target.toString()));
            List<String> trial = new java.util.ArrayList<>(wrapper);
            trial.addAll(List.of("sh", "-c", "! touch \"$0\"/probe 2>/dev/null", target.toString()));
            try {
                Process process = new ProcessBuilder(trial).redirectErrorStream(true).start();
                process.getOutputStream().close();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Optional.of(wrapper);
                }
                process.destroyForcibly();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<byte[]> contents(Path folder) throws IOException {
        return List.of(Files.readAllBytes(folder.resolve(CasebookFiles.SNAPSHOT)),
                Files.readAllBytes(folder.resolve(CasebookFiles.LOG)),
                Files.readAllBytes(folder.resolve(CasebookFiles.LOCK)));
    }
}
