package org.cairn.transfer;

import java.sql.SQLException;
import org.cairn.casebook.ErasedIds;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.transfer.TransferRejectedException.Reason;
import org.cairn.vault.Reader;

/**
 * A client (or case) erased here never comes back by transfer (ADR 0043): a file carrying one is refused whole,
 * before anything is written, and the words say to have her erased on the sending casebook too, or her cases left
 * out of the file.
 */
final class ErasedArrivals {
    private ErasedArrivals() {
    }

    static void refuseAny(Reader reader, TransferPayload payload) throws SQLException {
        for (CaseBundle bundle : payload.cases()) {
            if (ErasedIds.isErased(reader, bundle.caseUid())) {
                throw new TransferRejectedException(Reason.ERASED_HERE);
            }
            for (TransferPayload.Row row : bundle.rows()) {
                if (row.table().equals("client") && ErasedIds.isErased(reader, row.text("uid"))) {
                    throw new TransferRejectedException(Reason.ERASED_HERE);
                }
            }
        }
    }
}
