package org.cairn.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.CaseReference;
import org.cairn.casework.TransferCasebooks;
import org.cairn.casework.TransferCasebooks.Laptop;
import org.cairn.transfer.TransferKind;
import org.cairn.ui.transfer.moves.MovesViewModel;
import org.cairn.ui.transfer.pairing.PairingViewModel;
import org.cairn.ui.transfer.send.SendViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case moves between two casebooks in temporary folders using only the screens' models: both pair by card
 * files and fingerprints, the outreach laptop sends a move, the centre imports it and writes a receipt, and the
 * outreach laptop applies the receipt, keeping a closed stub.
 */
class TransferScreensRoundTripTest {
    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    Laptop outreach;
    Laptop centre;
    TransferScreenModels there;
    TransferScreenModels here;

    @BeforeEach
    void twoLaptops() {
        casebooks = new TransferCasebooks(dir);
        outreach = casebooks.laptop("outreach");
        centre = casebooks.laptop("centre");
        there = new TransferScreenModels(dir, outreach);
        here = new TransferScreenModels(dir, centre);
    }

    @AfterEach
    void close() {
        casebooks.close();
    }

    /** Saves {@code from}'s card as a file and keeps it on {@code to} under {@code name}, checking the fingerprint. */
    private void pair(TransferScreenModels from, TransferScreenModels to, String name) {
        PairingViewModel giving = from.pairing();
        Path card = dir.resolve(name + "-card.txt");
        from.files.answers.add(card);
        giving.saveOwnCard();
        assertThat(giving.statusProperty().get()).contains(card.toString());

        PairingViewModel taking = to.pairing();
        taking.nameProperty().set(name);
        to.files.answers.add(card);
        taking.chooseCardFile();
        assertThat(taking.checkedFingerprintProperty().get()).as("the fingerprint to compare is the giver's")
                .isEqualTo(giving.ownFingerprintProperty().get()).isNotEmpty();
        assertThat(taking.keepableProperty().get()).as("not kept before the fingerprints are compared").isFalse();
        taking.fingerprintsMatchProperty().set(true);
        taking.keep();
        assertThat(taking.errorProperty().get()).isEmpty();
        assertThat(taking.paired()).singleElement().asString().startsWith(name + ": fingerprint "
                + giving.ownFingerprintProperty().get());
    }

    @Test
    void pairSendAMoveImportWriteAReceiptAndConfirmIt() throws Exception {
        pair(there, here, "outreach");
        pair(here, there, "centre");
        CaseReference reference = outreach.caseWithHistory("Amal").reference();

        SendViewModel send = there.send(List.of(reference));
        assertThat(send.referencesProperty().get()).isEqualTo(reference.toString());
        assertThat(send.receiverProperty().get()).as("the only paired casebook is chosen").isEqualTo("centre");
        send.kindProperty().set(TransferKind.MOVE);
        Path file = dir.resolve("amal.cairn-transfer");
        there.files.answers.add(file);
        send.send();
        assertThat(send.errorProperty().get()).isEmpty();
        assertThat(send.summaryProperty().get()).startsWith("Saved 1 case for centre as transfer 1: " + file);
        assertThat(send.busyProperty().get()).isFalse();
        assertThat(file).isNotEmptyFile();
        assertThat(there.moves().moves()).singleElement().asString().startsWith(reference + ": sent to centre")
                .endsWith("awaiting its receipt");

        TransferImportViewModel importer = here.importer();
        importer.open(file);
        assertThat(importer.senderProperty().get()).contains("a move");
        importer.importNow();
        assertThat(importer.importNumberProperty().get()).isEqualTo(1L);

        MovesViewModel receiving = here.moves();
        Path receipt = dir.resolve("amal-receipt.cairn-receipt");
        here.files.answers.add(file);
        here.files.answers.add(receipt);
        receiving.writeReceipt();
        assertThat(receiving.errorProperty().get()).isEmpty();
        assertThat(receiving.statusProperty().get()).startsWith("Wrote the receipt " + receipt);
        assertThat(receipt).isNotEmptyFile();

        MovesViewModel sending = there.moves();
        byte[] genuine = Files.readAllBytes(receipt);
        byte[] tampered = genuine.clone();
        tampered[tampered.length / 2] ^= 0x01;
        there.files.answers.add(Files.write(dir.resolve("tampered.cairn-receipt"), tampered));
        sending.applyReceipt();
        assertThat(sending.errorProperty().get()).isEqualTo(there.messages.get("problem.receipt-refused.tampered"));
        assertThat(outreach.casebook().cases().findByReference(reference)).as("kept while refused").isPresent();

        there.files.answers.add(receipt);
        sending.applyReceipt();
        assertThat(sending.errorProperty().get()).isEmpty();
        assertThat(sending.statusProperty().get()).startsWith("Confirmed the move of 1 case: " + reference);
        assertThat(sending.moves()).singleElement().asString().startsWith(reference + ": moved to centre")
                .endsWith("closed stub");
        assertThat(centre.casebook().cases().findByReference(reference)).isPresent();

        there.files.answers.add(receipt);
        sending.applyReceipt();
        assertThat(sending.errorProperty().get()).isEqualTo(there.messages.get("problem.receipt-refused.replayed"));
    }

