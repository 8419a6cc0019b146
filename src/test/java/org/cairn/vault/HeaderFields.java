package org.cairn.vault;

import java.nio.file.Path;

/** Fields a reader written from docs/FORMAT.md would take from a casebook's header, for tests outside the vault. */
public final class HeaderFields {
    private HeaderFields() {
    }

    public static byte[] casebookId(Path casebook) {
        return header(casebook).casebookId().clone();
    }

    /** The salt of the recovery slot with a key pair (type 4). */
    public static byte[] recoverySlotSalt(Path casebook) {
        return header(casebook).slots().stream().filter(s -> s.type() == SlotType.RECOVERY).findFirst()
                .orElseThrow().salt().clone();
    }

    /** The 20 bytes the printed recovery key encodes. */
    public static byte[] secretOf(RecoveryKey key) {
        return key.secret().clone();
    }

    private static SnapshotHeader header(Path casebook) {
        return SnapshotFile.readHeader(casebook.resolve(CasebookFiles.SNAPSHOT)).header();
    }
}
