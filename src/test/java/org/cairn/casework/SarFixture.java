package org.cairn.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Children;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.FormTemplate;
import org.cairn.casebook.LetterCopy;
import org.cairn.casebook.LetterDisposition;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.YesNoUnknown;

/**
 * A client with something in every kind of record, her own values and other people's kept apart so a test can
 * look for each in her copy. Another client's values must never appear in it.
 */
public record SarFixture(long clientId, long caseId, long noteId, List<String> hers, Map<String, String> othersByItem,
        List<String> anotherClients) {

    public static SarFixture write(Casebook casebook) {
        long client = casebook.clients().create(new ClientDetails("Amina Q", "Amina Qadir Rahman",
                LocalDate.of(1990, 4, 2), List.of("ur", "en"), true, new ContactSafety(YesNoUnknown.YES,
                        YesNoUnknown.NO, YesNoUnknown.YES, YesNoUnknown.UNKNOWN, "weekday mornings", "bluebird",
                        "Sister Farah 07700 900123"), new Children(2, List.of(4, 9)))).id();
        casebook.clients().updatePersonal(client, new PersonalDetails("Pakistani", "485 777 3456", "step-free",
                "Ashfield Road area", "12 Quiet Lane, Leeds", "07700 900456", "amina@example.invalid"));
        long caseId = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2025, 2, 3), "Ruth Okafor"))
                .id();
        long note = casebook.notes().add(caseId, "First call: she feels unsafe at home").id();
        casebook.notes().edit(note, "First call: she feels unsafe at home; Tariq Hussain calls her daily");
        casebook.notes().add(caseId, "Colleague view: needs a refuge place quickly");
        casebook.tasks().add(caseId, "Book interpreter for housing appointment", LocalDate.of(2026, 12, 20));
        casebook.consents().record(client, new ConsentRecord(ConsentPurpose.KEEP_RECORDS, null,
                ConsentDecision.GIVEN, LocalDate.of(2025, 2, 3), ConsentMethod.WRITTEN, null));
        casebook.abusers().add(client, "Tariq Hussain", "former partner", "7 Mill Street, Bradford");
        casebook.blockedRecipients().add(client, null, "Nadia Hussain", "his sister, reports to him");
        long form = casebook.forms().start(caseId, new FormTemplate("safety-plan", 1, "SAFETY_PLAN",
                "Safety plan", "text")).id();
        casebook.forms().save(form, Map.of("escape-bag", "kept at the neighbour's flat"), null);
        casebook.letters().keep(caseId, new LetterCopy("gp-letter", 1, "en-GB", "Dr Patel, Riverside Surgery",
                "HEALTH", null, "Registration with a GP", new byte[] {1, 2, 3}), LetterDisposition.PRINTED);
        // Someone else entirely, who must not leak into her copy.
        long other = casebook.clients().create(ClientDetails.withAlias("Beatrix Other")).id();
        long otherCase = casebook.cases().open(other, CaseDetails.opened(LocalDate.of(2025, 5, 5), "Ruth Okafor"))
                .id();
        casebook.notes().add(otherCase, "Beatrix's own note about Zebulon");
        return new SarFixture(client, caseId, note, List.of("Amina Q", "Amina Qadir Rahman", "1990-04-02", "ur, en",
                "weekday mornings", "bluebird", "Pakistani", "485 777 3456", "step-free", "Ashfield Road area",
                "12 Quiet Lane, Leeds", "07700 900456", "amina@example.invalid", "Ruth Okafor", "2025-02-03",
                "Book interpreter for housing appointment", "2026-12-20", "KEEP_RECORDS", "WRITTEN",
                "Safety plan", "Dr Patel, Riverside Surgery", "Registration with a GP", "PRINTED"),
                Map.of("client:safe-contact", "Sister Farah 07700 900123", "client:children", "[4, 9]",
                        "note:" + note, "Tariq Hussain calls her daily", "abuser:1", "7 Mill Street, Bradford",
                        "blocked:1", "his sister, reports to him", "form:" + form, "kept at the neighbour's flat"),
                List.of("Beatrix Other", "Zebulon"));
    }
}
