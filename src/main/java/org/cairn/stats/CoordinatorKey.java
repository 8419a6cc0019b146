package org.cairn.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public part of a coordinator's bundle key: an X25519 public key and a random key id, exported as a small
 * text file that laptops import once. It is not secret; the fingerprint lets a laptop user check by phone that
 * the file is the coordinator's and not someone else's.
 */
public record CoordinatorKey(byte[] keyId, byte[] publicKey) {
    static final int KEY_ID_BYTES = 16;
    static final int PUBLIC_KEY_BYTES = 32;
    private static final String FORMAT = "cairn-coordinator-key-1";
    private static final HexFormat HEX = HexFormat.of();

    public CoordinatorKey {
        if (keyId.length != KEY_ID_BYTES || publicKey.length != PUBLIC_KEY_BYTES) {
            throw new IllegalArgumentException("a coordinator key has a 16-byte id and a 32-byte public key");
        }
        keyId = keyId.clone();
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] keyId() {
        return keyId.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Sixteen hex digits in four groups, to read out over the phone. */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FORMAT.getBytes(StandardCharsets.US_ASCII));
            sha.update(keyId);
            byte[] digest = sha.digest(publicKey);
            String hex = HEX.formatHex(digest, 0, 8).toUpperCase(java.util.Locale.ROOT);
            return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12) + "-"
                    + hex.substring(12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public boolean sameAs(CoordinatorKey other) {
        return Arrays.equals(keyId, other.keyId) && Arrays.equals(publicKey, other.publicKey);
    }

    /** The key file: plain text, one {@code name: value} per line, after a sentence for whoever opens it. */
    public String toFileText() {
        return String.join("\n", List.of(
                "Cairn coordinator key for counts bundles. This is the public part only: it is safe to copy.",
                "format: " + FORMAT,
                "key-id: " + HEX.formatHex(keyId),
                "public-key: " + HEX.formatHex(publicKey),
                "fingerprint: " + fingerprint())) + "\n";
    }

    /** Reads a key file, checking that its fingerprint line matches the key (a damaged copy is refused). */
    public static CoordinatorKey parse(String text) {
        Map<String, String> fields = new TreeMap<>();
        for (String line : text.split("\\R")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 2).strip());
            }
        }
        if (!FORMAT.equals(fields.get("format"))) {
            throw new BundleRejectedException(CountsProblem.NOT_A_KEY_FILE, "this is not a Cairn coordinator key file; ask the coordinator for "
                    + "the file that 'cairn stats-key export' writes");
        }
        CoordinatorKey key;
        try {
            key = new CoordinatorKey(HEX.parseHex(fields.getOrDefault("key-id", "")),
                    HEX.parseHex(fields.getOrDefault("public-key", "")));
        } catch (IllegalArgumentException e) {
            throw damaged();
        }
        if (!key.fingerprint().equals(fields.get("fingerprint"))) {
            throw damaged();
        }
        return key;
    }

    private static BundleRejectedException damaged() {
        return new BundleRejectedException(CountsProblem.KEY_FILE_DAMAGED, "the coordinator key file is damaged (its key does not match its "
                + "fingerprint); ask the coordinator for a fresh copy");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoordinatorKey key && sameAs(key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keyId) * 31 + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "CoordinatorKey[" + fingerprint() + "]";
    }
}
