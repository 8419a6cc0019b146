package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.casework.SharedCases.content;
import static org.cairn.casework.SharedCases.edit;
import static org.cairn.casework.SharedCases.exchange;
import static org.cairn.casework.SharedCases.preview;
import static org.cairn.casework.SharedCases.receive;
import static org.cairn.casework.SharedCases.send;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Note;
import org.cairn.transfer.MergePreview;
import org.cairn.transfer.MergePreview.FieldConflict;
import org.cairn.transfer.MergePreview.Side;
import org.cairn.transfer.MergePreview.What;
import org.cairn.transfer.ResolutionFile;
import org.cairn.transfer.Resolutions;
import org.cairn.transfer.Resolutions.Choice;
import org.cairn.transfer.TransferPreview;
import org.cairn.transfer.TransferPreview.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case shared between two casebooks, edited on both, sent back and forth: merged three ways, nothing lost. */
class SharedCaseMergeTest {
    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    TransferCasebooks.Laptop outreach;
    TransferCasebooks.Laptop centre;
    String reference;
    String clientUid;

    @BeforeEach
    void aCaseSharedOnce() {
        casebooks = new TransferCasebooks(dir);
        outreach = casebooks.laptop("outreach");
        centre = casebooks.laptop("centre");
        TransferCasebooks.pair(outreach, centre);
        CaseFile file = outreach.caseWithHistory("Amal");
        reference = file.reference().toString();
        exchange(outreach, reference, centre, dir);
        clientUid = outreach.vault().read(r -> r.queryOne("SELECT uid FROM client", row -> row.getString(1)))
                .orElseThrow();
    }

    @AfterEach
    void close() {
        casebooks.close();
    }

    @Test
    void editsOnBothSidesInDifferentFieldsAndRecordsMergeWithoutAConflict() {
        edit(centre, "UPDATE client SET safe_times = 'after 6pm' WHERE uid = ?", clientUid);
        edit(centre, "UPDATE task SET done_at = 1700000000000");
        Note note = centre.casebook().notes().add(caseId(centre), "Centre: housing referral discussed");
        edit(outreach, "UPDATE client SET code_word = 'bluebell' WHERE uid = ?", clientUid);
        edit(outreach, "UPDATE case_file SET advocate = 'R. K.'");
        outreach.casebook().notes().edit(noteId(outreach, "Called back%"), "Called back, safe to text after 7pm");

        byte[] toCentre = send(outreach, reference, centre);
        TransferPreview seen = preview(centre, toCentre);
        assertThat(seen.cases()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(Status.UPDATED));
        assertThat(seen.merge().conflicts()).isEmpty();
        assertThat(seen.merge().changes()).extracting(MergePreview.RecordChange::record, c -> c.what())
                .contains(org.assertj.core.groups.Tuple.tuple("client", What.UPDATED),
                        org.assertj.core.groups.Tuple.tuple("case", What.UPDATED));
        receive(centre, toCentre, Resolutions.none(), dir);
        exchange(centre, reference, outreach, dir);

        Map<String, String> there = content(outreach.casebook(), false);
        assertThat(content(centre.casebook(), false)).as("both casebooks hold the same case").isEqualTo(there);
        assertThat(there.toString()).contains("safe_times=after 6pm").contains("code_word=bluebell")
                .contains("advocate=R. K.").contains("done_at=1700000000000")
                .contains("Called back, safe to text after 7pm").contains(note.text());
        assertThat(outreach.casebook().audit().verify().isOk()).isTrue();
        assertThat(centre.casebook().audit().verify().isOk()).isTrue();
    }

