package org.cairn.transfer;

import java.sql.SQLException;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.transfer.TransferRejectedException.Reason;
import org.cairn.vault.Reader;

/**
 * A restricted case's content is sealed here for named people (ADR 0042 addendum): a file that carries that case,
 * or another case of its client, is refused whole. Merging would compare an empty shell, and a new case would
 * give a sealed client a second, open case.
 */
final class RestrictedArrivals {
    private RestrictedArrivals() {
    }

    /** Refuses the file, before anything is written, if any case or client in it belongs to a restricted case. */
    static void refuseAny(Reader reader, TransferPayload payload) throws SQLException {
        for (CaseBundle bundle : payload.cases()) {
            if (isRestricted(reader, bundle)) {
                throw new TransferRejectedException(Reason.CASE_RESTRICTED);
            }
        }
    }

    /** Whether the bundle's case, or its client, belongs to a case that is restricted here. */
    static boolean isRestricted(Reader reader, CaseBundle bundle) throws SQLException {
        String clientUid = bundle.rows().stream().filter(r -> r.table().equals("client")).map(r -> r.text("uid"))
                .findFirst().orElse(null);
        return reader.queryLong("SELECT count(*) FROM case_restriction r JOIN case_file c ON c.id = r.case_id "
                + "JOIN client k ON k.id = c.client_id WHERE c.uid = ? OR k.uid = ?", bundle.caseUid(),
                clientUid) > 0;
    }
}
