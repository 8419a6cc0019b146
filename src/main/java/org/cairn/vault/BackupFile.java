package org.cairn.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/** Writes a database image as one encrypted, authenticated backup file, and wipes the image afterwards. */
final class BackupFile {
    private BackupFile() {
    }

    static void write(VaultOptions options, Path target, SnapshotHeader header, MasterKey key, byte[] image) {
        try {
            SnapshotHeader backupHeader = header.withKind(FileKind.BACKUP, header.generation(),
                    KeySlots.randomBytes(options.random(), SnapshotHeader.SALT_BYTES));
            SnapshotFile.write(options.opener(), target, backupHeader, key, image, options.random());
        } catch (IOException e) {
            throw new StorageFailedException("write the backup", e);
        } finally {
            Arrays.fill(image, (byte) 0);
        }
    }
}
