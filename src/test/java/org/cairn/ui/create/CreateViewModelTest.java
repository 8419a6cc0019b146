package org.cairn.ui.create;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateViewModelTest {
    @TempDir
    Path folder;
    @TempDir
    Path usbStick;
    @TempDir
    Path dataFolder;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Fakes.Recent recent = new Fakes.Recent();

    private CreateViewModel model() {
        return new CreateViewModel(folder, Fakes.messages(), navigator, Fakes.gateway(new MutableClock(Fakes.START)),
                new SyncTaskRunner(), recent, new ErrorMessages(Fakes.messages()));
    }

    @Test
    void shortOrDifferentPassphrasesAreNotAcceptable() {
        CreateViewModel model = model();
        model.update("short".toCharArray(), "short".toCharArray());
        assertThat(model.acceptableProperty().get()).isFalse();
        assertThat(model.strengthTextProperty().get()).contains("at least 10");
        model.update("kettle orbit violet harbour".toCharArray(), "kettle orbit violet harbour!".toCharArray());
        assertThat(model.acceptableProperty().get()).isFalse();
        assertThat(model.validationProperty().get()).isEqualTo("The two passphrases are different.");
        model.update("river lamp quiet".toCharArray(), "river lamp quiet".toCharArray());
        assertThat(model.acceptableProperty().get()).as("three common words are guessed too soon").isFalse();
        assertThat(model.strengthTextProperty().get()).startsWith("Too easy to guess");
        model.update("kettle orbit violet harbour".toCharArray(), "kettle orbit violet harbour".toCharArray());
        assertThat(model.acceptableProperty().get()).isTrue();
        assertThat(model.validationProperty().get()).isEmpty();
    }

    @Test
    void refusesAGuessablePassphraseSayingWhy() {
        char[] first = "password12".toCharArray();
        CreateViewModel model = model();
        model.update(first, new char[0]);
        assertThat(model.strengthTextProperty().get()).contains("every attacker's list");
        model.create(first, "password12".toCharArray());
        assertThat(model.errorProperty().get()).contains("too easy to guess");
        assertThat(first).containsOnly('\0');
        assertThat(navigator.visits).isEmpty();
    }

    @Test
    void refusesAnInvalidPassphraseAndWipesBothArrays() {
        char[] first = "tooshort".toCharArray();
        char[] second = "tooshort".toCharArray();
        CreateViewModel model = model();
        model.create(first, second);
        assertThat(model.errorProperty().get()).contains("at least 10");
        assertThat(new String(first)).isEqualTo("\0".repeat(8));
        assertThat(new String(second)).isEqualTo("\0".repeat(8));
        assertThat(navigator.visits).isEmpty();
    }

    @Test
    void createsTheCasebookThenShowsTheRecoveryKey() {
        char[] second = "kettle orbit violet harbour".toCharArray();
        model().create("kettle orbit violet harbour".toCharArray(), second);
        assertThat(navigator.visits).containsExactly("recoveryKey");
        assertThat(new String(navigator.lastKey)).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){8}");
        assertThat(recent.folders).containsExactly(folder);
        assertThat(second).containsOnly('\0');
        assertThat(navigator.lastSession.casework().upkeep().pendingRecoveryKey()).as("kept until confirmed")
                .hasValueSatisfying(kept -> assertThat(kept).containsExactly(navigator.lastKey));
        navigator.lastSession.close();
    }

    @Test
    void recoveryKeyScreenContinuesOnlyOnceStored() {
        model().create("kettle orbit violet harbour".toCharArray(), "kettle orbit violet harbour".toCharArray());
        char[] key = navigator.lastKey.clone();
        RecoveryKeyViewModel recovery = new RecoveryKeyViewModel(navigator, navigator.lastSession, key,
                Fakes.messages(), new Fakes.Files(), new SyncTaskRunner(), dataFolder);
        recovery.proceed();
        assertThat(navigator.visits).containsExactly("recoveryKey");
        recovery.storedProperty().set(true);
        recovery.proceed();
        assertThat(navigator.visits).containsExactly("recoveryKey", "cases");
        assertThat(key).containsOnly('\0');
        navigator.lastSession.close();
    }

    @Test
    void theRecoveryKeyCanBeSavedAsAOnePagePdfWithoutAuthorOrProducer() throws Exception {
        model().create("kettle orbit violet harbour".toCharArray(), "kettle orbit violet harbour".toCharArray());
        String expected = new String(navigator.lastKey);
        Fakes.Files files = new Fakes.Files();
        RecoveryKeyViewModel recovery = new RecoveryKeyViewModel(navigator, navigator.lastSession,
                navigator.lastKey.clone(), Fakes.messages(), files, new SyncTaskRunner(), dataFolder);
        recovery.savePdf();
        assertThat(recovery.messageProperty().get()).as("cancelled: nothing written, nothing said").isEmpty();

        Path target = usbStick.resolve("key.pdf");
        files.answers.add(target);
        recovery.savePdf();

        assertThat(recovery.messageProperty().get()).contains("key.pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(java.nio.file.Files.readAllBytes(target))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(expected);
            assertThat(pdf.getDocumentInformation().getProducer()).isNull();
            assertThat(pdf.getDocumentInformation().getAuthor()).isNull();
        }
        navigator.lastSession.close();
    }
}
