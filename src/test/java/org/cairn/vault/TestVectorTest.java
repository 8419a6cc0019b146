package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed test vector (docs/FORMAT.md) opens with today's code: the format has not drifted. */
class TestVectorTest {
    @TempDir
    Path dir;

    @Test
    void committedTestVectorOpensAndReplaysItsLog() throws Exception {
        for (String name : List.of(CasebookFiles.SNAPSHOT, CasebookFiles.LOG)) {
            try (InputStream in = getClass().getResourceAsStream("/org/cairn/vault/test-vector/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        for (String[] person : new String[][] {{TestVectorGenerator.FIRST_NAME, TestVectorGenerator.PASSPHRASE},
                {TestVectorGenerator.SECOND_NAME, TestVectorGenerator.SECOND_PASSPHRASE}}) {
            try (Passphrase passphrase = Passphrase.copyOf(person[1].toCharArray());
                    Vault vault = Vault.open(dir, person[0], passphrase, VaultOptions.standard().withReadOnly(true))) {
                assertThat(vault.openReport().replayedTransactions()).isEqualTo(2);
                assertThat(TestVectorRows.of(vault)).containsExactly("hello from the snapshot", "hello from the log",
                        "¡hola! cześć مرحبا হ্যালো");
                assertThat(vault.people().acting().orElseThrow().displayName()).isEqualTo(person[0]);
            }
        }
        char[] typed;
        try (InputStream in = getClass().getResourceAsStream("/org/cairn/vault/test-vector/"
                + TestVectorGenerator.RECOVERY_KEY_FILE)) {
            typed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip().toCharArray();
        }
        try (RecoveryKey key = RecoveryKey.parse(typed);
                Vault vault = Vault.openWithRecoveryKey(dir, key, VaultOptions.standard())) {
            assertThat(TestVectorRows.of(vault)).hasSize(3);
        }
    }
}
