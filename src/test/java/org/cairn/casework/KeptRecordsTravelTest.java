package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.LetterCopy;
import org.cairn.casebook.LetterDisposition;
import org.cairn.casebook.MaracChoice;
import org.cairn.transfer.MovedCase;
import org.cairn.transfer.TransferKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A legal hold, kept letters (with their PDF) and MARAC decisions travel with a case (ADR 0057), so such a case
 * can be moved: the receiver has them byte for byte, the sender keeps a closed stub, and sending the same records
 * again, in either direction, adds nothing.
 */
class KeptRecordsTravelTest {
    private static final byte[] PDF = "%PDF-1.7 canary-LETTER-7f3a \u00e9\u0627".getBytes(StandardCharsets.UTF_8);
    private static final String KEPT = "SELECT group_concat(x, '\n') FROM (SELECT 'letter|' || template_id || '|' || "
            + "recipient_name || '|' || disposition || '|' || made_at || '|' || made_by || '|' || hex(pdf) AS x "
            + "FROM letter WHERE case_id = ?1 UNION ALL SELECT 'marac|' || decision || '|' || coalesce(reason, '-') "
            + "|| '|' || decided_at || '|' || decided_by FROM marac_decision WHERE case_id = ?1 UNION ALL "
            + "SELECT 'hold|' || reason || '|' || review_on || '|' || placed_by || '|' || placed_at "
            + "FROM retention_hold WHERE case_id = ?1 ORDER BY 1)";

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
    void aCaseWithAHoldALetterAndAMaracDecisionMovesWithThemAndLeavesAStub() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        keepRecords(outreach, sent.id());
        String atSender = kept(outreach, sent.id());
        assertThat(atSender).contains("letter|", "marac|REFER", "marac|DECLINED", "hold|court order");

        byte[] file = outreach.work().transfers().export(List.of(sent.reference()), "centre", TransferKind.MOVE)
                .file();
        centre.work().transfers().importFile(centre.vault(), file, dir.resolve("b1"));
        long here = centreCase(sent);
        assertThat(kept(centre, here)).as("the receiver has every kept record, the PDF byte for byte")
                .isEqualTo(atSender);
        assertThat(centre.casebook().letters().pdf(centre.casebook().letters().forCase(here).get(0).id()))
                .hasValue(PDF);
        assertThat(centre.casebook().audit().recent(100)).extracting(AuditEntry::action)
                .contains(AuditAction.LEGAL_HOLD_PLACED);

