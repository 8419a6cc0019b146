package org.cairn.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Files and folders that only their owner can open (0600 and 0700), where the file system has POSIX permissions.
 * Letters, counts, bundles and exports name clients or organisations, and a shared laptop has other accounts. The
 * permissions are given when the file is created, so there is no moment in which another account could open it.
 * On Windows the user profile's access lists apply; on FAT or exFAT there is nothing to restrict.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Creates {@code folder} and any missing parents, each created level owner-only; existing ones are left. */
    public static Path createDirectories(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path level : missing) {
            try {
                if (posix(level.getParent())) {
                    Files.createDirectory(level, PosixFilePermissions.asFileAttribute(FOLDER));
                } else {
                    Files.createDirectory(level);
                }
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(level)) {
                    throw e;
                }
            }
        }
        return folder;
    }

    /** Writes a new file, refusing to replace one ({@link FileAlreadyExistsException}). */
    public static void writeNew(Path file, byte[] bytes) throws IOException {
        createFile(file);
        Files.write(file, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Writes a file, replacing one that is there (whose permissions are then narrowed too). */
    public static void write(Path file, byte[] bytes) throws IOException {
        try {
            createFile(file);
        } catch (FileAlreadyExistsException e) {
            restrict(file);
        }
        Files.write(file, bytes, new OpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING});
    }

    /** Creates an empty owner-only file; {@link FileAlreadyExistsException} when one is there. */
    public static void createFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (posix(parent)) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(FILE);
            Files.createFile(file, ownerOnly);
        } else {
            Files.createFile(file);
        }
    }

    /** Narrows an existing file or folder to its owner; quietly nothing where permissions do not exist. */
    public static void restrict(Path path) {
        if (!posix(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (IOException | UnsupportedOperationException e) {
            // A file system that ignores permissions (FAT on a USB stick): nothing to restrict.
        }
    }

    private static boolean posix(Path near) {
        return near != null && Files.getFileAttributeView(near, PosixFileAttributeView.class) != null;
    }
}
