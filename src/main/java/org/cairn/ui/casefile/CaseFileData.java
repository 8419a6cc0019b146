package org.cairn.ui.casefile;

import java.util.List;
import org.cairn.casebook.Abuser;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.ImmigrationDetails;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.Task;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Client;
import org.cairn.casebook.ConsentEntry;
import org.cairn.casebook.Note;

/** Everything the case-file screen shows, read in one background task. */
record CaseFileData(CaseFile caseFile, ImmigrationDetails immigration, Client client, PersonalDetails personal,
        List<Abuser> abusers, List<Note> notes, List<Task> tasks, List<ConsentEntry> consents, List<AuditEntry> audit) {
}
