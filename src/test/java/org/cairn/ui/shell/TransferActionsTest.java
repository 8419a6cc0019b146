package org.cairn.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casework.Casework;
import org.cairn.casework.Role;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.LiveSettings;
import org.cairn.ui.common.MemorySettings;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.ui.shell.Shortcut.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transfer screens' menu entries and keys open them with a casebook open, never for a coordinator. */
class TransferActionsTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final List<String> opened = new ArrayList<>();

    private TransferActions actions(ShellViewModel shell) {
        TransferActions actions = new TransferActions(shell);
        actions.setHandlers(s -> opened.add("pairing"), s -> opened.add("send"), s -> opened.add("moves"));
        shell.setOnTransferImport(s -> opened.add("import"));
        return actions;
    }

    private ShellViewModel shell() {
        return new ShellViewModel(Fakes.messages(), new SyncTaskRunner(), new Fakes.Clipboard(),
                new IdleLock(clock, Duration.ofMinutes(5)),
                new BackupViewModel(Fakes.messages(), new Fakes.Files(), new Fakes.Dialogs(), new SyncTaskRunner(),
                        clock), new LiveSettings(new MemorySettings()));
    }

    private void runAll(TransferActions actions) {
        for (Action action : List.of(Action.TRANSFER_PAIRING, Action.TRANSFER_SEND, Action.TRANSFER_MOVES,
                Action.TRANSFER_IMPORT)) {
            actions.run(action);
        }
    }

    @Test
    void eachOpensItsScreenAndOtherActionsAreLeftToTheShell() {
        ShellViewModel shell = shell();
        TransferActions actions = actions(shell);
        runAll(actions);
        assertThat(opened).as("nothing without an open casebook").isEmpty();
        try (Session admin = DemoSessions.create(temp.resolve("book"), clock, 1)) {
            shell.sessionStarted(admin);
            runAll(actions);
            assertThat(opened).containsExactly("pairing", "send", "moves", "import");
        }
    }

    @Test
    void aCoordinatorIsOfferedNone() {
        ShellViewModel shell = shell();
        TransferActions actions = actions(shell);
        try (Session admin = DemoSessions.create(temp.resolve("book"), clock, 1)) {
            // The same casebook acted on by a coordinator; closed with the administrator's session.
            shell.sessionStarted(new Session(admin.folder(), admin.vault(), admin.casebook(),
                    Casework.actingAs(admin.casebook(), Role.COORDINATOR)));
            runAll(actions);
            assertThat(opened).isEmpty();
        }
    }

    @Test
    void theirKeysAreInTheOneListOfShortcuts() {
        for (Action action : List.of(Action.TRANSFER_PAIRING, Action.TRANSFER_SEND, Action.TRANSFER_MOVES)) {
            assertThat(TransferActions.handles(action)).isTrue();
            assertThat(Shortcuts.forAction(action).map(Shortcut::primary)).as(action.name()).isPresent();
        }
        assertThat(TransferActions.handles(Action.LOCK)).isFalse();
    }
}