    @Test
    void aSharedImportIsUndoneFromTheAppAndAMoveImportNamesItsBackup() throws Exception {
        pair(there, here, "outreach");
        pair(here, there, "centre");
        CaseReference shared = outreach.caseWithHistory("Amal").reference();
        CaseReference moved = outreach.caseWithHistory("Noor").reference();
        Path shareFile = sendFile(shared, TransferKind.SHARE, "share.cairn-transfer");
        Path moveFile = sendFile(moved, TransferKind.MOVE, "move.cairn-transfer");
        for (Path file : List.of(shareFile, moveFile)) {
            TransferImportViewModel importer = here.importer();
            importer.open(file);
            importer.importNow();
            assertThat(importer.summaryProperty().get()).isNotEmpty();
        }

        MovesViewModel moves = here.moves();
        moves.importNumberProperty().set("one");
        moves.undoNumber();
        assertThat(moves.errorProperty().get()).isEqualTo(here.messages.get("transfer.moves.undo.badNumber"));

        here.dialogs.confirmAnswer = false;
        here.files.answers.add(shareFile);
        moves.undoFile();
        assertThat(centre.casebook().cases().findByReference(shared)).as("not undone when not confirmed")
                .isPresent();

        here.dialogs.confirmAnswer = true;
        here.files.answers.add(shareFile);
        moves.undoFile();
        assertThat(moves.errorProperty().get()).isEmpty();
        assertThat(moves.statusProperty().get()).startsWith("Undid import 1: 1 case removed");
        assertThat(centre.casebook().cases().findByReference(shared)).isEmpty();

        here.files.answers.add(shareFile);
        moves.undoFile();
        assertThat(moves.errorProperty().get()).isEqualTo(here.messages.get("transfer.moves.undo.notImported"));

        moves.importNumberProperty().set(" 2 ");
        moves.undoNumber();
        assertThat(moves.errorProperty().get())
                .startsWith(here.messages.get("problem.undo-refused.move-import"))
                .contains("The backup taken before the newest import is " + dir.resolve("centre-before-transfer-"))
                .contains("2 such backups");
        assertThat(centre.casebook().cases().findByReference(moved)).isPresent();
    }

    @Test
    void theImportScreenOffersTheReceiptRightAfterAMoveAndNotAfterAShare() throws Exception {
        pair(there, here, "outreach");
        pair(here, there, "centre");
        CaseReference shared = outreach.caseWithHistory("Amal").reference();
        CaseReference moved = outreach.caseWithHistory("Noor").reference();
        TransferImportViewModel importer = here.importer();
        importer.open(sendFile(shared, TransferKind.SHARE, "share.cairn-transfer"));
        importer.importNow();
        assertThat(importer.receiptOfferedProperty().get()).isFalse();
        importer.open(sendFile(moved, TransferKind.MOVE, "move.cairn-transfer"));
        assertThat(importer.receiptOfferedProperty().get()).as("not before the import").isFalse();
        importer.importNow();
        assertThat(importer.receiptOfferedProperty().get()).isTrue();
        assertThat(importer.summaryProperty().get()).contains("write a receipt for the sender (below");

        Path receipt = dir.resolve("noor.cairn-receipt");
        here.files.answers.add(receipt);
        importer.writeReceipt();
        assertThat(importer.statusProperty().get()).startsWith("Wrote the receipt " + receipt);
        assertThat(importer.receiptOfferedProperty().get()).isFalse();

        MovesViewModel sending = there.moves();
        there.files.answers.add(receipt);
        sending.applyReceipt();
        assertThat(sending.statusProperty().get()).startsWith("Confirmed the move of 1 case: " + moved);
        assertThat(outreach.casebook().cases().findByReference(shared)).as("the shared case stays").isPresent();
    }

    private Path sendFile(CaseReference reference, TransferKind kind, String name) {
        SendViewModel send = there.send(List.of(reference));
        send.kindProperty().set(kind);
        Path file = dir.resolve(name);
        there.files.answers.add(file);
        send.send();
        assertThat(send.errorProperty().get()).isEmpty();
        return file;
    }
}
