package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseFile;
import org.cairn.transfer.MoveRefusedException;
import org.cairn.transfer.TransferKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removing an undone copy deletes every row of the case, so records made here since (a legal hold, kept letters,
 * MARAC decisions, corrections, subject access requests) stop it; a case awaiting one move is not moved elsewhere;
 * a move import is not undone; an erasure leaves nothing of her in the transfer state. How a hold, letters and
 * decisions travel with a move: KeptRecordsTravelTest.
 */
class MovesKeepWhatDoesNotTravelTest {
    private static final String HOLD = "INSERT INTO retention_hold(case_id, reason, review_on, placed_by, placed_at) "
            + "VALUES (?, 'court order', '2027-06-01', 'admin', 1)";
    private static final String LETTER = "INSERT INTO letter(case_id, template_id, template_version, language, "
            + "recipient_name, recipient_kind, subject, disposition, made_at, made_by, pdf) "
            + "VALUES (?, 't', 1, 'en', 'Housing office', 'ORGANISATION', 'Support letter', 'SENT', 1, 'jo', X'00')";
    private static final String MARAC = "INSERT INTO marac_decision(case_id, decision, decided_at, decided_by) "
            + "VALUES (?, 'REFER', 1, 'jo')";
    private static final String CORRECTION = "INSERT INTO rectification(client_id, field, corrected_value, "
            + "requested_on, recorded_by, recorded_at) VALUES (?, 'safe_times', 'mornings', '2026-12-07', 'jo', 1)";
    private static final String REQUEST = "INSERT INTO subject_access_request(client_id, received_on, due_on, "
            + "recorded_by, recorded_at) VALUES (?, '2026-12-07', '2027-01-07', 'jo', 1)";

    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    TransferCasebooks.Laptop outreach;
    TransferCasebooks.Laptop centre;

    @BeforeEach
    void twoPairedLaptops() {
        casebooks = new TransferCasebooks(dir);
        outreach = casebooks.laptop("outreach");
        centre = casebooks.laptop("centre");
        TransferCasebooks.pair(outreach, centre);
    }

    @AfterEach
    void close() {
        casebooks.close();
    }

