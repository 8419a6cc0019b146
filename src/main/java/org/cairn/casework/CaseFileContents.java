package org.cairn.casework;

import java.util.List;
import org.cairn.casebook.Abuser;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Client;
import org.cairn.casebook.ConsentEntry;
import org.cairn.casebook.ImmigrationDetails;
import org.cairn.casebook.Note;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.Task;

/** Everything the case-file screen shows about one case, read together. */
public record CaseFileContents(CaseFile caseFile, ImmigrationDetails immigration, Client client,
        PersonalDetails personal, List<Abuser> abusers, List<Note> notes, List<Task> tasks,
        List<ConsentEntry> consents, List<AuditEntry> audit) {
}
