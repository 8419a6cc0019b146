package org.cairn.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cairn.casebook.Abuser;
import org.cairn.casebook.BlockedRecipient;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentEntry;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.ImmigrationDetails;
import org.cairn.casebook.KeptLetter;
import org.cairn.casebook.Note;
import org.cairn.casebook.NoteVersion;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.Rectification;
import org.cairn.casebook.Referral;
import org.cairn.casebook.RiskChange;
import org.cairn.casebook.Task;

/**
 * Reads everything held about one client into the flat list her copy is made of. Whatever may be about someone
 * else is tied to a review item: people causing harm, her children, other people named (a safe contact, her
 * never-contact list) and text written by colleagues (notes with their history, checklists, risk reasons), which
 * may name anyone or carry an opinion. Her own coded fields and dates go in as they are.
 */
final class SubjectAccessRecords {
    private final Casebook casebook;
    private final List<HeldRecord> records = new ArrayList<>();

    private SubjectAccessRecords(Casebook casebook) {
        this.casebook = casebook;
    }

    static List<HeldRecord> of(Casebook casebook, long clientId) {
        SubjectAccessRecords reader = new SubjectAccessRecords(casebook);
        reader.client(clientId);
        for (CaseFile file : casebook.cases().forClient(clientId)) {
            reader.caseFile(file);
        }
        reader.aboutHer(clientId);
        return List.copyOf(reader.records);
    }

    private void client(long clientId) {
        ClientDetails client = casebook.clients().find(clientId).orElseThrow().details();
        PersonalDetails personal = casebook.clients().personal(clientId);
        hers("client", "", "alias", client.alias());
        hers("client", "", "legalNames", client.legalNames());
        hers("client", "", "dateOfBirth", client.dateOfBirth());
        hers("client", "", "languages", client.languages().isEmpty() ? null : String.join(", ", client.languages()));
        hers("client", "", "interpreterNeeded", client.interpreterNeeded());
        ContactSafety safety = client.contactSafety();
        hers("client", "", "safeToPhone", safety.phone());
        hers("client", "", "safeToText", safety.text());
        hers("client", "", "safeToPost", safety.post());
        hers("client", "", "safeToEmail", safety.email());
        hers("client", "", "safeTimes", safety.safeTimes());
        hers("client", "", "codeWord", safety.codeWord());
        other("client", "", "safeContact", safety.safeContact(), "client:safe-contact", ThirdParty.OTHER_PERSON);
        if (client.children() != null) {
            other("client", "", "childrenCount", client.children().count(), "client:children", ThirdParty.CHILDREN);
            other("client", "", "childrenAges", client.children().ages().isEmpty() ? null
                    : client.children().ages().toString(), "client:children", ThirdParty.CHILDREN);
        }
        hers("client", "", "nationality", personal.nationality());
        hers("client", "", "nhsNumber", personal.nhsNumber());
        hers("client", "", "accessNeeds", personal.accessNeeds());
        hers("client", "", "areasToAvoid", personal.areasToAvoid());
        hers("client", "", "address", personal.address());
        hers("client", "", "phone", personal.phone());
        hers("client", "", "email", personal.email());
    }

    private void caseFile(CaseFile file) {
        String ref = file.reference().toString();
        CaseDetails details = file.details();
        hers("case", ref, "reference", ref);
        hers("case", ref, "openedOn", details.openedOn());
        hers("case", ref, "closedOn", details.closedOn());
        hers("case", ref, "status", details.status());
        hers("case", ref, "advocate", details.advocate());
        hers("case", ref, "abuseTypes", details.abuseTypes().isEmpty() ? null : new java.util.TreeSet<>(
                details.abuseTypes().stream().map(Enum::name).toList()).toString());
        hers("case", ref, "risk", details.risk());
        hers("case", ref, "riskAssessedOn", details.riskAssessedOn());
        hers("case", ref, "immigration", details.immigration());
        hers("case", ref, "noRecourseToPublicFunds", details.nrpf());
        ImmigrationDetails immigration = casebook.cases().immigrationDetails(file.id());
        hers("case", ref, "visaExpiry", immigration.visaExpiry());
        hers("case", ref, "homeOfficeReference", immigration.homeOfficeReference());
        for (RiskChange change : casebook.risk().history(file.id())) {
            String record = ref + " risk:" + change.id();
            hers("risk", record, "changedAt", change.changedAt());
            hers("risk", record, "from", change.from());
            hers("risk", record, "to", change.to());
            hers("risk", record, "source", change.source());
            other("risk", record, "reason", change.reason(), "risk:" + change.id(), ThirdParty.COLLEAGUE_OPINION);
        }
        for (Note note : casebook.notes().forCase(file.id())) {
            for (NoteVersion version : casebook.notes().history(note.id())) {
                String record = ref + " note:" + note.id() + " v" + version.version();
                hers("note", record, "writtenAt", version.at());
                hers("note", record, "author", version.author());
                other("note", record, "text", version.text(), "note:" + note.id(), ThirdParty.COLLEAGUE_OPINION);
            }
        }
        for (Task task : casebook.tasks().forCase(file.id())) {
            String record = ref + " task:" + task.id();
            hers("task", record, "title", SubjectAccessWords.taskTitle(task));
            hers("task", record, "dueOn", task.dueOn());
            hers("task", record, "doneAt", task.doneAt());
        }
        forms(file, ref);
        for (Referral referral : casebook.referrals().forCase(file.id())) {
            String record = ref + " referral:" + referral.id();
            hers("referral", record, "recipient", referral.recipientName());
            hers("referral", record, "recipientKind", referral.recipientKind());
            hers("referral", record, "madeOn", referral.madeOn());
            hers("referral", record, "outcome", referral.outcome());
            hers("referral", record, "outcomeOn", referral.outcomeOn());
        }
        for (KeptLetter letter : casebook.letters().forCase(file.id())) {
            String record = ref + " letter:" + letter.id();
            hers("letter", record, "recipient", letter.recipientName());
            hers("letter", record, "subject", letter.subject());
            hers("letter", record, "language", letter.language());
            hers("letter", record, "disposition", letter.disposition());
            hers("letter", record, "madeAt", letter.madeAt());
        }
    }