    @Test
    void anImportIsNotUndoneOverRecordsMadeHereSinceItCame() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = send(sent, TransferKind.SHARE, "centre");
        receive(file);
        long number = centre.work().transfers().importNumber(file).getAsLong();
        CaseFile here = centre.casebook().cases().findByReference(sent.reference()).orElseThrow();
        for (String kept : List.of(HOLD, LETTER, MARAC, CORRECTION, REQUEST)) {
            long id = kept == CORRECTION || kept == REQUEST ? here.clientId() : here.id();
            sql(centre, kept, id);
            List<String> before = TransfersTest.everything(centre.casebook());
            assertUndoRefused(number, "CHANGED_SINCE");
            assertThat(TransfersTest.everything(centre.casebook())).as(kept).isEqualTo(before);
            for (String table : List.of("retention_hold", "letter", "marac_decision")) {
                sql(centre, "DELETE FROM " + table + " WHERE case_id = ?", here.id());
            }
            sql(centre, "DELETE FROM rectification WHERE client_id = ?", here.clientId());
            sql(centre, "DELETE FROM subject_access_request WHERE client_id = ?", here.clientId());
        }
        assertThat(centre.work().transfers().undoImport(number)).containsExactly(sent.reference().toString());
    }

    @Test
    void aMoveAwaitingItsReceiptIsSentAgainOnlyToTheSameCasebook() {
        TransferCasebooks.Laptop refuge = casebooks.laptop("refuge");
        TransferCasebooks.pair(outreach, refuge);
        CaseFile sent = outreach.caseWithHistory("Amal");
        send(sent, TransferKind.MOVE, "centre");
        List<String> before = TransfersTest.everything(outreach.casebook());
        assertThatThrownBy(() -> send(sent, TransferKind.MOVE, "refuge"))
                .isInstanceOfSatisfying(CaseworkException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MOVE_REFUSED);
                    assertThat(e.arguments()).containsExactly((Object) MoveRefusedException.Reason.AWAITING_OTHER.name());
                });
        assertThat(TransfersTest.everything(outreach.casebook())).isEqualTo(before);
        assertThat(send(sent, TransferKind.MOVE, "centre")).as("a lost file is sent again").isNotEmpty();
        assertThat(send(sent, TransferKind.SHARE, "refuge")).as("a share does not count it").isNotEmpty();
    }

    @Test
    void aMoveImportIsNotUndoneSoTheCaseIsNeverCountedNowhere() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = send(sent, TransferKind.MOVE, "centre");
        receive(file);
        List<String> before = TransfersTest.everything(centre.casebook());
        assertUndoRefused(centre.work().transfers().importNumber(file).getAsLong(), "MOVE_IMPORT");
        assertThat(TransfersTest.everything(centre.casebook())).isEqualTo(before);
        assertThat(centre.casebook().counts().cases()).isEqualTo(1);
    }

    @Test
    void anErasureLeavesNothingOfHerInTheTransferStateAndAReceiptCannotBringItBack() {
        CaseFile moved = outreach.caseWithHistory("Amal");
        String uid = caseUid(outreach, moved.id());
        byte[] file = send(moved, TransferKind.MOVE, "centre");
        receive(file);
        byte[] receipt = centre.work().transfers().moveReceipt(file);
        Casework.actingAs(outreach.casebook(), Role.ADMINISTRATOR).erasure()
                .eraseClient(moved.reference().toString(), "she asked to be erased");
        assertThat(settings(outreach)).as("only her erased id stays").allSatisfy(line -> {
            if (line.contains(uid)) {
                assertThat(line).startsWith("casebook_setting|erased." + uid + "|");
            }
        }).noneMatch(line -> line.contains(moved.reference().toString()));
        assertThatThrownBy(() -> outreach.work().transfers().confirmMove(receipt))
                .isInstanceOf(CaseworkException.class);
        assertThat(settings(outreach)).noneMatch(line -> line.contains(moved.reference().toString())
                || line.startsWith("casebook_setting|move."));
        assertThat(outreach.casebook().audit().recent(1000)).extracting(AuditEntry::action)
                .doesNotContain(AuditAction.TRANSFER_MOVE_CONFIRMED);

        // At the receiver: two cases shared in one file, one erased; the other can still be undone.
        CaseFile kept = outreach.caseWithHistory("Bea");
        CaseFile erased = outreach.caseWithHistory("Cara");
        byte[] share = outreach.work().transfers().export(List.of(kept.reference(), erased.reference()), "centre",
                TransferKind.SHARE).file();
        receive(share);
        String erasedUid = caseUid(outreach, erased.id());
        String keptHere = referenceOf(centre, caseUid(outreach, kept.id()));
        Casework.actingAs(centre.casebook(), Role.ADMINISTRATOR).erasure()
                .eraseClient(referenceOf(centre, erasedUid), "she asked to be erased");
        assertThat(settings(centre)).allSatisfy(line -> {
            if (line.contains(erasedUid)) {
                assertThat(line).startsWith("casebook_setting|erased." + erasedUid + "|");
            }
        });
        assertThat(centre.work().transfers().undoImport(centre.work().transfers().importNumber(share).getAsLong()))
                .containsExactly(keptHere);
    }

    private byte[] send(CaseFile sent, TransferKind kind, String to) {
        return outreach.work().transfers().export(List.of(sent.reference()), to, kind).file();
    }

    private void receive(byte[] file) {
        centre.work().transfers().importFile(centre.vault(), file, dir.resolve("b-" + System.nanoTime()));
    }

    private static void sql(TransferCasebooks.Laptop at, String statement, long id) {
        at.casebook().transactions().write(tx -> {
            tx.execute(statement, id);
            return null;
        });
    }

    private static String caseUid(TransferCasebooks.Laptop at, long caseId) {
        return at.casebook().transactions().read(r -> r.queryOne("SELECT uid FROM case_file WHERE id = ?",
                row -> row.getString(1), caseId).orElseThrow());
    }

    private static String referenceOf(TransferCasebooks.Laptop at, String caseUid) {
        return at.casebook().transactions().read(r -> r.queryOne("SELECT reference FROM case_file WHERE uid = ?",
                row -> row.getString(1), caseUid).orElseThrow());
    }

    private static List<String> settings(TransferCasebooks.Laptop at) {
        return TransfersTest.everything(at.casebook()).stream().filter(l -> l.startsWith("casebook_setting|"))
                .toList();
    }

    private void assertUndoRefused(long number, String reason) {
        assertThatThrownBy(() -> centre.work().transfers().undoImport(number))
                .isInstanceOfSatisfying(CaseworkException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNDO_REFUSED);
                    assertThat(e.arguments()).containsExactly(reason);
                });
    }
}
