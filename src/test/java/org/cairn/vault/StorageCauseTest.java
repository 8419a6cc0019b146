package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** The operating system's refusals, as Java reports them through NIO and through plain streams, each named. */
class StorageCauseTest {
    @Test
    void nioExceptionTypesAndTheirReasons() {
        assertThat(StorageCause.of(new AccessDeniedException("/x"))).isEqualTo(StorageCause.PERMISSION_DENIED);
        assertThat(StorageCause.of(new FileSystemException("/x", null, "Read-only file system")))
                .isEqualTo(StorageCause.READ_ONLY);
        assertThat(StorageCause.of(new FileSystemException("/x", null, "No space left on device")))
                .isEqualTo(StorageCause.DISK_FULL);
        assertThat(StorageCause.of(new NoSuchFileException("/x"))).isEqualTo(StorageCause.MISSING);
        assertThat(StorageCause.of(new NotDirectoryException("/x"))).isEqualTo(StorageCause.NOT_A_FOLDER);
        assertThat(StorageCause.of(new FileAlreadyExistsException("/x"))).isEqualTo(StorageCause.ALREADY_EXISTS);
    }

    @Test
    void streamExceptionsCarryOnlyTheWords() {
        assertThat(StorageCause.of(new FileNotFoundException("/x/letter.pdf (Permission denied)")))
                .isEqualTo(StorageCause.PERMISSION_DENIED);
        assertThat(StorageCause.of(new FileNotFoundException("/x/letter.pdf (Read-only file system)")))
                .isEqualTo(StorageCause.READ_ONLY);
        assertThat(StorageCause.of(new IOException("Disk quota exceeded"))).isEqualTo(StorageCause.DISK_FULL);
        assertThat(StorageCause.of(new IOException("Input/output error"))).isEqualTo(StorageCause.OTHER);
    }

    @Test
    void theCauseIsFoundInsideWrappersAndTheMessageNoLongerBlamesTheDiskForEverything() {
        StorageFailedException readOnly = new StorageFailedException("save the change", new UncheckedIOException(
                new FileSystemException("/media/stick/casebook.log", null, "Read-only file system")));
        assertThat(readOnly.storageCause()).isEqualTo(StorageCause.READ_ONLY);
        assertThat(readOnly.getMessage()).contains("read-only").doesNotContain("disk space");
        StorageFailedException denied = new StorageFailedException("save the change",
                new AccessDeniedException("/x"));
        assertThat(denied.getMessage()).contains("permission denied").doesNotContain("disk space");
        assertThat(new StorageFailedException("save the change", new IOException("No space left on device"))
                .getMessage()).contains("Free some disk space");
    }
}
