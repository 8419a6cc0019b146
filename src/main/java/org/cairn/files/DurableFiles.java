package org.cairn.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Forces files Cairn wrote out of the operating system's cache, so "wrote" is said only of what is on the disk. */
public final class DurableFiles {
    private DurableFiles() {
    }

    /** Opened for writing (nothing is changed): Windows flushes only a file opened that way. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries (the names of new files) where the platform allows it. Windows cannot open a
     * folder as a file: there the entries are written with the files and nothing more can be done.
     */
    public static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not supported here (see above); the files themselves were forced.
        }
    }
}
