package org.cairn.stats;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The name a casebook gives itself in counts bundles (ADR 0033): a hash of the random id made with the casebook and
 * kept in its header through backup, restore, passphrase changes and recovery. So a restored copy sends under the
 * same name as the casebook it was copied from, and the coordinator counts one of them, never both. Hashed with a
 * label of its own so that the id in the casebook file's header cannot be matched to a bundle by anyone who holds
 * only one of the two.
 */
final class CasebookIdentity {
    private static final byte[] LABEL = "cairn counts bundle casebook identity v1".getBytes(StandardCharsets.US_ASCII);

    private CasebookIdentity() {
    }

    static byte[] of(byte[] casebookId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(LABEL);
            digest.update(casebookId);
            return Arrays.copyOf(digest.digest(), BundlePayload.ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
