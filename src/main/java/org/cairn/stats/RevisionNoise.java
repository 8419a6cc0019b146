package org.cairn.stats;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.function.ToIntFunction;
import javax.crypto.Mac;
import org.cairn.vault.Tx;

/**
 * Fresh noise for a revision (ADR 0026). Revision 0 uses the cell keys as they are, so the same cases get the same
 * noise in every table. A later revision adds to every cell key an offset drawn from the casebook's secret, the
 * quarter, the revision and the set of cases the cell counts: every cell gets new noise, whether its cases changed
 * or not, so a moved cell is no sign that a changed case is in it. Deterministic, so a preview shows exactly what
 * the publication will.
 */
final class RevisionNoise {
    private static final String LABEL = "cairn stats revision noise v1|";

    private final SecureRandom random;

    RevisionNoise(SecureRandom random) {
        this.random = random;
    }

    /** Offsets by variable signature (see {@link QuarterProtector#signature}). */
    ToIntFunction<String> offsets(Tx tx, Quarter quarter, int revision) throws SQLException {
        if (revision == 0) {
            return signature -> 0;
        }
        Mac mac = RecordKeys.mac(RecordKeys.secret(tx, random));
        String prefix = LABEL + quarter + "|" + revision + "|";
        return signature -> {
            byte[] digest = mac.doFinal((prefix + signature).getBytes(StandardCharsets.UTF_8));
            return digest[0] & 0xFF;
        };
    }
}
