package org.cairn.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.cairn.files.OwnerOnlyFiles;
import org.cairn.vault.StorageCause;

/** Small files the stats commands write and read: never overwritten, never read past a size limit. */
final class NewFiles {
    private NewFiles() {
    }

    static void requireAbsent(Path file) {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " already exists; choose another name");
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                OwnerOnlyFiles.createDirectories(parent);
            }
            OwnerOnlyFiles.writeNew(file, bytes);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(file + " already exists; choose another name");
        } catch (IOException e) {
            StorageCause cause = StorageCause.of(e);
            throw new CliFailure(ExceptionMapper.forCause(cause), "could not write " + file + ": " + cause.reason()
                    + ". " + cause.advice());
        }
    }

    static byte[] read(Path file, int maxBytes) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new IllegalArgumentException(file + " is larger than Cairn accepts here (" + limit(maxBytes)
                        + "); check the file name");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + " does not exist; check the file name");
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, "could not read " + file + "; check that it is readable");
        }
    }

    /** A size limit in words: "64 KiB", "10 MiB". */
    static String limit(long bytes) {
        return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB"
                : bytes >= 1024 && bytes % 1024 == 0 ? (bytes >> 10) + " KiB" : bytes + " bytes";
    }
}
