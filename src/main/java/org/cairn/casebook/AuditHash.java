package org.cairn.casebook;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The chain functions. Length prefixes make every encoding unambiguous, so no two different rows hash the same input.
 * A row's erasable content (subject and reason) enters the chain only through a salted commitment, so the content
 * and its salt can be deleted while the chain still checks (ADR 0041). {@link #legacy} is the rule rows were chained
 * by before schema 5; the upgrade checks the old chain with it before re-chaining. From schema 9 who and when also
 * enter through a salted commitment of their own, and the link keeps only the calendar quarter of the time in the
 * clear, so an anonymised case's rows can lose their exact time and actor (ADR 0058).
 */
final class AuditHash {
    static final int BYTES = 32;
    static final byte[] GENESIS = new byte[BYTES];

    private AuditHash() {
    }

    static final int SALT_BYTES = 32;
    private static final byte[] COMMITMENT_TAG = "cairn/audit/commitment/v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINK_TAG = "cairn/audit/link/v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WHO_TAG = "cairn/audit/who/v2\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINK_V2_TAG = "cairn/audit/link/v2\0".getBytes(StandardCharsets.US_ASCII);

    /** SHA-256 over a tag, the row's random salt and its subject and reason: hides them, and binds them. */
    static byte[] commitment(byte[] salt, String subject, String reason) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(COMMITMENT_TAG);
            out.write(salt);
            writeText(out, subject);
            writeText(out, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256().digest(buffer.toByteArray());
    }

    /** The row's hash: the previous hash, who, when and what, and the commitment to the content. */
    static byte[] link(byte[] previous, long id, long atMillis, String actor, String action, byte[] commitment) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(160);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(LINK_TAG);
            out.write(previous);
            out.writeLong(id);
            out.writeLong(atMillis);
            writeText(out, actor);
            writeText(out, action);
            out.write(commitment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256().digest(buffer.toByteArray());
    }

    /** SHA-256 over a tag, the row's second salt and its exact time and actor: removable as the content is. */
    static byte[] whoCommitment(byte[] whoSalt, long atMillis, String actor) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(96);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(WHO_TAG);
            out.write(whoSalt);
            out.writeLong(atMillis);
            writeText(out, actor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256().digest(buffer.toByteArray());
    }

    /**
     * The row's hash from schema 9: the previous hash, the row id, the quarter of its time, what kind of action, and
     * the two commitments (who and when; subject and reason).
     */
    static byte[] linkV2(byte[] previous, long id, long atMillis, String action, byte[] whoCommitment,
            byte[] commitment) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(160);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(LINK_V2_TAG);
            out.write(previous);
            out.writeLong(id);
            out.writeLong(quarterStart(atMillis));
            writeText(out, action);
            out.write(whoCommitment);
            out.write(commitment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256().digest(buffer.toByteArray());
    }

    /** The first instant (UTC) of the calendar quarter holding {@code atMillis}: all the link keeps of the time. */
    static long quarterStart(long atMillis) {
        java.time.LocalDate day = java.time.Instant.ofEpochMilli(atMillis).atZone(java.time.ZoneOffset.UTC)
                .toLocalDate();
        return java.time.LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1)
                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The rule before schema 5: the content itself was chained, so it could never be removed. */
    static byte[] legacy(byte[] previous, long id, long atMillis, String actor, String action, String subject,
            String reason) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(previous);
            out.writeLong(id);
            out.writeLong(atMillis);
            writeText(out, actor);
            writeText(out, action);
            writeText(out, subject);
            writeText(out, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256().digest(buffer.toByteArray());
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
