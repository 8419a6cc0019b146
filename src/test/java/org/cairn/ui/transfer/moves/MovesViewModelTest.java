package org.cairn.ui.transfer.moves;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.CaseReference;
import org.cairn.casework.TransferCasebooks;
import org.cairn.casework.TransferCasebooks.Laptop;
import org.cairn.transfer.TransferKind;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.ui.transfer.TransferScreenModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receipts asked for the wrong file, or saved where they cannot be, are refused in words and write nothing. */
class MovesViewModelTest {
    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    Laptop outreach;
    Laptop centre;
    TransferScreenModels here;

    @BeforeEach
    void twoPairedLaptops() {
        casebooks = new TransferCasebooks(dir);
        outreach = casebooks.laptop("outreach");
        centre = casebooks.laptop("centre");
        TransferCasebooks.pair(outreach, centre);
        here = new TransferScreenModels(dir, centre);
    }

    @AfterEach
    void close() {
        casebooks.close();
    }

    private Path send(TransferKind kind, String name) throws Exception {
        CaseReference reference = outreach.caseWithHistory("Amal").reference();
        return Files.write(dir.resolve(name), outreach.work().transfers().export(List.of(reference), "centre", kind)
                .file());
    }

    @Test
    void aReceiptIsRefusedForAShareForAFileNotImportedAndWhereItCannotBeSaved() throws Exception {
        Path share = send(TransferKind.SHARE, "share.cairn-transfer");
        Path move = send(TransferKind.MOVE, "move.cairn-transfer");
        MovesViewModel model = here.moves();
        assertThat(model.moves()).isEmpty();

        receipt(model, move, dir.resolve("early.cairn-receipt"));
        assertThat(model.errorProperty().get()).isEqualTo(here.messages.get("problem.receipt-refused.not-imported"));
        centre.work().transfers().importFile(centre.vault(), Files.readAllBytes(share), dir.resolve("1.backup"));
        receipt(model, share, dir.resolve("share.cairn-receipt"));
        assertThat(model.errorProperty().get()).isEqualTo(here.messages.get("problem.receipt-refused.not-a-move"));
        centre.work().transfers().importFile(centre.vault(), Files.readAllBytes(move), dir.resolve("2.backup"));
        receipt(model, move, dir.resolve("no-such-folder").resolve("move.cairn-receipt"));
        assertThat(model.errorProperty().get()).isEqualTo(here.messages.get("transfer.moves.unwritable"));
        receipt(model, dir.resolve("gone.cairn-transfer"), dir.resolve("gone.cairn-receipt"));
        assertThat(model.errorProperty().get()).isEqualTo(here.messages.get("transfer.moves.unreadable"));
        assertThat(model.busyProperty().get()).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".cairn-receipt"))).as("no receipt was written")
                    .isEmpty();
        }

        receipt(model, move, dir.resolve("move.cairn-receipt"));
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(dir.resolve("move.cairn-receipt")).isNotEmptyFile();
    }

    @Test
    void aReceiptWhoseWritingFailsPartWayLeavesNoFileBehind() throws Exception {
        Path move = send(TransferKind.MOVE, "move.cairn-transfer");
        centre.work().transfers().importFile(centre.vault(), Files.readAllBytes(move), dir.resolve("1.backup"));
        // Half the receipt reaches the disk, then the stick is pulled.
        MovesViewModel model = new MovesViewModel(here.session(), here.messages, new RecordingNavigator(),
                new SyncTaskRunner(), new ErrorMessages(here.messages), here.files, here.dialogs, (channel, bytes) -> {
                    channel.write(java.nio.ByteBuffer.wrap(bytes, 0, bytes.length / 2));
                    throw new java.io.IOException("device removed");
                });
        receipt(model, move, dir.resolve("move.cairn-receipt"));
        assertThat(model.errorProperty().get()).isEqualTo(here.messages.get("transfer.moves.unwritable"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no receipt and no part of one is left")
                    .noneMatch(name -> name.endsWith(".cairn-receipt") || name.endsWith(".part"));
        }
    }

    @Test
    void aTransferFileIsNotAReceiptAndNothingChanges() throws Exception {
        Path move = send(TransferKind.MOVE, "move.cairn-transfer");
        TransferScreenModels there = new TransferScreenModels(dir, outreach);
        MovesViewModel sending = there.moves();
        there.files.answers.add(move);
        sending.applyReceipt();
        assertThat(sending.errorProperty().get())
                .isEqualTo(there.messages.get("problem.receipt-refused.not-a-receipt"));
        assertThat(sending.moves()).singleElement().asString().endsWith("awaiting its receipt");
    }

    @Test
    void backupsBesideTheFolderAreFoundByNameNewestFirst() throws Exception {
        for (String name : List.of("centre-before-transfer-20261201-100000.backup",
                "centre-before-transfer-20261207-090000.backup", "other-before-transfer-20261208-000000.backup",
                "centre-before-transfer-20261203-100000.txt")) {
            Files.writeString(dir.resolve(name), "x");
        }
        assertThat(TransferBackups.beside(dir.resolve("centre"))).extracting(p -> p.getFileName().toString())
                .containsExactly("centre-before-transfer-20261207-090000.backup",
                        "centre-before-transfer-20261201-100000.backup");
    }

    private void receipt(MovesViewModel model, Path transfer, Path out) {
        here.files.answers.add(transfer);
        here.files.answers.add(out);
        model.writeReceipt();
    }
}
