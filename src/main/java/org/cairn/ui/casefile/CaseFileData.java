package org.cairn.ui.casefile;

import java.util.List;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Client;
import org.cairn.casebook.ConsentEntry;
import org.cairn.casebook.Note;

/** Everything the case-file screen shows, read in one background task. */
record CaseFileData(CaseFile caseFile, Client client, List<Note> notes, List<ConsentEntry> consents,
        List<AuditEntry> audit) {
}
