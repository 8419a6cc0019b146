package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariant 3: the error for a wrong secret cannot be told apart from the error for a folder with no casebook. */
class WrongPassphraseLooksLikeNotACasebookTest {
    @TempDir
    Path dir;

    @Test
    void everyKindOfFailedUnlockGivesTheSameTypeAndMessage() throws Exception {
        Path real = dir.resolve("real");
        Path backup = dir.resolve("backup.cairnbak");
        try (Vault vault = TestVaults.create(real).vault()) {
            TestVaults.createTable(vault);
            TestVaults.addRow(vault, "private");
            vault.backupTo(backup);
        }
        Map<String, Throwable> failures = new LinkedHashMap<>();
        try (Passphrase wrong = Passphrase.copyOf("not the right passphrase".toCharArray())) {
            failures.put("wrong passphrase", catchThrowable(() -> Vault.open(real, wrong, VaultOptions.standard())));
            failures.put("random bytes", catchThrowable(() -> open(folderWith(randomBytes(4096)), wrong)));
            failures.put("a few random bytes", catchThrowable(() -> open(folderWith(randomBytes(5)), wrong)));
            failures.put("empty file", catchThrowable(() -> open(folderWith(new byte[0]), wrong)));
            failures.put("empty folder", catchThrowable(() -> open(Files.createDirectory(dir.resolve("empty")), wrong)));
            failures.put("missing folder", catchThrowable(() -> open(dir.resolve("nowhere"), wrong)));
            failures.put("backup as casebook", catchThrowable(() -> open(folderWith(Files.readAllBytes(backup)), wrong)));
            failures.put("log as casebook", catchThrowable(
                    () -> open(folderWith(Files.readAllBytes(real.resolve(CasebookFiles.LOG))), wrong)));
        }
        try (Passphrase right = TestVaults.passphrase()) {
            failures.put("right passphrase, backup as casebook",
                    catchThrowable(() -> open(folderWith(Files.readAllBytes(backup)), right)));
        }
        try (RecoveryKey other = RecoveryKey.generate(new java.security.SecureRandom())) {
            failures.put("wrong recovery key",
                    catchThrowable(() -> Vault.openWithRecoveryKey(real, other, VaultOptions.standard())));
        }
        failures.forEach((what, error) -> assertThat(error).as(what).isExactlyInstanceOf(UnlockFailedException.class)
                .hasMessage(UnlockFailedException.MESSAGE).hasNoCause());
        try (Vault reopened = TestVaults.open(real)) {
            assertThat(TestVaults.rows(reopened)).as("the failed attempts changed nothing").containsExactly("private");
        }
    }

    private static void open(Path folder, Passphrase passphrase) {
        Vault.open(folder, passphrase, VaultOptions.standard()).close();
    }

    private Path folderWith(byte[] snapshot) throws Exception {
        Path folder = Files.createTempDirectory(dir, "candidate");
        Files.write(folder.resolve(CasebookFiles.SNAPSHOT), snapshot);
        return folder;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new Random(count).nextBytes(bytes);
        return bytes;
    }
}
