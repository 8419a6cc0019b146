package org.cairn.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Write-to-temporary, force, rename, force-the-folder: a reader sees the old file or the new one, never a mix. */
final class AtomicFiles {
    @FunctionalInterface
    interface Writer {
        void writeTo(FileChannel channel) throws IOException;
    }

    private AtomicFiles() {
    }

    static void replace(FileOpener opener, Path target, Writer writer) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = opener.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            OwnerOnly.file(temporary);
            writer.writeTo(channel);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Any refused rename (no atomic move, target is a folder, permissions): never leave the copy behind.
            Files.deleteIfExists(temporary);
            throw e;
        }
        forceDirectory(target.toAbsolutePath().getParent());
    }

    /** Makes a rename durable. Some platforms (Windows) cannot open a folder; the rename is then as durable as the OS makes it. */
    static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Not supported on this platform.
        }
    }
}
