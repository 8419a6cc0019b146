package org.cairn.ui.transfer.moves;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casework.CaseworkException;
import org.cairn.casework.Problem;
import org.cairn.templates.Printable;
import org.cairn.transfer.MovedCase;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;
import org.cairn.ui.transfer.FileSaver;

/**
 * The steps after a transfer, in the app: the receiver writes a receipt for a move it imported; the sender applies
 * that receipt, which leaves a closed stub of each case; and an import that only added shared cases is undone
 * whole. What the use cases refuse (undoing a move or a merge) is said with the way back: the backup taken first.
 */
public final class MovesViewModel {
    /** Far above any transfer or receipt Cairn makes; a bigger file is refused before it is read into memory. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final FileChooserService files;
    private final DialogService dialogs;
    private final FileSaver saver;
    private final ObservableList<String> moves = FXCollections.observableArrayList();
    private final ObservableList<String> erasureRequests = FXCollections.observableArrayList();
    private final StringProperty importNumber = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public MovesViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, FileChooserService files, DialogService dialogs) {
        this(session, messages, navigator, tasks, errors, files, dialogs, null);
    }

    /** {@code sink}: how a receipt's bytes reach the disk; null for the ordinary way (tests make it fail). */
    MovesViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, FileChooserService files, DialogService dialogs, FileSaver.Sink sink) {
        this.saver = sink == null ? new FileSaver() : new FileSaver(sink);
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.files = Objects.requireNonNull(files);
        this.dialogs = Objects.requireNonNull(dialogs);
        refresh();
    }

    /** The cases this casebook sent as moves (awaiting a receipt, or closed stubs), and the erasures asked of it. */
    public void refresh() {
        try {
            var transfers = session.casework().transfers();
            moves.setAll(transfers.moves().stream().map(this::line).toList());
            erasureRequests.setAll(transfers.erasureRequests().stream()
                    .map(ref -> messages.format("transfer.moves.erasure.line", ref)).toList());
        } catch (RuntimeException e) {
            fail(errors.describe(e));
        }
    }

    private String line(MovedCase m) {
        String to = m.receiverName().isEmpty() ? m.receiverId() : Printable.of(m.receiverName());
        return m.confirmed()
                ? messages.format("transfer.moves.line.closed", m.reference(), to, m.sequence(),
                        messages.dates().moment(m.sentAt()), messages.dates().moment(m.confirmedAt()))
                : messages.format("transfer.moves.line.awaiting", m.reference(), to, m.sequence(),
                        messages.dates().moment(m.sentAt()));
    }

    /** Receiving side: for a move file imported here, writes a receipt signed by this casebook for the sender. */
    public void writeReceipt() {
        if (busy.get()) {
            return;
        }
        var transfer = files.chooseFileToOpen(messages.get("transfer.moves.receipt.for.title"));
        if (transfer.isEmpty()) {
            return;
        }
        String suggested = stem(transfer.get()) + "-receipt.cairn-receipt";
        var out = files.chooseFileToSave(messages.get("transfer.moves.receipt.save.title"), suggested);
        if (out.isEmpty()) {
            return;
        }
        run(() -> {
            byte[] receipt = session.casework().transfers().moveReceipt(read(transfer.get()));
            write(out.get(), receipt);
            return messages.format("transfer.moves.receipt.written", out.get().toString());
        });
    }

    /** Sending side: checks the receiver's receipt and keeps only a closed stub of each case it names. */
    public void applyReceipt() {
        if (busy.get()) {
            return;
        }
        files.chooseFileToOpen(messages.get("transfer.moves.confirm.title")).ifPresent(path -> run(() -> {
            List<MovedCase> stubs = session.casework().transfers().confirmMove(read(path));
            return messages.format("transfer.moves.confirmed", stubs.size(),
                    String.join(", ", stubs.stream().map(MovedCase::reference).toList()));
        }));
    }

    /** Undoes the import whose number was typed (shown after each import), after asking. */
    public void undoNumber() {
        long number;
        try {
            number = Long.parseLong(importNumber.get() == null ? "" : importNumber.get().strip());
        } catch (NumberFormatException e) {
            fail(messages.get("transfer.moves.undo.badNumber"));
            return;
        }
        if (number < 1) {
            fail(messages.get("transfer.moves.undo.badNumber"));
            return;
        }
        undo(number);
    }

    /** Undoes the import of a transfer file chosen again (its number is looked up), after asking. */
    public void undoFile() {
        if (busy.get()) {
            return;
        }
        files.chooseFileToOpen(messages.get("transfer.moves.undo.file.title")).ifPresent(path -> {
            busy.set(true);
            error.set("");
            status.set(messages.get("transfer.moves.working"));
            // The file is read and opened away from the screen; the question is asked back on it.
            tasks.run(progress -> session.casework().transfers().importNumber(read(path)), (OptionalLong number) -> {
                busy.set(false);
                status.set("");
                if (number.isEmpty()) {
                    fail(messages.get("transfer.moves.undo.notImported"));
                } else {
                    undo(number.getAsLong());
                }
            }, failure -> {
                busy.set(false);
                fail(failure instanceof IOException io ? words(io) : errors.describe(failure));
            });
        });
    }

    private void undo(long number) {
        if (busy.get() || !dialogs.confirm(messages.get("transfer.moves.undo.confirm.title"),
                messages.format("transfer.moves.undo.confirm", number))) {
            return;
        }
        run(() -> {
            List<String> removed = session.casework().transfers().undoImport(number);
            return messages.format("transfer.moves.undone", number, removed.size(), String.join(", ", removed));
        });
    }

    @FunctionalInterface
    private interface Step {
        String call() throws Exception;
    }

    private void run(Step step) {
        busy.set(true);
        error.set("");
        status.set(messages.get("transfer.moves.working"));
        tasks.run(progress -> step.call(), done -> {
            busy.set(false);
            status.set(done);
            refresh();
        }, failure -> {
            busy.set(false);
            fail(failure instanceof IOException io ? words(io) : refusal(failure));
        });
    }

    /** A refused undo of a move or a merge: the use case's words, then which backup takes the casebook back. */
    private String refusal(Exception failure) {
        String said = errors.describe(failure);
        if (failure instanceof CaseworkException refused && refused.problem() == Problem.UNDO_REFUSED
                && !refused.arguments().isEmpty()
                && List.of("MERGED", "MOVE_IMPORT").contains(String.valueOf(refused.arguments().get(0)))) {
            List<Path> backups = TransferBackups.beside(session.folder());
            said += "\n" + (backups.isEmpty() ? messages.get("transfer.moves.backup.none")
                    : messages.format("transfer.moves.backup", backups.get(0).toString(), backups.size()));
        }
        return said;
    }

    private String words(IOException e) {
        return messages.get(e instanceof TooLarge ? "transfer.moves.tooLarge"
                : e instanceof Unwritable ? "transfer.moves.unwritable" : "transfer.moves.unreadable");
    }

    private static byte[] read(Path path) throws IOException {
        if (Files.size(path) > MAX_FILE_BYTES) {
            throw new TooLarge();
        }
        return Files.readAllBytes(path);
    }

    /** Saved whole or not at all, as a transfer file is: a failed write leaves no receipt, nor part of one. */
    private void write(Path path, byte[] bytes) throws Unwritable {
        try {
            saver.save(path, bytes);
        } catch (IOException e) {
            throw new Unwritable();
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static final class Unwritable extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private void fail(String text) {
        status.set("");
        error.set(text);
    }

    public void back() {
        navigator.home(session);
    }

    /** One line per case sent as a move: awaiting its receipt, or a closed stub. */
    public ObservableList<String> moves() {
        return moves;
    }

    /** One line per case here whose owner erased it and asked, in a transfer file, that this copy go too. */
    public ObservableList<String> erasureRequests() {
        return erasureRequests;
    }

    /** The number of the import to undo, as typed. */
    public StringProperty importNumberProperty() {
        return importNumber;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
