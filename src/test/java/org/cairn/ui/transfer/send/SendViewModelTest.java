package org.cairn.ui.transfer.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.CaseReference;
import org.cairn.casework.TransferCasebooks;
import org.cairn.casework.TransferCasebooks.Laptop;
import org.cairn.transfer.TransferKind;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.ui.transfer.TransferScreenModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sending on the screen: what is checked before a file is made, and what is said when it cannot be. */
class SendViewModelTest {
    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    Laptop outreach;
    Laptop centre;
    TransferScreenModels screens;

    @BeforeEach
    void twoLaptops() {
        casebooks = new TransferCasebooks(dir);
        outreach = casebooks.laptop("outreach");
        centre = casebooks.laptop("centre");
        screens = new TransferScreenModels(dir, outreach);
    }

    @AfterEach
    void close() {
        casebooks.close();
    }

    @Test
    void withNoPairedCasebookItSaysToPairFirstAndWritesNothing() {
        CaseReference reference = outreach.caseWithHistory("Amal").reference();
        SendViewModel model = screens.send(List.of(reference));
        assertThat(model.statusProperty().get()).isEqualTo(screens.messages.get("transfer.send.pairFirst"));
        screens.files.answers.add(dir.resolve("x.cairn-transfer"));
        model.send();
        assertThat(model.errorProperty().get()).isEqualTo(screens.messages.get("transfer.send.pairFirst"));
        assertThat(screens.files.answers).as("no file was asked for").hasSize(1);
    }

    @Test
    void badReferencesAndAFolderThatCannotBeWrittenSendNothing() {
        TransferCasebooks.pair(outreach, centre);
        CaseReference reference = outreach.caseWithHistory("Amal").reference();
        SendViewModel model = screens.send(List.of());
        assertThat(model.referencesProperty().get()).isEmpty();
        model.send();
        assertThat(model.errorProperty().get()).isEqualTo(screens.messages.get("transfer.send.noCases"));
        for (String typed : List.of("C-2026-00O1", "C\u20132026\u20130001", "C-2026-0001\u200b", "Amal")) {
            model.referencesProperty().set(reference + ", " + typed);
            model.send();
            assertThat(model.errorProperty().get()).as(typed)
                    .isEqualTo(screens.messages.get("transfer.send.badReference"));
        }
        model.referencesProperty().set("C-2099-0001");
        screens.files.answers.add(dir.resolve("missing.cairn-transfer"));
        model.send();
        assertThat(model.errorProperty().get()).isEqualTo(screens.messages.get("problem.not-found"));

        model.referencesProperty().set(reference + " " + reference);
        screens.files.answers.add(dir.resolve("no-such-folder").resolve("amal.cairn-transfer"));
        model.send();
        assertThat(model.errorProperty().get()).isEqualTo(screens.messages.get("transfer.send.unwritable"));
        assertThat(model.busyProperty().get()).isFalse();

        screens.files.answers.add(dir.resolve("amal.cairn-transfer"));
        model.send();
        assertThat(model.summaryProperty().get()).as("the failed attempts used no transfer number, sent once")
                .startsWith("Saved 1 case for centre as transfer 1:").contains("Both casebooks keep the cases.");
    }

    @Test
    void theWorkRunsAwayFromTheScreenWhichShowsItIsBusy() {
        TransferCasebooks.pair(outreach, centre);
        CaseReference reference = outreach.caseWithHistory("Amal").reference();
        SyncTaskRunner later = new SyncTaskRunner(true);
        SendViewModel model = new SendViewModel(screens.session(), screens.messages,
                new org.cairn.ui.common.RecordingNavigator(), later,
                new org.cairn.ui.common.ErrorMessages(screens.messages), screens.files, List.of(reference));
        List<Double> progress = new java.util.ArrayList<>();
        model.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
        model.kindProperty().set(TransferKind.MOVE);
        screens.files.answers.add(dir.resolve("amal.cairn-transfer"));
        model.send();
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo(screens.messages.get("transfer.send.working"));
        model.send(); // pressed again while busy: nothing more
        assertThat(later.runPending()).isEqualTo(1);
        assertThat(progress).contains(0.1, 0.8, 1.0);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.summaryProperty().get()).contains("sends back a receipt");
    }

    @Test
    void referencesAreReadOnceEachInTheOrderTyped() {
        assertThat(SendViewModel.parse(" C-2026-0002,C-2026-0001\nC-2026-0002 ; ")).containsExactly(
                CaseReference.parse("C-2026-0002"), CaseReference.parse("C-2026-0001"));
        assertThat(SendViewModel.parse("  ")).isEmpty();
        assertThatThrownBy(() -> SendViewModel.parse("C-2026-0001 C-2026")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void aFileNotSavedAfterTheTransferWasRecordedIsKeptAndSavedElsewhere() throws Exception {
        TransferCasebooks.pair(outreach, centre);
        CaseReference reference = outreach.caseWithHistory("Amal").reference();
        SendViewModel model = screens.send(List.of(reference));
        // A folder with something in it under the chosen name: the file is made, then cannot be put there.
        Path occupied = Files.createDirectories(dir.resolve("occupied.cairn-transfer"));
        Files.writeString(occupied.resolve("kept.txt"), "kept");
        screens.files.answers.add(occupied);
        model.send();
        assertThat(model.errorProperty().get()).as("the transfer is recorded, so it must not say nothing was sent")
                .doesNotContain("Nothing was sent")
                .isEqualTo(screens.messages.format("transfer.send.notSaved", 1, "centre"));
        assertThat(model.saveElsewhereOfferedProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
        byte[] made = model.unsavedFile();
        assertThat(made).isNotEmpty();

        Path good = dir.resolve("good.cairn-transfer");
        screens.files.answers.add(good);
        model.saveElsewhere();
        assertThat(good).as("the same bytes, not a second transfer").hasBinaryContent(made);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.summaryProperty().get()).startsWith("Saved 1 case for centre as transfer 1: " + good);
        assertThat(model.saveElsewhereOfferedProperty().get()).isFalse();
        assertThat(occupied.resolve("kept.txt")).hasContent("kept");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
        assertThat(centre.work().transfers().preview(Files.readAllBytes(good)).sequence()).isEqualTo(1);
    }
}
