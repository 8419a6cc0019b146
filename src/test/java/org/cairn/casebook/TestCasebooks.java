package org.cairn.casebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;

/** Quick casebooks for tests: minimum KDF cost, a fixed start time, one acting advocate. */
final class TestCasebooks {
    static final Instant START = Instant.parse("2026-03-14T10:15:30.123Z");
    static final String ACTOR = "advocate.one";

    private TestCasebooks() {
    }

    static Casebook create(Path dir, MutableClock clock) {
        Vault vault = TestVaults.create(dir).vault();
        return Casebook.open(vault, clock, ACTOR);
    }

    /** The vault under a test casebook (tests create casebooks on a vault, never on plain SQLite). */
    static org.cairn.vault.Vault vault(Casebook casebook) {
        return (org.cairn.vault.Vault) casebook.transactions();
    }

    /** Copies the files as a crash would leave them (without close, which would checkpoint). */
    static Path copyAsCrashed(Path dir, Path parent) throws Exception {
        Path copy = Files.createTempDirectory(parent, "after-crash");
        for (String name : List.of(CasebookFiles.SNAPSHOT, CasebookFiles.LOG)) {
            Files.copy(dir.resolve(name), copy.resolve(name));
        }
        return copy;
    }
}
