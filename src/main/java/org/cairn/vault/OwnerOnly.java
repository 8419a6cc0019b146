package org.cairn.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Restricts casebook files to their owner where the file system has POSIX permissions. The contents are
 * encrypted anyway; this keeps other accounts on a shared laptop from even copying them.
 */
final class OwnerOnly {
    private OwnerOnly() {
    }

    static void file(Path path) {
        restrict(path, "rw-------");
    }

    static void folder(Path path) {
        restrict(path, "rwx------");
    }

    private static void restrict(Path path, String permissions) {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) == null) {
            return; // Windows: the user profile's ACLs apply.
        }
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (IOException | UnsupportedOperationException e) {
            // A file system without permissions (e.g. FAT on a USB stick): nothing to restrict.
        }
    }
}
