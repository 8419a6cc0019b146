package org.cairn.vault;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A printed backup secret: 160 random bits written as 32 Crockford base-32 characters in groups of four,
 * followed by a four-character check group that catches typing mistakes before any key derivation.
 */
public final class RecoveryKey implements AutoCloseable {
    public static final int SECRET_BYTES = 20;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int DATA_CHARS = 32;
    private static final int CHECK_CHARS = 4;

    private final byte[] secret;

    private RecoveryKey(byte[] secret) {
        this.secret = secret;
    }

    public static RecoveryKey generate(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new RecoveryKey(secret);
    }

    /** Parses what a person typed; ignores case, spaces and dashes and accepts O for 0 and I or L for 1. */
    public static RecoveryKey parse(char[] typed) {
        char[] clean = new char[typed.length];
        int n = 0;
        for (char c : typed) {
            char u = Character.toUpperCase(c);
            if (u == ' ' || u == '-' || u == '\t') {
                continue;
            }
            if (u == 'O') {
                u = '0';
            } else if (u == 'I' || u == 'L') {
                u = '1';
            }
            if (n == clean.length || indexOf(u) < 0) {
                Arrays.fill(clean, '\0');
                throw new InputRefusedException("recovery-key-characters",
                        "A recovery key has only letters and digits in groups of four. Check what you typed.");
            }
            clean[n++] = u;
        }
        try {
            if (n != DATA_CHARS + CHECK_CHARS) {
                throw new InputRefusedException("recovery-key-length", "A recovery key has "
                        + (DATA_CHARS + CHECK_CHARS) + " characters in nine groups of four; you typed " + n + ".",
                        DATA_CHARS + CHECK_CHARS, n);
            }
            byte[] secret = decode(clean, DATA_CHARS);
            char[] check = checkGroup(secret);
            boolean match = Arrays.equals(check, Arrays.copyOfRange(clean, DATA_CHARS, n));
            if (!match) {
                Arrays.fill(secret, (byte) 0);
                throw new InputRefusedException("recovery-key-mistake",
                        "The recovery key has a typing mistake (its last group does not match). Check each group.");
            }
            return new RecoveryKey(secret);
        } finally {
            Arrays.fill(clean, '\0');
        }
    }

    /** The printable form, e.g. {@code ABCD-EFGH-…}; the caller wipes the array. */
    public char[] format() {
        char[] data = encode(secret);
        char[] check = checkGroup(secret);
        char[] all = new char[DATA_CHARS + CHECK_CHARS];
        System.arraycopy(data, 0, all, 0, DATA_CHARS);
        System.arraycopy(check, 0, all, DATA_CHARS, CHECK_CHARS);
        char[] out = new char[all.length + all.length / 4 - 1];
        int o = 0;
        for (int i = 0; i < all.length; i++) {
            if (i > 0 && i % 4 == 0) {
                out[o++] = '-';
            }
            out[o++] = all[i];
        }
        Arrays.fill(data, '\0');
        Arrays.fill(all, '\0');
        return out;
    }

    byte[] secret() {
        return secret;
    }

    private static char[] encode(byte[] bytes) {
        char[] out = new char[bytes.length * 8 / 5];
        int buffer = 0;
        int bits = 0;
        int o = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out[o++] = ALPHABET[(buffer >>> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        return out;
    }

    private static byte[] decode(char[] chars, int count) {
        byte[] out = new byte[count * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int o = 0;
        for (int i = 0; i < count; i++) {
            buffer = (buffer << 5) | indexOf(chars[i]);
            bits += 5;
            if (bits >= 8) {
                out[o++] = (byte) (buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }

    private static char[] checkGroup(byte[] secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
            return Arrays.copyOf(encode(Arrays.copyOf(digest, 5)), CHECK_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(char c) {
        for (int i = 0; i < ALPHABET.length; i++) {
            if (ALPHABET[i] == c) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        Arrays.fill(secret, (byte) 0);
    }

    @Override
    public String toString() {
        return "RecoveryKey[hidden]";
    }
}
