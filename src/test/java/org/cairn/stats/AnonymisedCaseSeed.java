package org.cairn.stats;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cairn.casebook.AbuseType;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.casebook.RecordIds;
import org.cairn.vault.Vault;

/**
 * One client with one closed case holding a row in every table that can hold something about her, every free-text
 * value of which is then set, column by column as the schema lists them, to a value carrying a per-run random
 * canary. Coded values (enum names, dates, ids, the reference) are what the counts and the records of processing
 * may keep, so they stay coded. Dates are drawn from {@code random}, so quarters' edges are crossed differently
 * each run.
 */
final class AnonymisedCaseSeed {
    /** How each table's rows about her are found; a table linked to a case or client must be listed here. */
    static final Map<String, String> HER_ROWS = new LinkedHashMap<>();
    static final Set<String> LINK_COLUMNS = Set.of("case_id", "client_id", "note_id", "form_id", "request_id");
    /** Coded columns, by name or as table.column; every other TEXT or BLOB column of her rows gets the canary. */
    private static final Set<String> CODED = Set.of("uid", "vv", "reference", "status", "risk_level", "immigration",
            "nrpf", "feared_reporting", "reported_to_police", "police_shared", "third_party_reporting", "gp_refused",
            "nhs_charged", "safe_to_phone", "safe_to_text", "safe_to_post", "safe_to_email", "purpose", "decision",
            "method", "kind", "outcome", "recipient_kind", "abuse_type", "from_level", "to_level", "source",
            "disposition", "language", "field", "item", "date_of_birth", "visa_expiry", "keep_until", "case_reference",
            "retention_decision.decided_by", "subject_access_request.recorded_by");

    static {
        String cases = "case_id = ?2";
        HER_ROWS.put("client", "id = ?1");
        for (String table : List.of("client_language", "consent", "client_abuser", "client_blocked_recipient",
                "rectification", "subject_access_request")) {
            HER_ROWS.put(table, "client_id = ?1");
        }
        HER_ROWS.put("subject_access_review", "request_id IN (SELECT id FROM subject_access_request "
                + "WHERE client_id = ?1)");
        HER_ROWS.put("case_file", "id = ?2");
        for (String table : List.of("note", "task", "case_form", "risk_change", "marac_decision", "referral", "letter",
                "case_abuse", "retention_decision", "retention_hold", "case_history_elsewhere", "case_restriction",
                "case_restriction_key", "stats_record_key")) {
            HER_ROWS.put(table, cases);
        }
        HER_ROWS.put("note_version", "note_id IN (SELECT id FROM note WHERE case_id = ?2)");
        HER_ROWS.put("case_form_version", "form_id IN (SELECT id FROM case_form WHERE case_id = ?2)");
        HER_ROWS.put("case_form_answer", "form_id IN (SELECT id FROM case_form WHERE case_id = ?2)");
    }

    final String canary;
    final LocalDate bornOn = LocalDate.of(1983, 7, 29);
    long client;
    long caseId;
    String reference;

    /** When set, she has a second case and this canary is written where only the first case is quoted. */
    String caseCanary;
    long otherCase;

    AnonymisedCaseSeed(String canary) {
        this.canary = canary;
    }