    private void forms(CaseFile file, String ref) {
        for (CaseForm form : casebook.forms().forCase(file.id())) {
            String record = ref + " form:" + form.id();
            hers("form", record, "title", form.template().title());
            hers("form", record, "startedAt", form.startedAt());
            hers("form", record, "completedOn", form.completedOn());
            casebook.forms().latest(form.id()).ifPresent(version -> {
                hers("form", record, "score", version.score());
                for (Map.Entry<String, String> answer : new TreeMap<>(version.answers()).entrySet()) {
                    other("form", record, "answer." + answer.getKey(), answer.getValue(), "form:" + form.id(),
                            ThirdParty.COLLEAGUE_OPINION);
                }
            });
        }
    }

    private void aboutHer(long clientId) {
        for (ConsentEntry consent : casebook.consents().forClient(clientId)) {
            String record = "consent:" + consent.id();
            hers("consent", record, "purpose", consent.record().purpose());
            hers("consent", record, "organisation", consent.record().organisation());
            hers("consent", record, "decision", consent.record().decision());
            hers("consent", record, "decidedOn", consent.record().decidedOn());
            hers("consent", record, "method", consent.record().method());
            hers("consent", record, "expiresOn", consent.record().expiresOn());
        }
        for (Rectification correction : casebook.rectifications().forClient(clientId)) {
            String record = "rectification:" + correction.id();
            String field = correction.field();
            hers("rectification", record, "field", field);
            // A corrected note may name someone else, before and after: it goes with the note's review item.
            if (field.startsWith("note:")) {
                other("rectification", record, field + ".earlierValue", correction.earlierValue(), field,
                        ThirdParty.COLLEAGUE_OPINION);
                other("rectification", record, field + ".correctedValue", correction.correctedValue(), field,
                        ThirdParty.COLLEAGUE_OPINION);
            } else {
                hers("rectification", record, field + ".earlierValue", correction.earlierValue());
                hers("rectification", record, field + ".correctedValue", correction.correctedValue());
            }
            hers("rectification", record, "requestedOn", correction.requestedOn());
        }
        for (Abuser abuser : casebook.abusers().forClient(clientId)) {
            String record = "abuser:" + abuser.id();
            other("personCausingHarm", record, "name", abuser.name(), record, ThirdParty.PERSON_CAUSING_HARM);
            other("personCausingHarm", record, "relationship", abuser.relationship(), record,
                    ThirdParty.PERSON_CAUSING_HARM);
            other("personCausingHarm", record, "address", abuser.address(), record, ThirdParty.PERSON_CAUSING_HARM);
        }
        for (BlockedRecipient blocked : casebook.blockedRecipients().forClient(clientId)) {
            String record = "blocked:" + blocked.id();
            other("neverContact", record, "name", blocked.name(), record, ThirdParty.OTHER_PERSON);
            other("neverContact", record, "reason", blocked.reason(), record, ThirdParty.OTHER_PERSON);
        }
    }

    /** Her own value; nothing is listed for a value never recorded. */
    private void hers(String section, String record, String field, Object value) {
        if (value != null) {
            records.add(HeldRecord.hers(section, record, field, value.toString()));
        }
    }

    private void other(String section, String record, String field, Object value, String item, ThirdParty kind) {
        if (value != null) {
            records.add(new HeldRecord(section, record, field, value.toString(), item, kind));
        }
    }
}
