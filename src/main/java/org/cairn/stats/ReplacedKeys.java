package org.cairn.stats;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.cairn.casebook.AuditAction;
import org.cairn.vault.Reader;

/**
 * Bundle keys this casebook had before a rotation (ADR 0019). A replaced private key is not kept (no table of the
 * frozen schema can hold several), so a bundle sealed for it cannot be opened; the rotation's audit row names the
 * old key id, which is public, so such a bundle is recognised and refused with what to do, rather than called a
 * bundle for another coordinator. Bundles can always be made again on the laptop, so nothing is lost.
 */
final class ReplacedKeys {
    static final String SUBJECT = "counts bundle key ";
    private static final HexFormat HEX = HexFormat.of();

    private ReplacedKeys() {
    }

    /** The audit subject of the rotation that replaced the key with this id. */
    static String subject(byte[] keyId) {
        return SUBJECT + HEX.formatHex(keyId);
    }

    /** When the key with this id was replaced, if it was one of this casebook's. */
    static Optional<Instant> replacedAt(Reader reader, byte[] keyId) throws SQLException {
        return reader.queryOne("SELECT at FROM audit WHERE subject = ? AND action = ? ORDER BY id LIMIT 1",
                row -> Instant.ofEpochMilli(row.getLong(1)), subject(keyId), AuditAction.COUNTS_KEY_ROTATED.name());
    }

    static BundleRejectedException refused(String name, Instant replaced, CoordinatorKey current) {
        return new BundleRejectedException(CountsProblem.BUNDLE_REPLACED_KEY, name + " was made for an earlier bundle key of this casebook, replaced on "
                + replaced.atOffset(ZoneOffset.UTC).toLocalDate() + "; that key is gone, so the bundle cannot be "
                + "opened and nothing was imported. The laptop must import the current key file (fingerprint "
                + current.fingerprint() + ") and make the bundle again: its counts are not lost", name,
                replaced.atOffset(ZoneOffset.UTC).toLocalDate().toString(), current.fingerprint());
    }
}
