package org.cairn.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cairn.casebook.AuditAction;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unlocking a casebook older than the copy this computer last saw: cancel, read-only or a knowing accept. */
class OlderCopyUnlockTest {
    private static final String PASSPHRASE = "an older copy came back";
    private static final List<String> FILES = List.of("casebook.cairn", "casebook.log");
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final List<Session> opened = new ArrayList<>();
    private CasebookGateway gateway;
    private Path folder;
    private Path anchors;
    private char[] recoveryKey;

    /** A casebook with one change made after a copy of its files was taken, and then that copy put back. */
    @BeforeEach
    void olderCopyPutBack() throws IOException {
        anchors = temp.resolve("data").resolve("anchors");
        gateway = new CasebookGateway(KdfPolicy.fixed(KdfParams.floor()),
                VaultOptions.standard().withAnchors(new RollbackAnchors(anchors)), clock, "tester");
        folder = temp.resolve("book");
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE.toCharArray())) {
            var created = gateway.create(folder, passphrase);
            recoveryKey = created.recoveryKey().format();
            created.recoveryKey().close();
            created.session().close();
        }
        Path older = Files.createDirectories(temp.resolve("older"));
        copy(folder, older);
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE.toCharArray());
                Session session = gateway.open(folder, passphrase)) {
            session.casebook().audit().record(AuditAction.BACKUP_MADE, "made after the older copy");
        }
        copy(older, folder);
    }

    @Test
    void cancelClosesItAndChangesNothingHereOrInTheFolder() throws IOException {
        List<byte[]> before = contents();
        UnlockViewModel model = model();
        char[] typed = PASSPHRASE.toCharArray();
        model.unlock(typed);
        assertThat(typed).containsOnly('\0');
        assertThat(model.olderCopyProperty().get()).isTrue();
        assertThat(model.olderCopyMessage()).contains("older than the copy last opened on this computer")
                .contains("At risk").contains("audit trail").contains("Cancel");
        assertThat(navigator.visits).isEmpty();
        model.unlock(PASSPHRASE.toCharArray());
        assertThat(model.olderCopyProperty().get()).as("a second unlock waits for the choice").isTrue();
        model.cancelOlderCopy();
        assertThat(model.olderCopyProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).startsWith("Nothing was changed.");
        assertThat(navigator.visits).isEmpty();
        assertThat(contents()).containsExactlyElementsOf(before);
        model().unlock(PASSPHRASE.toCharArray());
        assertThat(navigator.visits).as("still reported at the next unlock").isEmpty();
    }

    @Test
    void readOnlyShowsTheCasesAndCannotChangeThem() throws IOException {
        List<byte[]> before = contents();
        UnlockViewModel model = model();
        model.unlock(PASSPHRASE.toCharArray());
        model.openOlderCopyReadOnly();
        assertThat(navigator.visits).containsExactly("cases");
        Session session = track(navigator.lastSession);
        assertThat(session.vault().readOnly()).isTrue();
        assertThat(session.vault().openReport().olderThanRemembered()).isNotNull();
        session.close();
        assertThat(contents()).containsExactlyElementsOf(before);
    }

    @Test
    void acceptingOpensItForWritingRecordsItAndIsNotAskedAgain() {
        UnlockViewModel model = model();
        model.unlock(PASSPHRASE.toCharArray());
        model.acceptOlderCopy();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(navigator.visits).containsExactly("cases");
        Session session = track(navigator.lastSession);
        assertThat(session.vault().readOnly()).isFalse();
        var accepted = session.casebook().audit().latest(AuditAction.OLDER_COPY_ACCEPTED);
        assertThat(accepted).isPresent();
        assertThat(accepted.get().reason()).contains("older than the copy last opened");
        assertThat(session.casebook().audit().latest(AuditAction.BACKUP_MADE))
                .as("the change made after the older copy is gone, as the dialog warned").isEmpty();
        assertThat(session.casebook().audit().verify().isOk()).isTrue();
        session.close();
        model().unlock(PASSPHRASE.toCharArray());
        assertThat(navigator.visits).containsExactly("cases", "cases");
        assertThat(track(navigator.lastSession).vault().readOnly()).isFalse();
    }

    @Test
    void acceptingAfterTheRecoveryKeyGoesOnToANewPassphrase() {
        UnlockViewModel model = model();
        model.useRecoveryKeyProperty().set(true);
        model.unlock(recoveryKey.clone());
        assertThat(model.olderCopyProperty().get()).isTrue();
        model.acceptOlderCopy();
        assertThat(navigator.visits).containsExactly("newPassphrase");
        assertThat(track(navigator.lastSession).vault().readOnly()).isFalse();
    }

    @Test
    void choicesWithNothingWaitingDoNothing() {
        UnlockViewModel model = model();
        model.acceptOlderCopy();
        model.openOlderCopyReadOnly();
        model.cancelOlderCopy();
        assertThat(navigator.visits).isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @org.junit.jupiter.api.AfterEach
    void closeSessions() {
        opened.forEach(Session::close);
    }

    private Session track(Session session) {
        opened.add(session);
        return session;
    }

    private UnlockViewModel model() {
        return new UnlockViewModel(folder, Fakes.messages(), navigator, gateway, new SyncTaskRunner(),
                new Fakes.Recent(), new Fakes.Files(), new ErrorMessages(Fakes.messages()));
    }

    private List<byte[]> contents() throws IOException {
        List<byte[]> all = new ArrayList<>();
        for (Path dir : List.of(folder, anchors)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    all.add(Files.readAllBytes(file));
                }
            }
        }
        return all;
    }

    private static void copy(Path from, Path to) throws IOException {
        for (String name : FILES) {
            Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
