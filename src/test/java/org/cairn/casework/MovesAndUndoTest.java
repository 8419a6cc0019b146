package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseReference;
import org.cairn.transfer.MovedCase;
import org.cairn.transfer.TransferKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A move is confirmed by a signed receipt and leaves a closed stub; an import is undone whole; erased stays erased. */
class MovesAndUndoTest {
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

    private byte[] send(CaseFile sent, TransferKind kind) {
        return outreach.work().transfers().export(List.of(sent.reference()), "centre", kind).file();
    }

    private void receive(byte[] file) {
        centre.work().transfers().importFile(centre.vault(), file, dir.resolve("b-" + System.nanoTime()));
    }

    @Test
    void aFileAddressedToAnotherCasebookNeverNamesAnImportHere() {
        TransferCasebooks.Laptop third = casebooks.laptop("third");
        TransferCasebooks.pair(outreach, third);
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] mine = send(sent, TransferKind.SHARE);
        receive(mine);
        byte[] theirs = outreach.work().transfers().export(List.of(sent.reference()), "third", TransferKind.SHARE)
                .file();
        assertThat(centre.work().transfers().importNumber(mine)).as("the file imported here").isPresent();
        assertThat(centre.work().transfers().importNumber(theirs))
                .as("the same sender and number, but made for another casebook").isEmpty();
        byte[] forged = mine.clone();
        forged[forged.length - 1] ^= 1;
        assertThat(centre.work().transfers().importNumber(forged)).as("a file whose signature fails").isEmpty();
    }

    @Test
    void aConfirmedMoveLeavesOnlyAClosedStubAtTheSender() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = send(sent, TransferKind.MOVE);
        assertThat(outreach.work().transfers().moves()).singleElement().satisfies(m -> {
            assertThat(m.reference()).isEqualTo(sent.reference().toString());
            assertThat(m.confirmed()).as("sent, awaiting receipt").isFalse();
            assertThat(m.receiverName()).isEqualTo("centre");
        });
        receive(file);
        byte[] receipt = centre.work().transfers().moveReceipt(file);

        List<MovedCase> stubs = outreach.work().transfers().confirmMove(receipt);
        assertThat(stubs).singleElement().satisfies(m -> {
            assertThat(m.confirmed()).isTrue();
            assertThat(m.reference()).isEqualTo(sent.reference().toString());
            assertThat(m.receiverId()).isEqualTo(centre.casebook().identities().casebookId());
            assertThat(m.confirmedAt()).isNotNull();
        });
        assertThat(outreach.casebook().cases().findByReference(sent.reference())).as("content removed").isEmpty();
        assertThat(outreach.casebook().counts().cases()).isZero();
        assertThat(outreach.casebook().search("proof addr", 5)).isEmpty();
        assertThat(TransfersTest.everything(outreach.casebook())).as("nothing of her is left at the sender")
                .noneMatch(line -> line.contains("Amal") || line.contains("Marco") || line.contains("proof of"));
        assertThat(outreach.casebook().audit().verify().isOk()).isTrue();
        assertThat(outreach.casebook().audit().forSubject(sent.reference().toString())).extracting(AuditEntry::action)
                .contains(AuditAction.TRANSFER_MOVE_CONFIRMED);
        assertThat(centre.casebook().cases().findByReference(sent.reference())).as("the receiver keeps it")
                .isPresent();

        assertReceiptRefused(outreach, receipt, "REPLAYED");
        assertUndoRefused(centre.work().transfers().importNumber(file).getAsLong(), "RECEIPT_MADE");
    }

    @Test
    void tamperedForeignAndUnawaitedReceiptsAreRefusedChangingNothing() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = send(sent, TransferKind.MOVE);
        receive(file);
        byte[] receipt = centre.work().transfers().moveReceipt(file);
        List<String> before = TransfersTest.everything(outreach.casebook());
        Random random = new Random(43);
        for (int trial = 0; trial < 120; trial++) {
            byte[] changed = receipt.clone();
            int at = trial < receipt.length ? trial : random.nextInt(receipt.length);
            changed[at] ^= (byte) (1 + random.nextInt(255));
            assertThatThrownBy(() -> outreach.work().transfers().confirmMove(changed)).as("byte %d", at)
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.RECEIPT_REFUSED));
        }
        assertReceiptRefused(outreach, java.util.Arrays.copyOf(receipt, receipt.length - 1), "TAMPERED");
        assertReceiptRefused(centre, receipt, "OTHER_RECIPIENT");
        assertReceiptRefused(outreach, "not a receipt".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "NOT_A_RECEIPT");
        // A casebook the sender is not paired with signs a receipt of its own.
        TransferCasebooks.Laptop stranger = casebooks.laptop("stranger");
        TransferCasebooks.pair(stranger, centre);
        CaseFile theirs = stranger.caseWithHistory("Someone");
        byte[] strangerFile = stranger.work().transfers().export(List.of(theirs.reference()), "centre",
                TransferKind.MOVE).file();
        receive(strangerFile);
        assertReceiptRefused(stranger, centre.work().transfers().moveReceipt(file), "OTHER_RECIPIENT");
        assertThat(TransfersTest.everything(outreach.casebook())).isEqualTo(before);
        // A share has nothing to confirm; a receipt for a file not imported is not made.
        byte[] share = send(outreach.caseWithHistory("Bea"), TransferKind.SHARE);
        assertThatThrownBy(() -> centre.work().transfers().moveReceipt(share))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.arguments()).containsExactly("NOT_IMPORTED"));
        receive(share);
        assertThatThrownBy(() -> centre.work().transfers().moveReceipt(share))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.arguments()).containsExactly("NOT_A_MOVE"));
        assertThat(outreach.work().transfers().confirmMove(receipt)).hasSize(1);
    }

    @Test
    void aCaseChangedAfterItWasSentIsNotRemovedByTheReceipt() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = send(sent, TransferKind.MOVE);
        outreach.casebook().notes().add(sent.id(), "Written after the file went");
        receive(file);
        assertReceiptRefused(outreach, centre.work().transfers().moveReceipt(file), "CHANGED_SINCE_SENT");
        assertThat(outreach.casebook().notes().forCase(sent.id())).hasSize(3);
    }

    @Test
    void undoingAnImportRemovesExactlyWhatItAddedAndTheFileCanComeAgain() {
        List<String> empty = content(centre);
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = send(sent, TransferKind.SHARE);
        receive(file);
        long number = centre.work().transfers().importNumber(file).getAsLong();
        assertThat(centre.casebook().counts().cases()).isEqualTo(1);

        assertThat(centre.work().transfers().undoImport(number)).containsExactly(sent.reference().toString());
        assertThat(centre.casebook().counts().cases()).isZero();
        assertThat(content(centre)).as("every row the import added is gone").isEqualTo(empty);
        assertThat(centre.casebook().audit().forSubject(sent.reference().toString())).extracting(AuditEntry::action)
                .containsSubsequence(AuditAction.TRANSFER_RECEIVED, AuditAction.TRANSFER_UNDONE);
        assertThat(centre.casebook().audit().verify().isOk()).isTrue();
        assertUndoRefused(number, "NO_SUCH_IMPORT");

        receive(file);
        assertThat(centre.casebook().counts().cases()).as("an undone file can be imported again").isEqualTo(1);
        long again = centre.work().transfers().importNumber(file).getAsLong();
        CaseFile here = centre.casebook().cases().findByReference(sent.reference()).orElseThrow();
        centre.casebook().notes().add(here.id(), "Work done here after the import");
        assertUndoRefused(again, "CHANGED_SINCE");
        assertThat(centre.casebook().notes().forCase(here.id())).hasSize(3);
    }

    @Test
    void anErasedClientComingBackByTransferIsRefused() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] first = send(sent, TransferKind.SHARE);
        byte[] second = send(sent, TransferKind.SHARE);
        receive(first);
        String here = sent.reference().toString();
        Casework administrator = Casework.actingAs(centre.casebook(), Role.ADMINISTRATOR);
        administrator.erasure().eraseClient(here, "she asked to be erased");
        List<String> before = TransfersTest.everything(centre.casebook());
        assertThatThrownBy(() -> centre.work().transfers().preview(second))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.arguments()).containsExactly("ERASED_HERE"));
        assertThatThrownBy(() -> receive(second)).isInstanceOf(CaseworkException.class);
        assertThat(TransfersTest.everything(centre.casebook())).isEqualTo(before);
        assertThat(centre.casebook().cases().findByReference(CaseReference.parse(here))).isEmpty();
    }

    @Test
    void aSharedCopyCannotBeMovedOnButItsOwnerCanMoveIt() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        receive(send(sent, TransferKind.SHARE));
        assertThatThrownBy(() -> centre.work().transfers().export(List.of(sent.reference()), "outreach",
                TransferKind.MOVE)).isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.MOVE_NOT_OWNER));
        byte[] move = send(sent, TransferKind.MOVE);
        byte[] again = send(sent, TransferKind.MOVE);
        assertThat(again).as("a lost move file can be sent again").isNotEmpty();
        receive(move);
        assertThat(centre.work().transfers().export(List.of(sent.reference()), "outreach", TransferKind.MOVE)
                .cases()).as("once moved here, this casebook owns it").isEqualTo(1);
    }

    /**
     * Every row except the record of what happened (the audit trail and its head, the transfer settings, the
     * paired casebook's counter of files received) and the search index's internal pages.
     */
    private static List<String> content(TransferCasebooks.Laptop laptop) {
        return TransfersTest.everything(laptop.casebook()).stream().filter(l -> !l.startsWith("audit")
                && !l.startsWith("casebook_setting|") && !l.startsWith("case_fts_") && !l.startsWith("paired_"))
                .toList();
    }

    private static void assertReceiptRefused(TransferCasebooks.Laptop at, byte[] receipt, String reason) {
        assertThatThrownBy(() -> at.work().transfers().confirmMove(receipt))
                .isInstanceOfSatisfying(CaseworkException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.RECEIPT_REFUSED);
                    assertThat(e.arguments()).containsExactly(reason);
                });
    }

    private void assertUndoRefused(long number, String reason) {
        assertThatThrownBy(() -> centre.work().transfers().undoImport(number))
                .isInstanceOfSatisfying(CaseworkException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNDO_REFUSED);
                    assertThat(e.arguments()).containsExactly(reason);
                });
    }
}
