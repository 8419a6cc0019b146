package org.cairn.casework;

import java.util.List;
import org.cairn.letters.check.CheckResult;

/**
 * A client's copy ready to be written: every value, third-party items already withheld or confirmed, and the
 * outgoing check that let it go.
 */
public record SubjectAccessExport(long clientId, String clientAlias, java.time.LocalDate madeOn,
        List<HeldRecord> records, CheckResult check) {
    public SubjectAccessExport {
        records = List.copyOf(records);
    }
}