        byte[] receipt = centre.work().transfers().moveReceipt(file);
        List<MovedCase> stubs = outreach.work().transfers().confirmMove(receipt);
        assertThat(stubs).singleElement().satisfies(stub -> assertThat(stub.confirmed()).isTrue());
        assertThat(outreach.work().transfers().moves()).singleElement()
                .satisfies(stub -> assertThat(stub.reference()).isEqualTo(sent.reference().toString()));
        for (String table : List.of("letter", "marac_decision", "retention_hold", "case_file", "note")) {
            assertThat(count(outreach, "SELECT count(*) FROM " + table)).as("the sender keeps a stub: " + table)
                    .isZero();
        }
        assertThat(TransfersTest.everything(outreach.casebook())).as("no byte of the letter stays at the sender")
                .noneMatch(line -> line.contains(java.util.HexFormat.of().formatHex(PDF)));
        assertThat(kept(centre, here)).as("the receiver keeps them").isEqualTo(atSender);
    }

    @Test
    void aHoldOrLetterAddedAfterSendingStopsTheConfirmationAndNothingIsLost() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = outreach.work().transfers().export(List.of(sent.reference()), "centre", TransferKind.MOVE)
                .file();
        centre.work().transfers().importFile(centre.vault(), file, dir.resolve("b1"));
        byte[] receipt = centre.work().transfers().moveReceipt(file);
        outreach.casebook().letters().keep(sent.id(), letter(), LetterDisposition.PRINTED);
        List<String> before = TransfersTest.everything(outreach.casebook());
        assertThatThrownBy(() -> outreach.work().transfers().confirmMove(receipt))
                .isInstanceOfSatisfying(CaseworkException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.RECEIPT_REFUSED);
                    assertThat(e.arguments()).containsExactly("CHANGED_SINCE_SENT");
                });
        assertThat(TransfersTest.everything(outreach.casebook())).isEqualTo(before);

        byte[] again = outreach.work().transfers().export(List.of(sent.reference()), "centre", TransferKind.MOVE)
                .file();
        centre.work().transfers().importFile(centre.vault(), again, dir.resolve("b2"));
        assertThat(kept(centre, centreCase(sent))).isEqualTo(kept(outreach, sent.id()));
        assertThat(outreach.work().transfers().confirmMove(centre.work().transfers().moveReceipt(again)))
                .hasSize(1);
        assertThat(count(outreach, "SELECT count(*) FROM letter")).isZero();
        assertThat(count(centre, "SELECT count(*) FROM letter")).isEqualTo(1);
    }

    @Test
    void sendingTheSameKeptRecordsAgainInEitherDirectionAddsNothing() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        keepRecords(outreach, sent.id());
        byte[] first = move(outreach, sent.reference().toString(), "centre");
        byte[] second = move(outreach, sent.reference().toString(), "centre");
        centre.work().transfers().importFile(centre.vault(), first, dir.resolve("b1"));
        long here = centreCase(sent);
        String once = kept(centre, here);
        List<String> before = TransfersTest.everything(centre.casebook());
        assertThatThrownBy(() -> centre.work().transfers().importFile(centre.vault(), first, dir.resolve("b2")))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.arguments()).containsExactly("REPLAYED"));
        assertThat(TransfersTest.everything(centre.casebook())).as("a replayed file changes nothing")
                .isEqualTo(before);
        assertThat(centre.work().transfers().preview(second).merge().changes()).as("an older copy of the same "
                + "records shows nothing to add").isEmpty();
        centre.work().transfers().importFile(centre.vault(), second, dir.resolve("b3"));
        assertThat(kept(centre, here)).isEqualTo(once);

        // A decision made at the centre comes back to the outreach laptop once; what it sent does not double.
        centre.casebook().risk().decideMarac(here, null, null, MaracChoice.REFER, "new threats reported");
        byte[] back = move(centre, referenceOf(centre, here), "outreach");
        assertThat(outreach.work().transfers().preview(back).merge().changes())
                .extracting(c -> c.record()).singleElement().asString().startsWith("marac-decision-");
        outreach.work().transfers().importFile(outreach.vault(), back, dir.resolve("b4"));
        assertThat(kept(outreach, sent.id())).isEqualTo(kept(centre, here));
        assertThat(count(outreach, "SELECT count(*) FROM marac_decision")).isEqualTo(3);
        assertThat(count(outreach, "SELECT count(*) FROM letter")).isEqualTo(1);
        assertThat(count(outreach, "SELECT count(*) FROM retention_hold")).isEqualTo(1);
    }

    @Test
    void aHoldFromTheOtherCasebookIsPlacedOnACaseHereThatHasNoneAndNeverReplacesOne() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        centre.work().transfers().importFile(centre.vault(), share(outreach, sent.reference().toString(),
                "centre"), dir.resolve("b1"));
        long here = centreCase(sent);
        Casework.actingAs(centre.casebook(), Role.ADMINISTRATOR).retention().placeHold(here, "tribunal appeal",
                LocalDate.of(2027, 1, 31));
        Casework.actingAs(outreach.casebook(), Role.ADMINISTRATOR).retention().placeHold(sent.id(), "court order",
                LocalDate.of(2027, 6, 1));
        centre.work().transfers().importFile(centre.vault(), share(outreach, sent.reference().toString(),
                "centre"), dir.resolve("b2"));
        assertThat(kept(centre, here)).as("the hold here stays as it is").contains("hold|tribunal appeal")
                .doesNotContain("court order");

        CaseFile other = outreach.caseWithHistory("Bea");
        centre.work().transfers().importFile(centre.vault(), share(outreach, other.reference().toString(),
                "centre"), dir.resolve("b3"));
        Casework.actingAs(outreach.casebook(), Role.ADMINISTRATOR).retention().placeHold(other.id(), "court order",
                LocalDate.of(2027, 6, 1));
        byte[] withHold = share(outreach, other.reference().toString(), "centre");
        assertThat(centre.work().transfers().preview(withHold).merge().changes()).extracting(c -> c.record())
                .contains("legal-hold");
        centre.work().transfers().importFile(centre.vault(), withHold, dir.resolve("b4"));
        assertThat(kept(centre, centreCase(other))).contains("hold|court order|2027-06-01");
    }

    @Test
    void aShareCarriesNoMaracDecisionNorKeptLetterWhileAMoveDoes() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        keepRecords(outreach, sent.id());
        byte[] shared = share(outreach, sent.reference().toString(), "centre");
        assertThat(centre.work().transfers().preview(shared).merge().changes()).as("nothing kept is offered")
                .isEmpty();
        centre.work().transfers().importFile(centre.vault(), shared, dir.resolve("s1"));
        long here = centreCase(sent);
        assertThat(count(centre, "SELECT count(*) FROM letter")).as("a share hands over no kept letter").isZero();
        assertThat(count(centre, "SELECT count(*) FROM marac_decision")).as("nor any MARAC decision").isZero();
        assertThat(kept(centre, here)).as("the legal hold still travels").contains("hold|court order");
        assertThat(TransfersTest.everything(centre.casebook())).as("no byte of the letter nor the reason arrives")
                .noneMatch(line -> line.contains(java.util.HexFormat.of().formatHex(PDF))
                        || line.contains("below threshold"));

        byte[] moved = move(outreach, sent.reference().toString(), "centre");
        centre.work().transfers().importFile(centre.vault(), moved, dir.resolve("s2"));
        assertThat(kept(centre, here)).as("a move hands over every kept record").isEqualTo(kept(outreach,
                sent.id()));
    }

    @Test
    void anOlderFileImportedLateDoesNotPutBackAHoldTheSenderHasSinceLifted() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        centre.work().transfers().importFile(centre.vault(), share(outreach, sent.reference().toString(),
                "centre"), dir.resolve("h0"));
        Retention retention = Casework.actingAs(outreach.casebook(), Role.ADMINISTRATOR).retention();
        retention.placeHold(sent.id(), "court order", LocalDate.of(2027, 6, 1));
        byte[] withHold = share(outreach, sent.reference().toString(), "centre");
        retention.liftHold(sent.id());
        byte[] lifted = share(outreach, sent.reference().toString(), "centre");
        centre.work().transfers().importFile(centre.vault(), lifted, dir.resolve("h2"));
        assertThat(centre.work().transfers().preview(withHold).merge().changes()).as("the older file offers no hold")
                .extracting(c -> c.record()).doesNotContain("legal-hold");
        centre.work().transfers().importFile(centre.vault(), withHold, dir.resolve("h1"));
        assertThat(count(centre, "SELECT count(*) FROM retention_hold")).as("the lifted hold stays lifted").isZero();
    }

    private byte[] move(TransferCasebooks.Laptop from, String reference, String to) {
        return from.work().transfers().export(List.of(org.cairn.casebook.CaseReference.parse(reference)), to,
                TransferKind.MOVE).file();
    }

    private void keepRecords(TransferCasebooks.Laptop at, long caseId) {
        at.casebook().letters().keep(caseId, letter(), LetterDisposition.SAVED);
        at.casebook().risk().decideMarac(caseId, null, null, MaracChoice.REFER, null);
        at.casebook().risk().decideMarac(caseId, null, null, MaracChoice.DECLINED, "below threshold for now");
        Casework.actingAs(at.casebook(), Role.ADMINISTRATOR).retention().placeHold(caseId, "court order",
                LocalDate.of(2027, 6, 1));
    }

    private static LetterCopy letter() {
        return new LetterCopy("housing-support", 2, "ar", "Northtown Housing Office", "ORGANISATION",
                null, "Support for her housing application", PDF);
    }

    private byte[] share(TransferCasebooks.Laptop from, String reference, String to) {
        return from.work().transfers().export(List.of(org.cairn.casebook.CaseReference.parse(reference)), to,
                TransferKind.SHARE).file();
    }

    private long centreCase(CaseFile sent) {
        String uid = outreach.casebook().transactions().read(r -> r.queryOne("SELECT uid FROM case_file WHERE id = ?",
                row -> row.getString(1), sent.id()).orElseThrow());
        return centre.casebook().transactions().read(r -> r.queryOne("SELECT id FROM case_file WHERE uid = ?",
                row -> row.getLong(1), uid).orElseThrow());
    }

    private static String referenceOf(TransferCasebooks.Laptop at, long caseId) {
        return at.casebook().transactions().read(r -> r.queryOne("SELECT reference FROM case_file WHERE id = ?",
                row -> row.getString(1), caseId).orElseThrow());
    }

    private static String kept(TransferCasebooks.Laptop at, long caseId) {
        return at.casebook().transactions().read(r -> r.queryOne(KEPT, row -> row.getString(1), caseId).orElse(""));
    }

    private static long count(TransferCasebooks.Laptop at, String query) {
        return at.casebook().transactions().read(r -> r.queryLong(query));
    }
}
