package org.cairn.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.cairn.ui.common.Session;
import org.cairn.ui.shell.Shortcut.Action;

/**
 * The transfer screens the menus and shortcuts open (pairing, sending, moves and receipts), kept out of
 * {@link ShellViewModel}. Like the import screen, they are offered only with a casebook open and never to a role
 * that may not see cases.
 */
public final class TransferActions {
    private final ShellViewModel shell;
    private final Map<Action, Consumer<Session>> handlers = new EnumMap<>(Action.class);

    public TransferActions(ShellViewModel shell) {
        this.shell = Objects.requireNonNull(shell);
    }

    /** What each of the three actions opens; set by the composition root. */
    public void setHandlers(Consumer<Session> pairing, Consumer<Session> send, Consumer<Session> moves) {
        handlers.put(Action.TRANSFER_PAIRING, Objects.requireNonNull(pairing));
        handlers.put(Action.TRANSFER_SEND, Objects.requireNonNull(send));
        handlers.put(Action.TRANSFER_MOVES, Objects.requireNonNull(moves));
    }

    /** Runs {@code action} if it is one of these; otherwise leaves it to the shell. */
    public void run(Action action) {
        if (!handles(action)) {
            shell.run(action);
            return;
        }
        Session open = shell.sessionProperty().get();
        Consumer<Session> handler = handlers.get(action);
        if (open != null && shell.caseScreensProperty().get() && handler != null) {
            handler.accept(open);
        }
    }

    static boolean handles(Action action) {
        return action == Action.TRANSFER_PAIRING || action == Action.TRANSFER_SEND || action == Action.TRANSFER_MOVES;
    }
}
