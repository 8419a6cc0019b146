package org.cairn.vault;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The random 256-bit casebook key. Every file key is an HKDF subkey of it, salted per file. */
final class MasterKey implements AutoCloseable {
    static final String SNAPSHOT_LABEL = "cairn/v1/snapshot";
    static final String HEADER_MAC_LABEL = "cairn/v1/header-mac";
    static final String LOG_LABEL = "cairn/v1/log";
    static final String LOG_HEADER_MAC_LABEL = "cairn/v1/log-header-mac";

    private final byte[] key;

    MasterKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("master key must be 32 bytes");
        }
        this.key = key;
    }

    byte[] bytes() {
        return key;
    }

    byte[] subkey(byte[] salt, String label) {
        return Hkdf.derive(key, salt, label, 32);
    }

    byte[] mac(byte[] salt, String label, byte[] data, int length) {
        byte[] macKey = subkey(salt, label);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            mac.update(data, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        } finally {
            Arrays.fill(macKey, (byte) 0);
        }
    }

    boolean macMatches(byte[] salt, String label, byte[] data, int length, byte[] expected) {
        return MessageDigest.isEqual(mac(salt, label, data, length), expected);
    }

    MasterKey copy() {
        return new MasterKey(key.clone());
    }

    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
    }
}
