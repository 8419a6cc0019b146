package org.cairn.vault;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * Decides whether a casebook opens for writing (with its lock) or read-only: when asked, or when Cairn cannot
 * write its folder or files (a write-protected stick, a backup disc, a copy without write permission). A writer
 * holds the lock alone; readers share it, so a writer and a reader never have the same casebook open.
 */
record ReadOnlyAccess(LockFile lock, String reason) {
    static final String ASKED = "opened read-only as asked";
    static final String NOT_WRITABLE = "Cairn cannot write to this folder";

    static ReadOnlyAccess decide(Path directory, VaultOptions options) {
        if (options.readOnly()) {
            return new ReadOnlyAccess(LockFile.shared(directory), ASKED);
        }
        if (!writable(directory) || !writable(directory.resolve(CasebookFiles.SNAPSHOT))
                || !writable(directory.resolve(CasebookFiles.LOG))) {
            return new ReadOnlyAccess(LockFile.shared(directory), NOT_WRITABLE);
        }
        try {
            return new ReadOnlyAccess(LockFile.acquire(directory), null);
        } catch (StorageFailedException e) {
            if (isRefusedWrite(e.getCause())) {
                return new ReadOnlyAccess(LockFile.shared(directory), NOT_WRITABLE);
            }
            throw e;
        }
    }

    private static boolean writable(Path path) {
        return !Files.exists(path) || Files.isWritable(path);
    }

    static boolean isRefusedWrite(Throwable cause) {
        if (cause instanceof AccessDeniedException || cause instanceof ReadOnlyFileSystemException) {
            return true;
        }
        return cause instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only");
    }
}
