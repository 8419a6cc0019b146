package org.cairn.ui.create;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryKeyViewModelTest {
    private static final String KEY = "ABCD-EFGH-JKLM-NPQR";
    @TempDir
    Path temp;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Fakes.Files files = new Fakes.Files();
    private Session session;
    private Path dataFolder;

    @BeforeEach
    void open() throws Exception {
        session = DemoSessions.create(temp.resolve("book"), new MutableClock(Fakes.START), 1);
        dataFolder = Files.createDirectories(temp.resolve("cairn-data"));
        session.casework().upkeep().keepPendingRecoveryKey(KEY.toCharArray());
    }

    @AfterEach
    void close() {
        session.close();
    }

    private RecoveryKeyViewModel model(char[] key) {
        return new RecoveryKeyViewModel(navigator, session, key, Fakes.messages(), files, new SyncTaskRunner(),
                dataFolder);
    }

    @Test
    void theKeyIsWipedWhenTheScreenIsLeftWithoutContinuingButStaysWaitingInTheCasebook() {
        char[] key = KEY.toCharArray();
        RecoveryKeyViewModel model = model(key);
        assertThat(model.keyText()).isEqualTo(KEY);
        model.wipe();
        assertThat(key).containsOnly('\0');
        assertThat(model.shownKeyProperty().get()).isEmpty();
        assertThat(navigator.visits).isEmpty();
        assertThat(session.casework().upkeep().pendingRecoveryKey()).hasValueSatisfying(
                kept -> assertThat(new String(kept)).isEqualTo(KEY));
    }

    @Test
    void confirmingRemovesTheKeyForGoodAndTheAuditTrailSaysSoWithoutTheKey() {
        char[] key = KEY.toCharArray();
        RecoveryKeyViewModel model = model(key);
        model.proceed();
        assertThat(navigator.visits).as("not ticked: nothing happens").isEmpty();
        assertThat(session.casework().upkeep().pendingRecoveryKey()).isPresent();

        model.storedProperty().set(true);
        model.proceed();

        assertThat(navigator.visits).containsExactly("cases");
        assertThat(key).containsOnly('\0');
        assertThat(session.casework().upkeep().pendingRecoveryKey()).isEmpty();
        var entries = session.casebook().audit().forSubject("setting:recovery-key.pending");
        assertThat(entries).extracting(e -> e.action())
                .containsExactly(AuditAction.SETTING_SAVED, AuditAction.SETTING_REMOVED);
        assertThat(session.casebook().audit().recent(50)).allSatisfy(entry -> {
            assertThat(String.valueOf(entry.subject())).doesNotContain("ABCD");
            assertThat(String.valueOf(entry.reason())).doesNotContain("ABCD");
        });
    }

    @Test
    void aPdfIsRefusedInsideTheCasebookFolderOrTheDataFolderHoweverThePathIsSpelled() throws Exception {
        Path book = session.folder();
        Path linkToBook = Files.createSymbolicLink(temp.resolve("innocent-looking"), book);
        Path usb = Files.createDirectories(temp.resolve("usb"));
        List<Path> refused = List.of(book.resolve("key.pdf"), dataFolder.resolve("key.pdf"),
                dataFolder.resolve("new sub folder/key.pdf"), usb.resolve("../book/key.pdf"),
                linkToBook.resolve("key.pdf"), book);
        RecoveryKeyViewModel model = model(KEY.toCharArray());
        for (Path target : refused) {
            files.answers.add(target);
            model.savePdf();
            assertThat(model.errorProperty().get()).as(target.toString()).contains("Not saved");
            assertThat(model.messageProperty().get()).isEmpty();
        }
        assertThat(Files.exists(book.resolve("key.pdf"))).isFalse();
        assertThat(Files.exists(dataFolder.resolve("key.pdf"))).isFalse();

        files.answers.add(usb.resolve("key.pdf"));
        model.savePdf();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).contains("key.pdf");
        assertThat(Files.size(usb.resolve("key.pdf"))).isPositive();
    }

    @Test
    void aFolderThatOnlyStartsWithTheSameLettersIsNotTheCasebookFolder() throws Exception {
        Path beside = Files.createDirectories(temp.resolve("book-copies"));
        files.answers.add(beside.resolve("key.pdf"));
        model(KEY.toCharArray()).savePdf();
        assertThat(Files.exists(beside.resolve("key.pdf"))).isTrue();
    }
}
