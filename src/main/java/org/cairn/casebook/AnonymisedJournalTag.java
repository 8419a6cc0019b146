package org.cairn.casebook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Binds an anonymisation's journal line to the case's random lasting id (ADR 0061), so that only someone who had
 * the casebook open can write a line that acts: the id is never written outside the encrypted casebook, it
 * survives the anonymisation, and an older copy holds the same id. The line's row id alone acts on nothing.
 */
final class AnonymisedJournalTag {
    private AnonymisedJournalTag() {
    }

    /** A positive number from the erasure's id and the case's lasting id; 0 is never a tag (lines before it). */
    static long of(String erasureId, String caseUid) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ("cairn anonymised case\n" + erasureId + "\n" + caseUid).getBytes(StandardCharsets.UTF_8));
            long tag = ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
            return tag == 0 ? 1 : tag;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code tag} is the one this case's lasting id gives the erasure, compared in constant time. */
    static boolean matches(long tag, String erasureId, String caseUid) {
        byte[] expected = ByteBuffer.allocate(Long.BYTES).putLong(of(erasureId, caseUid)).array();
        byte[] given = ByteBuffer.allocate(Long.BYTES).putLong(tag).array();
        return tag != 0 && MessageDigest.isEqual(expected, given);
    }
}
