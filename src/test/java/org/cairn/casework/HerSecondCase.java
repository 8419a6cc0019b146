package org.cairn.casework;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Children;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.ImmigrationDetails;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.RecordIds;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.RiskSource;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.casework.RestrictedCasebook.Session;

/**
 * Gives Bo's client in a {@link RestrictedCasebook} a second case, and puts the run's canary in every free-text
 * field of both cases and of her: her details and contact safety, the people causing harm, her never-contact list,
 * consents, each case's notes, tasks, risk reasons, forms, MARAC reasons, letters, referrals and Home Office
 * reference. Forms, letters and referrals are written as their repositories would.
 */
final class HerSecondCase {
    private HerSecondCase() {
    }

    /** Returns the second case, opened for {@code advocate}. */
    static CaseFile openAndFill(RestrictedCasebook book, String advocate) {
        try (Session admin = book.as(RestrictedCasebook.ADMIN)) {
            Casebook casebook = admin.casebook();
            String c = book.canary;
            CaseFile first = casebook.cases().find(book.caseId).orElseThrow();
            long client = first.clientId();
            ClientDetails details = casebook.clients().find(client).orElseThrow().details();
            casebook.clients().update(client, new ClientDetails(details.alias(), details.legalNames(),
                    LocalDate.of(1991, 2, 3), List.of("Lang" + c, "Other" + c), true, new ContactSafety(
                            YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.UNKNOWN, YesNoUnknown.YES,
                            "after 6 " + c, "Code " + c, "Sister " + c), new Children(2, List.of(4, 9))));
            casebook.clients().updatePersonal(client, new PersonalDetails("Nat " + c, "NHS " + c, "Needs " + c,
                    "Avoid " + c, "1 " + c + " Street", "07700 " + c, c + "@example.org"));
            casebook.blockedRecipients().add(client, null, "Trust " + c, "Linked " + c);
            casebook.consents().record(client, new ConsentRecord(ConsentPurpose.REFER_TO_ORGANISATION,
                    "Society " + c, ConsentDecision.GIVEN, LocalDate.of(2026, 3, 2), ConsentMethod.VERBAL, null));
            CaseFile second = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 6, 1), advocate));
            for (CaseFile caseFile : List.of(first, second)) {
                fillCase(admin, caseFile.id(), c + "-" + caseFile.id());
            }
            return second;
        }
    }

    private static void fillCase(Session admin, long caseId, String c) {
        Casebook casebook = admin.casebook();
        long note = casebook.notes().add(caseId, "Note " + c).id();
        casebook.notes().edit(note, "Edited " + c);
        casebook.tasks().add(caseId, "Task " + c, LocalDate.of(2026, 12, 20));
        casebook.risk().change(caseId, RiskLevel.HIGH, RiskSource.JUDGEMENT, null, "Threats " + c);
        casebook.cases().updateImmigrationDetails(caseId, new ImmigrationDetails(null, "HO " + c));
        admin.vault().write(tx -> {
            long form = tx.insert("INSERT INTO case_form(case_id, template_id, template_version, kind, title, "
                    + "template_text, started_at, started_by, uid) VALUES (?, 'dash', 1, 'CHECKLIST', 'DASH', 't', 1, "
                    + "'x', ?)", caseId, RecordIds.newId());
            tx.execute("INSERT INTO case_form_version(form_id, version, saved_at, saved_by, score) VALUES (?, 1, 1, "
                    + "'x', 3)", form);
            tx.execute("INSERT INTO case_form_answer(form_id, version, item_id, value) VALUES (?, 1, 'q1', ?)", form,
                    "Answer " + c);
            tx.execute("INSERT INTO marac_decision(case_id, form_id, form_version, decision, reason, decided_at, "
                    + "decided_by) VALUES (?, ?, 1, 'REFER', ?, 1, 'x')", caseId, form, "Marac " + c);
            tx.execute("INSERT INTO letter(case_id, template_id, template_version, language, recipient_name, "
                    + "recipient_kind, subject, disposition, made_at, made_by, pdf) VALUES (?, 'l', 1, 'en', ?, "
                    + "'SOLICITOR', ?, 'KEPT', 1, 'x', ?)", caseId, "Solicitor " + c, "Subject " + c,
                    ("Letter " + c).getBytes(StandardCharsets.UTF_8));
            tx.execute("INSERT INTO referral(case_id, template_id, template_version, recipient_name, recipient_kind, "
                    + "made_on, outcome, created_at, created_by, recipient_contact, override_reason, uid) VALUES (?, "
                    + "'r', 1, ?, 'REFUGE', '2026-03-03', 'PENDING', 1, 'x', ?, ?, ?)", caseId, "Refuge " + c,
                    "Contact " + c, "Override " + c, RecordIds.newId());
            return null;
        });
    }
}
