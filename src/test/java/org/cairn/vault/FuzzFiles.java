package org.cairn.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One scratch file per fuzz target, rewritten for every input. */
final class FuzzFiles {
    private FuzzFiles() {
    }

    static Path scratch(String name) {
        try {
            Path dir = Files.createTempDirectory("cairn-fuzz");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve(name);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the documented errors may escape a reader: anything else is rethrown as a finding. */
    static void requireDocumented(VaultException e) {
        if (e instanceof DamagedException || e instanceof UnlockFailedException || e.getClass() == VaultException.class) {
            return;
        }
        throw new AssertionError("undocumented error from a reader: " + e, e);
    }
}
