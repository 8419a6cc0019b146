package org.cairn.vault;

import java.lang.reflect.Field;

/** The decrypted SQLite image an open session holds in memory, as the next snapshot would write it. */
public final class DecryptedImage {
    private DecryptedImage() {
    }

    public static byte[] of(Vault vault) {
        try {
            // The test reads the session's own database, not a copy made for it: reflection keeps Vault's API small.
            Field database = Vault.class.getDeclaredField("database");
            database.setAccessible(true);
            return ((MemoryDatabase) database.get(vault)).serialize();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the vault's image could not be read", e);
        }
    }
}
