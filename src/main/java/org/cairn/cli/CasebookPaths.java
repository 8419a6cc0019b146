package org.cairn.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.cairn.vault.CasebookFiles;

/**
 * Checks the paths a command was given before it asks for a passphrase, so a wrong path is named as such instead
 * of looking like a wrong passphrase.
 */
final class CasebookPaths {
    private CasebookPaths() {
    }

    /** The folder exists, is a folder, can be read and holds a casebook. */
    static void requireCasebook(Path directory) {
        BasicFileAttributes folder = attributes(directory).orElseThrow(() -> new CliFailure(ExitCodes.USAGE,
                "there is no folder at " + directory + "; check the --casebook path"));
        if (!folder.isDirectory()) {
            throw notAFolder(directory);
        }
        if (!Files.isReadable(directory) || !Files.isExecutable(directory)) {
            throw permissionDenied(directory);
        }
        Path snapshot = directory.resolve(CasebookFiles.SNAPSHOT);
        if (attributes(snapshot).isEmpty()) {
            throw new CliFailure(ExitCodes.UNLOCK_FAILED, directory + " holds no Cairn casebook (there is no "
                    + CasebookFiles.SNAPSHOT + " in it); check the --casebook path");
        }
        if (!Files.isReadable(snapshot)) {
            throw permissionDenied(snapshot);
        }
    }

    /** A file to read, such as a backup: it exists, is a file and can be read. */
    static void requireReadableFile(Path file) {
        BasicFileAttributes attributes = attributes(file).orElseThrow(() -> new CliFailure(ExitCodes.USAGE,
                "there is no file at " + file + "; check the file name"));
        if (attributes.isDirectory()) {
            throw new CliFailure(ExitCodes.USAGE, file + " is a folder, not a file; give the file's name");
        }
        if (!Files.isReadable(file)) {
            throw permissionDenied(file);
        }
    }

    /** Where a new casebook goes: nothing there yet, or a folder without a casebook (unless replacing one). */
    static void requireRoomForCasebook(Path directory, boolean replacing, String hint) {
        Optional<BasicFileAttributes> there = attributes(directory);
        if (there.isEmpty()) {
            return;
        }
        if (!there.get().isDirectory()) {
            throw notAFolder(directory);
        }
        if (!replacing && attributes(directory.resolve(CasebookFiles.SNAPSHOT)).isPresent()) {
            throw new CliFailure(ExitCodes.USAGE, "there is already a casebook in " + directory
                    + "; choose an empty folder" + hint + "; nothing was changed");
        }
    }

    private static CliFailure notAFolder(Path path) {
        return new CliFailure(ExitCodes.USAGE, path + " is a file, not a folder; give the casebook's folder");
    }

    private static CliFailure permissionDenied(Path path) {
        return new CliFailure(ExitCodes.NOT_PERMITTED, "permission denied: this account may not read " + path
                + "; check its permissions or run Cairn as the account that owns it");
    }

    private static Optional<BasicFileAttributes> attributes(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AccessDeniedException e) {
            throw permissionDenied(path);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("Not a directory")) {
                return Optional.empty();
            }
            throw new CliFailure(ExitCodes.FAILED, "could not look at " + path + " (" + e.getMessage()
                    + "); check the drive, then try again");
        }
    }
}
