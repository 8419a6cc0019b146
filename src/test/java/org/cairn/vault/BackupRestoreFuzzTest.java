package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;

/**
 * Backup restore on arbitrary files (the full {@link VaultRestore#restore} with the test passphrase), and the
 * database check it runs on an authenticated image, fed arbitrary bytes as if a key holder had sealed them.
 * Only documented errors may escape, and a failed restore leaves the target folder without a casebook.
 */
class BackupRestoreFuzzTest {
    private static final Path BACKUP = FuzzFiles.scratch("backup.cairnbak");
    private static final Path TARGET = BACKUP.resolveSibling("restored");
    private static final AtomicInteger RUNS = new AtomicInteger();

    @FuzzTest(maxDuration = "60s")
    void restoreArbitraryFile(byte[] data) {
        RUNS.incrementAndGet();
        FuzzFiles.write(BACKUP, data);
        try (Passphrase passphrase = TestVaults.passphrase();
                Vault restored = VaultRestore.restore(BACKUP, passphrase, TARGET, false, VaultOptions.standard())) {
            assertThat(restored.integrityProblems()).isEmpty();
        } catch (VaultException e) {
            FuzzFiles.requireDocumented(e);
            assertThat(CasebookFiles.exists(TARGET)).as("a refused backup created no casebook").isFalse();
        } finally {
            deleteTree(TARGET);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void checkAuthenticatedDatabaseImage(byte[] image) {
        RUNS.incrementAndGet();
        try {
            VaultRestore.loadVerified(image, BACKUP).close();
        } catch (DamagedException expected) {
            assertThat(expected.fileName()).isEqualTo(BACKUP.getFileName().toString());
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void someInputsRan() {
        assertThat(RUNS.get()).as("seed inputs were executed").isGreaterThan(3);
    }
}
