package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 6: while one process has a casebook open, another process cannot open it; after close it can. */
class LockFileAcrossProcessesTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessIsRefusedWhileOpenAndAdmittedAfterClose() throws Exception {
        Vault vault = TestVaults.create(dir).vault();
        try {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "held");
            assertThat(probe()).isEqualTo(AlreadyOpenException.class.getName());
        } finally {
            vault.close();
        }
        assertThat(probe()).isEqualTo("OPENED [held]");
    }

    private String probe() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), dir.toString())).redirectErrorStream(true).start();
        child.getOutputStream().close();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child finished").isTrue();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(child.exitValue()).as("child exit; output: %s", out).isZero();
        List<String> lines = out.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
