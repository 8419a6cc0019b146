package org.cairn.transfer;

import java.util.List;

/** What an import did: the preview it acted on and the references the new cases have here. */
public record ImportOutcome(TransferPreview preview, List<String> importedAs) {
    public ImportOutcome {
        importedAs = List.copyOf(importedAs);
    }
}
