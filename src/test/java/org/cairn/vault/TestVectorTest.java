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
        try (Passphrase passphrase = Passphrase.copyOf(TestVectorGenerator.PASSPHRASE.toCharArray());
                Vault vault = Vault.open(dir, passphrase, VaultOptions.standard())) {
            assertThat(vault.openReport().replayedTransactions()).isEqualTo(2);
            List<String> rows = vault.read(r -> r.query("SELECT text FROM greeting ORDER BY id",
                    row -> row.getString(1)));
            assertThat(rows).containsExactly("hello from the snapshot", "hello from the log", "¡hola! cześć مرحبا হ্যালো");
        }
    }
}
