package org.cairn.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.cairn.casebook.RecordIds;

/**
 * What one casebook shows another so that they can pair: its id and its two public keys (receiving and signing),
 * with a fingerprint short enough to read aloud and compare by phone or in person. Nothing here is secret.
 */
public record PairingCard(String casebookId, byte[] receivingKey, byte[] signingKey) {
    static final String TITLE = "Cairn casebook pairing card";
    private static final HexFormat HEX = HexFormat.of();
    private static final String FINGERPRINT_LABEL = "cairn pairing card v1";
    /** 16 bytes of SHA-256 as eight groups of four hex digits: 128 bits, easy to read out in one breath each. */
    private static final int FINGERPRINT_BYTES = 16;

    public PairingCard {
        if (!RecordIds.isWellFormed(casebookId) || receivingKey.length != TransferKeys.KEY_BYTES
                || signingKey.length != TransferKeys.KEY_BYTES) {
            throw new IllegalArgumentException("a pairing card holds a casebook id and two 32-byte keys");
        }
        receivingKey = receivingKey.clone();
        signingKey = signingKey.clone();
    }

    /** The fingerprint both people compare, e.g. {@code 3fa9-07c1-...} (eight groups). */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FINGERPRINT_LABEL.getBytes(StandardCharsets.US_ASCII));
            sha.update(uuidBytes(casebookId));
            sha.update(receivingKey);
            sha.update(signingKey);
            return groups(HEX.formatHex(sha.digest(), 0, FINGERPRINT_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The card as a short text file; the fingerprint line lets a damaged or mistyped copy be refused. */
    public String toFileText() {
        return TITLE + "\n" + "format: 1\n" + "casebook: " + casebookId + "\n" + "receiving-key: "
                + groups(HEX.formatHex(receivingKey)) + "\n" + "signing-key: " + groups(HEX.formatHex(signingKey))
                + "\n" + "fingerprint: " + fingerprint() + "\n";
    }

    /** Reads a card file (or a card typed from one read aloud: case, spaces and dashes in keys do not matter). */
    public static PairingCard parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.strip().split("\\R");
        if (lines.length == 0 || !lines[0].strip().equals(TITLE)) {
            throw new IllegalArgumentException("this is not a Cairn pairing card (it does not start with \""
                    + TITLE + "\"); ask for the file made by: cairn pair show");
        }
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                fields.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
        }
        if (!"1".equals(fields.get("format"))) {
            throw new IllegalArgumentException("this pairing card was made by a different version of Cairn; update "
                    + "Cairn on both laptops and make the card again");
        }
        PairingCard card;
        try {
            card = new PairingCard(fields.getOrDefault("casebook", "").toLowerCase(java.util.Locale.ROOT),
                    HEX.parseHex(hexOnly(fields.getOrDefault("receiving-key", ""))),
                    HEX.parseHex(hexOnly(fields.getOrDefault("signing-key", ""))));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("this pairing card is incomplete or damaged (a key or the casebook "
                    + "id is missing or wrong); ask for a fresh copy made by: cairn pair show", e);
        }
        String claimed = hexOnly(fields.getOrDefault("fingerprint", ""));
        if (!claimed.equals(hexOnly(card.fingerprint()))) {
            throw new IllegalArgumentException("this pairing card does not match its own fingerprint (it was "
                    + "changed or mistyped); ask for a fresh copy made by: cairn pair show");
        }
        return card;
    }

    static byte[] uuidBytes(String id) {
        UUID uuid = UUID.fromString(id);
        return java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    static String uuidText(byte[] bytes) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        return new UUID(in.getLong(), in.getLong()).toString();
    }

    private static String hexOnly(String text) {
        return text.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String groups(String hex) {
        StringJoiner out = new StringJoiner("-");
        for (int i = 0; i < hex.length(); i += 4) {
            out.add(hex.substring(i, Math.min(hex.length(), i + 4)));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PairingCard c && c.casebookId.equals(casebookId)
                && java.util.Arrays.equals(c.receivingKey, receivingKey)
                && java.util.Arrays.equals(c.signingKey, signingKey);
    }

    @Override
    public int hashCode() {
        return casebookId.hashCode();
    }

    @Override
    public byte[] receivingKey() {
        return receivingKey.clone();
    }

    @Override
    public byte[] signingKey() {
        return signingKey.clone();
    }
}
