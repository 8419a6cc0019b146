package org.cairn.casework;

import java.util.List;
import org.cairn.letters.check.CheckResult;
import org.cairn.letters.layout.LetterLayout;

/**
 * A client's copy ready to be written: every value, third-party items already withheld or confirmed, and the
 * outgoing check that let it go, and the same copy laid out as a readable document for the PDF writer.
 */
public record SubjectAccessExport(long clientId, String clientAlias, java.time.LocalDate madeOn,
        List<HeldRecord> records, CheckResult check, LetterLayout layout) {
    public SubjectAccessExport {
        records = List.copyOf(records);
    }
}
