package org.cairn.ui.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.cairn.files.DurableFiles;

/**
 * Saves a transfer file or a receipt whole or not at all: the bytes go to a new file beside the target, are forced
 * to the disk, and only then is that file renamed over the target in one step. A full disk, a pulled stick or a
 * failing write never leaves half a file under the chosen name, and no temporary file is left behind.
 */
public final class FileSaver {
    /** How the bytes reach the open file; replaced in tests by one that fails part-way. */
    @FunctionalInterface
    public interface Sink {
        void write(FileChannel channel, byte[] bytes) throws IOException;
    }

    private final Sink sink;

    public FileSaver() {
        this(FileSaver::writeAll);
    }

    public FileSaver(Sink sink) {
        this.sink = Objects.requireNonNull(sink);
    }

    /** Writes {@code bytes} as {@code target}, replacing a file there; on failure the target is as it was. */
    public void save(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            throw new IOException("no folder to save into");
        }
        // A fresh name, readable by this user only, so that two saves never write into each other's file.
        Path partial = Files.createTempFile(folder, ".cairn-saving-", ".part");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                sink.write(channel, bytes);
                channel.force(true);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        DurableFiles.forceFolder(folder); // makes the rename itself last, where the system allows it
    }

    private static void writeAll(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