    /** Text, whole numbers, empty values, dates, choices and the folded lists: each conflicts, each is chosen. */
    @Test
    void aFieldOfEveryTypeChangedOnBothSidesIsAConflictWithBothValuesAndIsSettledAsChosen() throws Exception {
        String[][] edits = {
            {"UPDATE client SET alias = ?", "Amal H.", "Amal K."},
            {"UPDATE client SET children_count = ?", "2", "3"},
            {"UPDATE client SET date_of_birth = ?", "1990-01-02", "1991-03-04"},
            {"UPDATE case_file SET risk_level = ?", "HIGH", "MEDIUM"},
            {"UPDATE task SET due_on = ?", "2026-04-01", "2026-05-01"},
            {"UPDATE consent SET expires_on = ? WHERE organisation IS NOT NULL", "2027-01-01", "2028-01-01"},
            {"UPDATE client_abuser SET relationship = ?", "ex-husband", null},
            {"UPDATE client_blocked_recipient SET name = ?", "Northtown Centre", "Northtown Hall"},
        };
        for (String[] change : edits) {
            edit(outreach, change[0], (Object) change[1]);
            edit(centre, change[0], (Object) change[2]);
        }
        setLanguages(outreach, "Arabic");
        setLanguages(centre, "French");
        byte[] toCentre = send(outreach, reference, centre);
        List<FieldConflict> conflicts = preview(centre, toCentre).merge().conflicts();
        assertThat(conflicts).extracting(FieldConflict::field).containsExactlyInAnyOrder("alias", "children_count",
                "date_of_birth", "languages", "risk_level", "due_on", "expires_on", "relationship", "name");
        FieldConflict alias = conflicts.stream().filter(c -> c.field().equals("alias")).findFirst().orElseThrow();
        assertThat(alias.ref()).isEqualTo(reference + "/client/alias");
        assertThat(alias.ours()).isEqualTo("Amal K.");
        assertThat(alias.theirs()).isEqualTo("Amal H.");
        assertThat(alias.theirChange().by()).isEqualTo("outreach.advocate");
        assertThat(conflicts.stream().filter(c -> c.field().equals("relationship")).findFirst().orElseThrow()
                .ours()).as("emptied here").isEqualTo("(empty)");

        List<String> before = TransfersTest.everything(centre.casebook());
        Path backup = dir.resolve("refused.backup");
        assertThatThrownBy(() -> centre.work().transfers().importFile(centre.vault(), toCentre, backup))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.arguments()).containsExactly("CONFLICTS_UNRESOLVED"));
        assertThatThrownBy(() -> receive(centre, toCentre, new Resolutions(Map.of("all", Choice.KEEP_OURS,
                reference + "/client/nickname", Choice.TAKE_THEIRS)), dir))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.arguments()).containsExactly("RESOLUTION_UNKNOWN"));
        assertThat(Files.exists(backup)).as("no backup for a refused import").isFalse();
        assertThat(TransfersTest.everything(centre.casebook())).as("a refused import changes nothing")
                .isEqualTo(before);

        // Their alias and languages, and everything else in the case kept as here, chosen through the file.
        String choices = ResolutionFile.template(preview(centre, toCentre))
                .replace("? " + reference + "/client/alias", "theirs " + reference + "/client/alias")
                .replace("? " + reference + "/client/languages", "theirs " + reference + "/client/languages")
                .replace("? ", "ours ");
        receive(centre, toCentre, ResolutionFile.parse(choices), dir);
        Map<String, String> here = content(centre.casebook(), false);
        assertThat(here.toString()).contains("alias=Amal H.;").contains("children_count=3;").contains(
                "risk_level=MEDIUM;").contains("due_on=2026-05-01;").contains("name=Northtown Hall;")
                .contains("date_of_birth=1991-03-04;").contains("relationship=null;");
        assertThat(here.get("languages")).endsWith(":0:Arabic");

        exchange(centre, reference, outreach, dir);
        assertThat(content(outreach.casebook(), false)).as("the choices travel back as the newer version")
                .isEqualTo(content(centre.casebook(), false));
    }

    @Test
    void aNoteEditedOnBothSidesKeepsBothWordings() {
        long centreNote = noteId(centre, "Called back%");
        centre.casebook().notes().edit(centreNote, "Called back; prefers texts");
        outreach.casebook().notes().edit(noteId(outreach, "Called back%"), "Called back; prefers calls");
        byte[] toCentre = send(outreach, reference, centre);
        assertThat(preview(centre, toCentre).merge().changes()).extracting(MergePreview.RecordChange::what)
                .contains(What.WORDINGS_KEPT);
        receive(centre, toCentre, Resolutions.none(), dir);
        exchange(centre, reference, outreach, dir);
        assertThat(SharedCases.wordings(centre.casebook())).contains("Called back; prefers texts",
                "Called back; prefers calls", "Called back, safe to text after 6pm");
        assertThat(content(outreach.casebook(), false)).isEqualTo(content(centre.casebook(), false));
    }

    @Test
    void aRemovalOnOneSideIsShownAndAppliedOnlyWhenChosen() {
        long abuser = centre.casebook().abusers().forClient(clientId(centre)).get(0).id();
        centre.casebook().abusers().remove(abuser);
        byte[] toOutreach = send(centre, reference, outreach);
        TransferPreview seen = preview(outreach, toOutreach);
        assertThat(seen.merge().removals()).singleElement().satisfies(r -> {
            assertThat(r.removedOn()).isEqualTo(Side.THERE);
            assertThat(r.record()).startsWith("person-causing-harm-");
        });
        receive(outreach, toOutreach, Resolutions.none(), dir);
        assertThat(outreach.casebook().abusers().forClient(clientId(outreach))).as("never removed silently")
                .hasSize(1);

        // The outreach laptop sends its copy, which still has him: the centre sees its own removal, not a new one.
        byte[] back = send(outreach, reference, centre);
        TransferPreview atCentre = preview(centre, back);
        assertThat(atCentre.merge().removals()).singleElement()
                .satisfies(r -> assertThat(r.removedOn()).isEqualTo(Side.HERE));
        receive(centre, back, Resolutions.none(), dir);
        assertThat(centre.casebook().abusers().forClient(clientId(centre))).as("not put back silently").isEmpty();

        byte[] again = send(centre, reference, outreach);
        MergePreview.Removal removal = preview(outreach, again).merge().removals().get(0);
        receive(outreach, again, new Resolutions(Map.of(removal.ref(), Choice.TAKE_THEIRS)), dir);
        assertThat(outreach.casebook().abusers().forClient(clientId(outreach))).as("removed when chosen").isEmpty();
        assertThat(outreach.casebook().blockedRecipients().forClient(clientId(outreach)))
                .as("a choice for one removal touches nothing else").hasSize(1);
    }

    /** "Safe to phone: no" here is never turned back by a choice for everything or for the whole case. */
    @Test
    void aContactSafetyConflictIsSettledOnlyByItsOwnReference() {
        edit(outreach, "UPDATE client SET safe_to_phone = 'YES', alias = 'Amal H.'");
        edit(centre, "UPDATE client SET safe_to_phone = 'NO', alias = 'Amal K.'");
        byte[] toCentre = send(outreach, reference, centre);
        String phone = reference + "/client/safe_to_phone";
        assertThat(preview(centre, toCentre).merge().conflicts()).extracting(FieldConflict::ref)
                .containsExactlyInAnyOrder(phone, reference + "/client/alias");
        for (String broad : List.of("all", reference, reference + "/client")) {
            assertThatThrownBy(() -> receive(centre, toCentre, new Resolutions(Map.of(broad, Choice.TAKE_THEIRS)),
                    dir)).as("%s does not settle safe to phone", broad)
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.arguments()).containsExactly("CONFLICTS_UNRESOLVED"));
        }
        receive(centre, toCentre, new Resolutions(Map.of("all", Choice.TAKE_THEIRS, phone, Choice.KEEP_OURS)), dir);
        assertThat(centre.vault().read(r -> r.queryOne("SELECT safe_to_phone || '|' || alias FROM client",
                row -> row.getString(1))).orElseThrow()).isEqualTo("NO|Amal H.");
    }

    /** A never-contact mark or person causing harm removed by a merge leaves the row its own removal leaves. */
    @Test
    void aRemovalAppliedByAMergeIsAuditedAsOnItsOwn() {
        centre.casebook().abusers().remove(centre.casebook().abusers().forClient(clientId(centre)).get(0).id());
        centre.casebook().blockedRecipients().remove(centre.casebook().blockedRecipients()
                .forClient(clientId(centre)).get(0).id());
        List<String> expected = auditOf(centre, clientId(centre));
        assertThat(expected).hasSize(2);
        byte[] toOutreach = send(centre, reference, outreach);
        Map<String, Choice> chosen = new java.util.HashMap<>();
        preview(outreach, toOutreach).merge().removals().forEach(r -> chosen.put(r.ref(), Choice.TAKE_THEIRS));
        assertThat(chosen).as("both removals shown").hasSize(2);
        List<String> before = auditOf(outreach, clientId(outreach));
        receive(outreach, toOutreach, new Resolutions(chosen), dir);
        assertThat(outreach.casebook().abusers().forClient(clientId(outreach))).isEmpty();
        assertThat(auditOf(outreach, clientId(outreach))).as("the same rows as removing them at the centre")
                .isEqualTo(java.util.stream.Stream.concat(before.stream(), expected.stream()).toList());
        assertThat(outreach.casebook().audit().verify().isOk()).isTrue();
    }

    private static List<String> auditOf(TransferCasebooks.Laptop laptop, long clientId) {
        return laptop.vault().read(r -> r.query("SELECT action || ':' || coalesce(reason, '') "
                + "FROM audit WHERE subject = ? AND action IN ('ABUSER_RECORDED', 'BLOCKED_RECIPIENT_REMOVED') "
                + "AND (action <> 'ABUSER_RECORDED' OR reason = 'removed') ORDER BY id", row -> row.getString(1),
                "client:" + clientId));
    }

    /** Forms with their saves, referrals and risk history travel, their links restored; saves on both sides add up. */
    @Test
    void formsReferralsAndRiskHistoryTravelAndMerge() {
        outreach.vault().write(tx -> {
            long caseId = tx.queryLong("SELECT id FROM case_file");
            long task = tx.queryLong("SELECT id FROM task");
            long consent = tx.queryLong("SELECT id FROM consent WHERE organisation IS NOT NULL");
            long form = tx.insert("INSERT INTO case_form(uid, case_id, template_id, template_version, kind, title, "
                    + "template_text, started_at, started_by, review_task_id) VALUES (?, ?, 'dash', 1, 'CHECKLIST', "
                    + "'Risk checklist', 'text', 1, 'o', ?)", org.cairn.casebook.RecordIds.newId(), caseId, task);
            tx.execute("INSERT INTO case_form_version(form_id, version, saved_at, saved_by, score) VALUES (?, 1, 5, "
                    + "'o', 9)", form);
            tx.execute("INSERT INTO case_form_answer(form_id, version, item_id, value) VALUES (?, 1, 'q1', 'yes')",
                    form);
            tx.execute("INSERT INTO risk_change(case_id, changed_at, from_level, to_level, source, form_id, "
                    + "changed_by) VALUES (?, 6, 'STANDARD', 'HIGH', 'CHECKLIST', ?, 'o')", caseId, form);
            return tx.execute("INSERT INTO referral(uid, case_id, template_id, template_version, recipient_name, "
                    + "recipient_kind, made_on, outcome, consent_id, task_id, created_at, created_by) VALUES (?, ?, "
                    + "'refer', 1, 'Rights of Women', 'ORGANISATION', '2026-03-02', 'PENDING', ?, ?, 7, 'o')",
                    org.cairn.casebook.RecordIds.newId(), caseId, consent, task);
        });
        exchange(outreach, reference, centre, dir);
        String links = "SELECT (SELECT title FROM task WHERE id = f.review_task_id) || '|' || "
                + "(SELECT count(*) FROM case_form_answer a WHERE a.form_id = f.id) || '|' || "
                + "(SELECT count(*) FROM risk_change r WHERE r.form_id = f.id) || '|' || "
                + "(SELECT organisation FROM consent c JOIN referral x ON x.consent_id = c.id) || '|' || "
                + "(SELECT t.title FROM task t JOIN referral x ON x.task_id = t.id) FROM case_form f";
        assertThat(centre.vault().read(r -> r.queryOne(links, row -> row.getString(1))).orElseThrow())
                .as("the form's review task, answers and risk change, the referral's consent and task")
                .isEqualTo("Chase GP registration|1|1|Rights of Women|Chase GP registration");

        for (TransferCasebooks.Laptop laptop : List.of(outreach, centre)) {
            laptop.vault().write(tx -> {
                long form = tx.queryLong("SELECT id FROM case_form");
                tx.execute("INSERT INTO case_form_version(form_id, version, saved_at, saved_by, score) VALUES (?, 2, "
                        + "8, ?, 3)", form, laptop.name());
                return tx.execute("UPDATE referral SET outcome = ?", laptop == outreach ? "ACCEPTED" : "DECLINED");
            });
        }
        byte[] toCentre = send(outreach, reference, centre);
        TransferPreview seen = preview(centre, toCentre);
        assertThat(seen.merge().conflicts()).extracting(FieldConflict::field).containsExactly("outcome");
        assertThat(seen.merge().changes()).extracting(MergePreview.RecordChange::what).contains(What.HISTORY_ADDED);
        receive(centre, toCentre, new Resolutions(Map.of(reference, Choice.KEEP_OURS)), dir);
        exchange(centre, reference, outreach, dir);
        for (TransferCasebooks.Laptop laptop : List.of(outreach, centre)) {
            List<String> saves = laptop.vault().read(r -> r.query("SELECT saved_by FROM case_form_version "
                    + "ORDER BY saved_by", row -> row.getString(1)));
            assertThat(saves).as("every save kept at %s", laptop.name()).containsExactly("centre", "o", "outreach");
            long risks = laptop.vault().read(r -> r.queryLong("SELECT count(*) FROM risk_change"));
            assertThat(risks).as("a risk change is added once").isEqualTo(1);
        }
        assertThat(content(outreach.casebook(), false)).isEqualTo(content(centre.casebook(), false))
                .extractingByKey(content(centre.casebook(), false).keySet().stream()
                        .filter(k -> k.startsWith("referral/")).findFirst().orElseThrow())
                .asString().contains("outcome=DECLINED");
    }

    @Test
    void aCaseRestrictedHereIsNotMergedIntoAsIfWhole() {
        long here = caseId(centre);
        centre.vault().write(tx -> tx.execute("INSERT INTO case_restriction(case_id, sealed, holders_version, "
                + "restricted_at, restricted_by) VALUES (?, X'00', 1, 1, 'x')", here));
        edit(outreach, "UPDATE case_file SET advocate = 'R. K.'");
        byte[] toCentre = send(outreach, reference, centre);
        List<String> before = TransfersTest.everything(centre.casebook());
        assertThatThrownBy(() -> receive(centre, toCentre, Resolutions.none(), dir))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
        assertThat(TransfersTest.everything(centre.casebook())).isEqualTo(before);
    }

    @Test
    void erasingHerLeavesNoExchangedVersionOfHerRecords() {
        long kept = centre.vault().read(r -> r.queryLong("SELECT count(*) FROM transfer_seen"));
        assertThat(kept).as("the versions received are kept").isPositive();
        Casework.actingAs(centre.casebook(), Role.ADMINISTRATOR).erasure().eraseClient(reference, "retention ended");
        long left = centre.vault().read(r -> r.queryLong("SELECT count(*) FROM transfer_seen"));
        assertThat(left).isZero();
    }

    private void setLanguages(TransferCasebooks.Laptop laptop, String language) {
        laptop.vault().write(tx -> {
            tx.execute("UPDATE client SET interpreter_needed = 1");
            tx.execute("DELETE FROM client_language");
            return tx.execute("INSERT INTO client_language(client_id, position, language) "
                    + "SELECT id, 0, ? FROM client", language);
        });
    }

    private long caseId(TransferCasebooks.Laptop laptop) {
        return laptop.vault().read(r -> r.queryLong("SELECT id FROM case_file"));
    }

    private long clientId(TransferCasebooks.Laptop laptop) {
        return laptop.vault().read(r -> r.queryLong("SELECT id FROM client"));
    }

    private long noteId(TransferCasebooks.Laptop laptop, String like) {
        return laptop.vault().read(r -> r.queryLong("SELECT id FROM note WHERE text LIKE ?", like));
    }
}
