package org.cairn.vault;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Unlocks with the test passphrase exactly as the vault does for a casebook with one person, but remembers each
 * Argon2id result per (salt, cost). Argon2id is a pure function of those inputs, so behaviour is unchanged; tests
 * that open a casebook hundreds of times just skip paying 64 MiB of hashing per open.
 */
final class KekCache implements SlotUnwrapper {
    private final Map<String, byte[]> keks = new HashMap<>();

    @Override
    public Optional<Unlocked> unwrap(SnapshotHeader header) {
        try (Passphrase passphrase = TestVaults.passphrase()) {
            return Unlockers.passphraseOnly(passphrase, this::cached).unwrap(header);
        }
    }

    /** The master key of the casebook in {@code directory}, for tests that parse files themselves. */
    MasterKey masterKeyOf(java.nio.file.Path snapshot) {
        return new MasterKey(unwrap(SnapshotFile.readHeader(snapshot).header()).orElseThrow().masterKey());
    }

    private byte[] cached(byte[] secret, byte[] salt, KdfParams params) {
        String key = HexFormat.of().formatHex(salt) + params + HexFormat.of().formatHex(secret);
        return keks.computeIfAbsent(key, k -> Argon2Kdf.derive(secret, salt, params)).clone();
    }
}
