package org.cairn.vault;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why the file system refused, told apart so a message can name the cause and say what to do. The operating
 * system's own words are checked as well as the exception type, because plain I/O streams report every refusal
 * as a bare {@link IOException}.
 */
public enum StorageCause {
    MISSING("it does not exist", "Check the path."),
    NOT_A_FOLDER("a file is in the way where a folder should be", "Check the path."),
    PERMISSION_DENIED("permission denied",
            "Check that your account may read and write there, or choose a folder of your own."),
    READ_ONLY("the drive is read-only", "Copy the casebook to a drive that can be written, or remove the "
            + "write protection."),
    DISK_FULL("the disk is full", "Free some disk space, then try again."),
    ALREADY_EXISTS("something with that name is already there", "Choose another name."),
    OTHER("the drive refused", "Check the drive, then try again.");

    private final String reason;
    private final String advice;

    StorageCause(String reason, String advice) {
        this.reason = reason;
        this.advice = advice;
    }

    /** A short phrase naming the cause, such as "the disk is full". */
    public String reason() {
        return reason;
    }

    /** One sentence on what to do next. */
    public String advice() {
        return advice;
    }

    /** The cause of the first I/O failure in {@code failure}'s chain. */
    public static StorageCause of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return ofIo(io);
            }
        }
        return OTHER;
    }

    private static StorageCause ofIo(IOException failure) {
        String words = failure instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(failure.getMessage());
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")
                || lower.contains("disk is full")) {
            return DISK_FULL;
        }
        if (lower.contains("read-only file system")) {
            return READ_ONLY;
        }
        if (failure instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("access is denied")) {
            return PERMISSION_DENIED;
        }
        if (failure instanceof NotDirectoryException || lower.contains("not a directory")) {
            return NOT_A_FOLDER;
        }
        if (failure instanceof NoSuchFileException || lower.contains("no such file")) {
            return MISSING;
        }
        if (failure instanceof FileAlreadyExistsException || lower.contains("file exists")) {
            return ALREADY_EXISTS;
        }
        return OTHER;
    }
}
