package org.cairn.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A secret typed by a person. Held as {@code char[]} so it can be wiped; it never becomes a
 * {@link String}, so it cannot end up in the string pool or a heap dump's interned strings.
 */
public final class Passphrase implements AutoCloseable {
    public static final int MINIMUM_LENGTH = 10;

    private final char[] chars;
    private boolean wiped;

    private Passphrase(char[] chars) {
        this.chars = chars;
    }

    /** Takes ownership of {@code chars}: the caller must not reuse the array; it is wiped on close. */
    public static Passphrase adopt(char[] chars) {
        return new Passphrase(chars);
    }

    /** Copies {@code chars}; the caller remains responsible for wiping its own array. */
    public static Passphrase copyOf(char[] chars) {
        return new Passphrase(chars.clone());
    }

    public int length() {
        requireNotWiped();
        return chars.length;
    }

    /** Counted in code points so that a passphrase in any script is measured fairly. */
    public int codePointCount() {
        requireNotWiped();
        return Character.codePointCount(chars, 0, chars.length);
    }

    public boolean meetsPolicy() {
        return codePointCount() >= MINIMUM_LENGTH;
    }

    public boolean sameAs(Passphrase other) {
        requireNotWiped();
        byte[] mine = toUtf8();
        byte[] theirs = other.toUtf8();
        try {
            return java.security.MessageDigest.isEqual(mine, theirs);
        } finally {
            Arrays.fill(mine, (byte) 0);
            Arrays.fill(theirs, (byte) 0);
        }
    }

    /**
     * UTF-8 bytes of the passphrase in Unicode normalisation form C, so the same words typed on keyboards that
     * compose accents differently give the same bytes (docs/FORMAT.md). The caller must wipe the returned array.
     */
    public byte[] toUtf8() {
        requireNotWiped();
        char[] composed = PassphraseNormaliser.nfc(chars);
        try {
            return utf8Probe(composed);
        } finally {
            Arrays.fill(composed, '\0');
        }
    }

    /**
     * The bytes that casebooks made before normalisation used (UTF-8 of the characters exactly as typed), present
     * only when they differ from {@link #toUtf8()}. Unlocking tries them second so those casebooks still open.
     */
    public Optional<byte[]> asTypedUtf8IfDifferent() {
        requireNotWiped();
        byte[] normalised = toUtf8();
        byte[] asTyped = utf8Probe(chars);
        try {
            if (Arrays.equals(normalised, asTyped)) {
                Arrays.fill(asTyped, (byte) 0);
                return Optional.empty();
            }
            return Optional.of(asTyped);
        } finally {
            Arrays.fill(normalised, (byte) 0);
        }
    }

    private static byte[] utf8Probe(char[] source) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(source));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    private void requireNotWiped() {
        if (wiped) {
            throw new IllegalStateException("passphrase already wiped");
        }
    }

    @Override
    public void close() {
        Arrays.fill(chars, '\0');
        wiped = true;
    }

    @Override
    public String toString() {
        return "Passphrase[hidden]";
    }
}
