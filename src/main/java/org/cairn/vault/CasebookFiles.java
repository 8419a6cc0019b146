package org.cairn.vault;

import java.nio.file.Files;
import java.nio.file.Path;

/** Names of the files inside a casebook folder. */
public final class CasebookFiles {
    public static final String SNAPSHOT = "casebook.cairn";
    public static final String LOG = "casebook.log";
    public static final String LOCK = LockFile.NAME;

    private CasebookFiles() {
    }

    public static boolean exists(Path directory) {
        return Files.exists(directory.resolve(SNAPSHOT));
    }
}
