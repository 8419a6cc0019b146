package org.cairn.vault;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.AEADBadTagException;

/**
 * Unwraps passphrase slots exactly as {@link KeySlots} does, but remembers each Argon2id result per (salt, cost).
 * Argon2id is a pure function of those inputs, so behaviour is unchanged; tests that open a casebook hundreds of
 * times just skip paying 64 MiB of hashing per open.
 */
final class KekCache implements SlotUnwrapper {
    private final Map<String, byte[]> keks = new HashMap<>();

    @Override
    public Optional<byte[]> unwrap(List<KeySlot> slots, byte[] casebookId) {
        for (KeySlot slot : slots) {
            if (slot.type() != SlotType.PASSPHRASE) {
                continue;
            }
            byte[] kek = keks.computeIfAbsent(HexFormat.of().formatHex(slot.salt()) + slot.kdfParams(),
                    k -> derive(slot));
            byte[] context = ByteBuffer.allocate(casebookId.length + 1).put(casebookId)
                    .put((byte) slot.type().code()).array();
            try {
                return Optional.of(new Aead(kek, new SecureRandom()).open(slot.wrappedKey(), context));
            } catch (AEADBadTagException wrong) {
                // try the next slot
            }
        }
        return Optional.empty();
    }

    /** The master key of the casebook in {@code directory}, for tests that parse files themselves. */
    MasterKey masterKeyOf(java.nio.file.Path snapshot) {
        SnapshotHeader header = SnapshotFile.readHeader(snapshot).header();
        return new MasterKey(unwrap(header.slots(), header.casebookId()).orElseThrow());
    }

    private static byte[] derive(KeySlot slot) {
        try (Passphrase passphrase = TestVaults.passphrase()) {
            byte[] secret = passphrase.toUtf8();
            return Argon2Kdf.derive(secret, slot.salt(), slot.kdfParams());
        }
    }
}
