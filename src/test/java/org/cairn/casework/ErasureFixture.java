package org.cairn.casework;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.RecordIds;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.Note;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.RiskSource;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;

/**
 * A casebook on disk with a data folder, holding a client with something in every table that can hold her (each
 * value a distinct marker, some not ASCII), and another client who must survive her erasure untouched.
 */
final class ErasureFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    static final String OTHER_NOTE = "Beata Nowicka-Otherwise keeps this note";

    final Path book;
    final VaultOptions options;
    final List<String> markers = new ArrayList<>();
    Vault vault;
    Casebook casebook;
    Casework casework;
    CaseFile first;
    CaseFile second;
    long client;

    ErasureFixture(Path dir) {
        book = dir.resolve("book");
        options = VaultOptions.standard().withAnchors(new RollbackAnchors(dir.resolve("data").resolve("anchors")));
        try (Passphrase passphrase = TestVaults.passphrase()) {
            vault = Vault.create(book, passphrase, TestVaults.fastKdf(), options).vault();
        }
        casebook = Casebook.open(vault, CLOCK, "Ada Administrator");
        casework = Casework.unlockedBy(casebook, vault);
    }

    /** Fills the casebook with her records and the other client's; returns her first case's reference. */
    String fill() {
        client = casebook.clients().create(new ClientDetails(marker("Zofia Quennellówna"),
                marker("Zofia Przybyszewska-Quennell"), LocalDate.of(1990, 4, 11), List.of("pl"), true,
                ContactSafety.unknown(), null)).id();
        casebook.clients().updatePersonal(client, new PersonalDetails(marker("Ruritanian Quennellian"),
                marker("943 476 5919"), marker("needs the Quennell ramp"), marker("avoid Blackmoor Quennell Lane"),
                marker("17 Hawthorn Quennell Road, Łódź"), marker("07700 900461"), marker("zofia.quennell@example.invalid")));
        first = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), "R. Okafor"));
        second = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 6, 1), "R. Okafor"));
        Note note = casebook.notes().add(first.id(), marker("Zofia płakała w Szczebrzeszynie, the first version"));
        casebook.notes().edit(note.id(), marker("Zofia told us about the Quennell flat, edited"));
        casebook.notes().add(second.id(), marker("مرحبا Quennell second case note"));
        casebook.tasks().add(first.id(), marker("Ring Quennell solicitor about visa"), LocalDate.of(2026, 12, 20));
        casebook.consents().record(client, new ConsentRecord(ConsentPurpose.REFER_TO_ORGANISATION,
                marker("Quennell Legal Aid Society"), ConsentDecision.GIVEN, LocalDate.of(2026, 3, 2),
                ConsentMethod.VERBAL, null));
        casebook.abusers().add(client, marker("Dariusz Kowalczyk-Quennell"), marker("former partner of Quennell"),
                marker("4 Quennell Mews"));
        casebook.blockedRecipients().add(client, null, marker("Kowalczyk Quennell Family Trust"),
                marker("linked to Dariusz Quennell"));
        casebook.risk().change(first.id(), RiskLevel.HIGH, RiskSource.JUDGEMENT, null,
                marker("threats to Quennell household"));
        casebook.audit().record(AuditAction.DISCLOSURE_OVERRIDE, first.reference().toString(),
                marker("Zofia Quennell asked for a copy to her GP"));
        rawRows();
        long other = casebook.clients().create(ClientDetails.withAlias("Beata")).id();
        CaseFile otherCase = casebook.cases().open(other, CaseDetails.opened(LocalDate.of(2026, 4, 1), "R. Okafor"));
        casebook.notes().add(otherCase.id(), OTHER_NOTE);
        return first.reference().toString();
    }

    /** Forms, letters, referrals, MARAC, a restricted case and a stats key, written as the repositories would. */
    private void rawRows() {
        long caseId = first.id();
        String answer = marker("Quennell answer: he has a knife");
        String letterText = marker("Dear Quennell letter body");
        String recipient = marker("Quennell Refuge Network");
        String contact = marker("12 Quennell Refuge Street");
        String marac = marker("MARAC for Quennell: yes");
        String sealed = marker("sealed Quennell restriction");
        vault.write(tx -> {
            long form = tx.insert("INSERT INTO case_form(case_id, template_id, template_version, kind, title, "
                    + "template_text, started_at, started_by, uid) VALUES (?, 'dash', 1, 'CHECKLIST', 'DASH', 't', 1, "
                    + "'x', ?)", caseId, RecordIds.newId());
            tx.execute("INSERT INTO case_form_version(form_id, version, saved_at, saved_by, score) VALUES (?, 1, 1, "
                    + "'x', 3)", form);
            tx.execute("INSERT INTO case_form_answer(form_id, version, item_id, value) VALUES (?, 1, 'q1', ?)", form,
                    answer);
            tx.execute("INSERT INTO marac_decision(case_id, form_id, form_version, decision, reason, decided_at, "
                    + "decided_by) VALUES (?, ?, 1, 'REFER', ?, 1, 'x')", caseId, form, marac);
            tx.execute("INSERT INTO letter(case_id, template_id, template_version, language, recipient_name, "
                    + "recipient_kind, subject, disposition, made_at, made_by, pdf) VALUES (?, 'l', 1, 'en', ?, "
                    + "'SOLICITOR', ?, 'KEPT', 1, 'x', ?)", caseId, recipient, letterText,
                    letterText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            tx.execute("INSERT INTO referral(case_id, template_id, template_version, recipient_name, recipient_kind, "
                    + "made_on, outcome, created_at, created_by, recipient_contact, uid) VALUES (?, 'r', 1, ?, 'REFUGE', "
                    + "'2026-03-03', 'PENDING', 1, 'x', ?, ?)", caseId, recipient, contact, RecordIds.newId());
            tx.execute("INSERT INTO case_restriction(case_id, sealed, holders_version, restricted_at, restricted_by) "
                    + "VALUES (?, ?, 1, 1, 'x')", caseId,
                    sealed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            tx.execute("INSERT INTO case_restriction_key(case_id, holder, wrapped) VALUES (?, 'h', X'00')", caseId);
            tx.execute("CREATE TABLE IF NOT EXISTS stats_record_key (case_id INTEGER PRIMARY KEY, "
                    + "record_key INTEGER NOT NULL CHECK (record_key >= 0))");
            tx.execute("INSERT INTO stats_record_key(case_id, record_key) VALUES (?, 7)", caseId);
            return null;
        });
    }

    private String marker(String text) {
        markers.add(text);
        return text;
    }

    void reopen(Path folder) {
        try (Passphrase passphrase = TestVaults.passphrase()) {
            vault = Vault.open(folder, passphrase, options);
        }
        casebook = Casebook.open(vault, CLOCK, "Ada Administrator");
        casework = Casework.unlockedBy(casebook, vault);
    }
}
