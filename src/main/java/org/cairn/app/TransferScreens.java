package org.cairn.app;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.cairn.casebook.CaseReference;
import org.cairn.ui.common.ClipboardService;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;
import org.cairn.ui.shell.ShellWindow;
import org.cairn.ui.transfer.moves.MovesView;
import org.cairn.ui.transfer.moves.MovesViewModel;
import org.cairn.ui.transfer.pairing.PairingView;
import org.cairn.ui.transfer.pairing.PairingViewModel;
import org.cairn.ui.transfer.send.SendView;
import org.cairn.ui.transfer.send.SendViewModel;

/**
 * Opens the transfer screens the Tools menu offers beside the import (pairing, sending, moves and receipts), so
 * that {@link AppNavigator} and the shell's model do not grow with them.
 */
final class TransferScreens {
    /** What the shown screen needs to open another: the navigator, and whether its unsaved work may be left. */
    record Host(Navigator navigator, BooleanSupplier mayLeave, Function<Session, List<CaseReference>> selected) {
    }

    private final Host host;
    private final Messages messages;
    private final ErrorMessages errors;
    private final TaskRunner tasks;
    private final FileChooserService files;
    private final DialogService dialogs;
    private final ClipboardService clipboard;
    private final ShellWindow window;

    TransferScreens(Host host, Messages messages, TaskRunner tasks, FileChooserService files, DialogService dialogs,
            ClipboardService clipboard, ShellWindow window) {
        this.host = host;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.tasks = tasks;
        this.files = files;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.window = window;
        window.transfers().setHandlers(this::pairing, this::send, this::moves);
    }

    void pairing(Session session) {
        if (host.mayLeave().getAsBoolean()) {
            var model = new PairingViewModel(session, messages, host.navigator(), errors, files, clipboard);
            window.show(new PairingView(model, messages).build(), true);
        }
    }

    /** Sending starts with the case chosen in the case list, if any. */
    void send(Session session) {
        if (host.mayLeave().getAsBoolean()) {
            var model = new SendViewModel(session, messages, host.navigator(), tasks, errors, files,
                    host.selected().apply(session));
            window.show(new SendView(model, messages).build(), true);
        }
    }

    void moves(Session session) {
        if (host.mayLeave().getAsBoolean()) {
            var model = new MovesViewModel(session, messages, host.navigator(), tasks, errors, files, dialogs);
            window.show(new MovesView(model, messages).build(), true);
        }
    }
}