    /** Writes her rows with dates drawn from {@code random}, all closed before {@code today} minus seven years. */
    void write(Casebook book, Vault vault, Random random) {
        LocalDate opened = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(700));
        LocalDate closed = opened.plusDays(30 + random.nextInt(500));
        client = book.clients().create(ClientDetails.withAlias("seed")).id();
        caseId = book.cases().open(client, CaseDetails.opened(opened, "seed")).id();
        reference = book.cases().find(caseId).orElseThrow().reference().toString();
        long note = book.notes().add(caseId, "seed").id();
        book.notes().edit(note, "seed again");
        book.tasks().add(caseId, "seed", closed);
        // Being counted: given, withdrawn and given again within one quarter, then given with an expiry.
        LocalDate given = opened.plusDays(random.nextInt(20));
        for (Object[] decision : new Object[][] {{ConsentDecision.GIVEN, given, null},
            {ConsentDecision.WITHDRAWN, given.plusDays(random.nextInt(3)), null},
            {ConsentDecision.GIVEN, given.plusDays(3 + random.nextInt(3)), null},
            {ConsentDecision.GIVEN, closed.minusDays(random.nextInt(60)), closed.plusDays(random.nextInt(200))}}) {
            book.consents().record(client, new ConsentRecord(ConsentPurpose.COUNT_IN_STATISTICS, null,
                    (ConsentDecision) decision[0], (LocalDate) decision[1], ConsentMethod.WRITTEN,
                    (LocalDate) decision[2]));
        }
        book.consents().record(client, new ConsentRecord(ConsentPurpose.REFER_TO_ORGANISATION, "seed",
                ConsentDecision.GIVEN, given, ConsentMethod.VERBAL, null));
        book.abusers().add(client, "seed", "seed", "seed");
        book.blockedRecipients().add(client, null, "seed", "seed");
        LocalDate referred = opened.plusDays(random.nextInt((int) (closed.toEpochDay() - opened.toEpochDay())));
        LocalDate planned = opened.plusDays(random.nextInt((int) (closed.toEpochDay() - opened.toEpochDay())));
        vault.write(tx -> {
            tx.execute("UPDATE case_file SET status = 'CLOSED', closed_on = ?, visa_expiry = '2027-03-31', "
                    + "immigration = 'SPOUSE_OR_PARTNER_VISA' WHERE id = ?", closed.toString(), caseId);
            tx.execute("UPDATE client SET date_of_birth = ? WHERE id = ?", bornOn.toString(), client);
            tx.execute("INSERT INTO client_language(client_id, position, language) VALUES (?, 0, 'pl')", client);
            tx.execute("INSERT INTO case_abuse(case_id, abuse_type) VALUES (?, ?)", caseId,
                    AbuseType.values()[random.nextInt(AbuseType.values().length)].name());
            long plan = tx.insert("INSERT INTO case_form(case_id, template_id, template_version, kind, title, "
                    + "template_text, started_at, started_by, completed_on, uid) VALUES (?, 'seed', 1, 'safety-plan', "
                    + "'seed', 'seed', 1, 'seed', ?, ?)", caseId, planned.toString(), RecordIds.newId());
            long checklist = tx.insert("INSERT INTO case_form(case_id, template_id, template_version, kind, title, "
                    + "template_text, started_at, started_by, uid) VALUES (?, 'seed', 1, 'risk-checklist', 'seed', "
                    + "'seed', 1, 'seed', ?)", caseId, RecordIds.newId());
            for (long form : new long[] {plan, checklist}) {
                tx.execute("INSERT INTO case_form_version(form_id, version, saved_at, saved_by, score) "
                        + "VALUES (?, 1, 1, 'seed', 3)", form);
                tx.execute("INSERT INTO case_form_answer(form_id, version, item_id, value) VALUES (?, 1, 'q1', 'seed')",
                        form);
            }
            tx.execute("INSERT INTO risk_change(case_id, changed_at, from_level, to_level, source, form_id, reason, "
                    + "changed_by) VALUES (?, 1, 'STANDARD', 'HIGH', 'JUDGEMENT', ?, 'seed', 'seed')", caseId, checklist);
            tx.execute("INSERT INTO marac_decision(case_id, form_id, form_version, decision, reason, decided_at, "
                    + "decided_by) VALUES (?, ?, 1, 'REFER', 'seed', 1, 'seed')", caseId, checklist);
            tx.execute("INSERT INTO letter(case_id, template_id, template_version, language, recipient_name, "
                    + "recipient_kind, subject, disposition, made_at, made_by, pdf) VALUES (?, 'seed', 1, 'en', 'seed', "
                    + "'STATUTORY', 'seed', 'KEPT', 1, 'seed', X'00')", caseId);
            tx.execute("INSERT INTO referral(case_id, template_id, template_version, recipient_name, recipient_kind, "
                    + "made_on, outcome, outcome_on, created_at, created_by, recipient_contact, override_reason, uid) "
                    + "VALUES (?, 'seed', 1, 'seed', 'THIRD_SECTOR', ?, 'ACCEPTED', ?, 1, 'seed', 'seed', 'seed', ?)", caseId,
                    referred.toString(), closed.toString(), RecordIds.newId());
            long request = tx.insert("INSERT INTO subject_access_request(client_id, received_on, due_on, "
                    + "extension_reason, recorded_by, recorded_at) VALUES (?, '2020-01-31', '2020-02-29', 'seed', "
                    + "'Staff Member', 1)", client);
            tx.execute("INSERT INTO subject_access_review(request_id, item, decision, reason, decided_by, decided_at) "
                    + "VALUES (?, 'note:1', 'REDACT', 'seed', 'seed', 1)", request);
            tx.execute("INSERT INTO rectification(client_id, field, earlier_value, corrected_value, requested_on, "
                    + "recorded_by, recorded_at) VALUES (?, 'address', 'seed', 'seed', '2020-02-01', 'seed', 1)", client);
            tx.execute("INSERT INTO retention_decision(case_id, case_reference, decision, keep_until, reason, "
                    + "decided_by, decided_at) VALUES (?, ?, 'KEEP', '2026-01-01', 'seed', 'Staff Member', 1)", caseId,
                    reference);
            tx.execute("INSERT INTO case_history_elsewhere(case_id, casebook_uid, at, actor, action) "
                    + "VALUES (?, 'seed', 1, 'seed', 'seed')", caseId);
            String caseUid = tx.queryOne("SELECT uid FROM case_file WHERE id = ?", row -> row.getString(1), caseId)
                    .orElseThrow();
            tx.execute("INSERT INTO transfer_seen(table_name, uid, vv, peer_uid, direction, sequence, fields) "
                    + "VALUES ('case_file', ?, '{}', 'peer', 'RECEIVED', 1, ?)", caseUid,
                    canary.getBytes(StandardCharsets.UTF_8));
            tx.execute("INSERT INTO casebook_setting(key, value, updated_at) VALUES (?, ?, 1)", "move." + caseUid,
                    reference + " " + canary);
            new RecordKeys(new SecureRandom()).ensure(tx);
            return null;
        });
        book.audit().record(AuditAction.DISCLOSURE_OVERRIDE, reference, canary + " override reason");
        fillFreeText(vault);
        if (caseCanary != null) {
            aboutThisCaseOnly(book, vault, opened);
        }
        // Last: a restriction refuses any later write to her content. Restricted to the acting person, since only
        // someone it is restricted to may anonymise it.
        String holder = vault.people().caseKeys().acting().orElseThrow();
        vault.write(tx -> {
            tx.execute("INSERT INTO case_restriction(case_id, sealed, holders_version, restricted_at, restricted_by) "
                    + "VALUES (?, ?, 1, 1, ?)", caseId, canary.getBytes(StandardCharsets.UTF_8), canary);
            return tx.execute("INSERT INTO case_restriction_key(case_id, holder, wrapped) VALUES (?, ?, X'00')",
                    caseId, holder);
        });
    }

    /**
     * Gives her a second case, so she stays, and writes {@link #caseCanary} only where this case's content is
     * quoted by rows of hers: a correction of its note, and subject access review marks on its note, risk change
     * and form.
     */
    private void aboutThisCaseOnly(Casebook book, Vault vault, LocalDate opened) {
        otherCase = book.cases().open(client, CaseDetails.opened(opened.plusYears(5), "seed")).id();
        vault.write(tx -> {
            List<String> items = tx.query("SELECT 'note:' || id FROM note WHERE case_id = ?1 UNION ALL "
                    + "SELECT 'risk:' || id FROM risk_change WHERE case_id = ?1 UNION ALL "
                    + "SELECT 'form:' || id FROM case_form WHERE case_id = ?1", row -> row.getString(1), caseId);
            tx.execute("INSERT INTO rectification(client_id, field, earlier_value, corrected_value, requested_on, "
                    + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, '2020-02-01', 'Staff Member', 1)", client,
                    items.get(0), "Before " + caseCanary, "After " + caseCanary);
            long request = tx.insert("INSERT INTO subject_access_request(client_id, received_on, due_on, "
                    + "recorded_by, recorded_at) VALUES (?, '2021-01-31', '2021-02-28', 'Staff Member', 1)", client);
            for (String item : items) {
                tx.execute("INSERT INTO subject_access_review(request_id, item, decision, reason, decided_by, "
                        + "decided_at) VALUES (?, ?, 'REDACT', ?, 'Staff Member', 1)", request, item,
                        "Withheld: " + caseCanary);
            }
            return null;
        });
    }

    /** Sets every free-text column of her rows, as the schema lists them, to a value with the canary. */
    private void fillFreeText(Vault vault) {
        vault.write(tx -> {
            for (Map.Entry<String, String> table : HER_ROWS.entrySet()) {
                List<String[]> columns = tx.query("SELECT name, upper(type) FROM pragma_table_info(?)",
                        row -> new String[] {row.getString(1), row.getString(2)}, table.getKey());
                List<String> sets = new ArrayList<>();
                for (String[] column : columns) {
                    if (freeText(table.getKey(), column[0], column[1])) {
                        sets.add(column[0] + " = " + (column[1].equals("BLOB") ? "CAST(" : "") + "'"
                                + canary + " " + column[0] + "'" + (column[1].equals("BLOB") ? " AS BLOB)" : ""));
                    }
                }
                if (!sets.isEmpty()) {
                    tx.execute("UPDATE " + table.getKey() + " SET " + String.join(", ", sets) + " WHERE "
                            + where(table.getValue()));
                }
            }
            return null;
        });
    }

    /** The table's condition with her ids in place (numbers only). */
    String where(String condition) {
        return condition.replace("?1", Long.toString(client)).replace("?2", Long.toString(caseId));
    }

    private static boolean freeText(String table, String column, String type) {
        if (!type.equals("TEXT") && !type.equals("BLOB")) {
            return false;
        }
        return !CODED.contains(column) && !CODED.contains(table + "." + column) && !column.endsWith("_on")
                && !column.endsWith("_at");
    }
}
