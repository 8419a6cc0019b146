package org.cairn.vault;

import java.lang.reflect.Method;

/** The decrypted SQLite image an open session holds in memory, as the next snapshot would write it. */
public final class DecryptedImage {
    private DecryptedImage() {
    }

    public static byte[] of(Vault vault) {
        try {
            Method serialize = Vault.class.getDeclaredMethod("serialize");
            serialize.setAccessible(true);
            return (byte[]) serialize.invoke(vault);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the vault's image could not be read", e);
        }
    }
}
