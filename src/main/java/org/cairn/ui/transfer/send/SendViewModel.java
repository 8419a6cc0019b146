package org.cairn.ui.transfer.send;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casebook.CaseReference;
import org.cairn.templates.Printable;
import org.cairn.transfer.ExportedTransfer;
import org.cairn.transfer.PairedCasebook;
import org.cairn.transfer.TransferKind;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;
import org.cairn.ui.transfer.FileSaver;

/**
 * Sending cases to a paired casebook in the app: the cases (the case list's selection, or references typed), the
 * paired casebook, move or share, and where to save the file. The file is sealed to that casebook and signed by
 * this one; the slow work runs on the task runner.
 */
public final class SendViewModel {
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final FileChooserService files;
    private final StringProperty references = new SimpleStringProperty("");
    private final ObservableList<String> receivers = FXCollections.observableArrayList();
    private final StringProperty receiver = new SimpleStringProperty();
    private final ObjectProperty<TransferKind> kind = new SimpleObjectProperty<>(TransferKind.SHARE);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty saveElsewhereOffered = new SimpleBooleanProperty();
    private final FileSaver saver = new FileSaver();
    private Made unsaved;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);

    /** {@code selected}: the references chosen in the case list, or none. */
    public SendViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, FileChooserService files, List<CaseReference> selected) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.files = Objects.requireNonNull(files);
        references.set(String.join(" ", selected.stream().map(CaseReference::toString).toList()));
        try {
            receivers.setAll(session.casework().transfers().paired().stream().map(PairedCasebook::name).toList());
        } catch (RuntimeException e) {
            error.set(errors.describe(e));
        }
        if (receivers.size() == 1) {
            receiver.set(receivers.get(0));
        }
        if (receivers.isEmpty() && error.get().isEmpty()) {
            status.set(messages.get("transfer.send.pairFirst"));
        }
    }

    /** Checks what was chosen, asks where to save, then makes and writes the file away from the screen. */
    public void send() {
        if (busy.get()) {
            return;
        }
        summary.set("");
        List<CaseReference> cases;
        try {
            cases = parse(references.get());
        } catch (IllegalArgumentException e) {
            fail(messages.get("transfer.send.badReference"));
            return;
        }
        if (cases.isEmpty()) {
            fail(messages.get("transfer.send.noCases"));
            return;
        }
        String to = receiver.get();
        if (to == null || to.isBlank()) {
            fail(messages.get(receivers.isEmpty() ? "transfer.send.pairFirst" : "transfer.send.noReceiver"));
            return;
        }
        TransferKind chosen = kind.get();
        String suggested = session.folder().toAbsolutePath().normalize().getFileName() + "-to-"
                + to.replaceAll("[^\\p{L}\\p{N}]+", "-") + "-" + chosen.name().toLowerCase(java.util.Locale.ROOT)
                + ".cairn-transfer";
        files.chooseFileToSave(messages.get("transfer.send.save.title"), suggested)
                .ifPresent(path -> write(cases, to, chosen, path));
    }

    private void write(List<CaseReference> cases, String to, TransferKind chosen, Path path) {
        busy.set(true);
        progress.set(-1);
        error.set("");
        status.set(messages.get("transfer.send.working"));
        tasks.run(work -> {
            Path folder = path.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
                throw new Unwritable(null); // checked before the file is made, so nothing is counted as sent
            }
            work.report(0.1);
            ExportedTransfer made = session.casework().transfers().export(cases, to, chosen);
            work.report(0.8);
            Made kept = new Made(made, to, chosen);
            try {
                saver.save(path, made.file());
            } catch (IOException e) {
                throw new NotSaved(kept); // recorded as sent already: the bytes are kept to save elsewhere
            }
            work.report(1.0);
            return kept;
        }, made -> saved(made, path), this::failed).onProgress(progress::set);
    }

    /** A transfer recorded here, with its file, to and how it went; kept until its file is saved. */
    private record Made(ExportedTransfer transfer, String to, TransferKind kind) {
    }

    /** Saves the file of the transfer already recorded, somewhere else; no second transfer is made. */
    public void saveElsewhere() {
        Made kept = unsaved;
        if (busy.get() || kept == null) {
            return;
        }
        files.chooseFileToSave(messages.get("transfer.send.saveElsewhere.title"), "transfer-"
                + kept.transfer().sequence() + ".cairn-transfer").ifPresent(path -> {
                    busy.set(true);
                    error.set("");
                    tasks.run(work -> {
                        try {
                            saver.save(path, kept.transfer().file());
                        } catch (IOException e) {
                            throw new NotSaved(kept);
                        }
                        return kept;
                    }, made -> saved(made, path), this::failed);
                });
    }

    /** The file could not be written where chosen; said in the screen's words, never the system's. */
    private static final class Unwritable extends IOException {
        private static final long serialVersionUID = 1L;

        Unwritable(Throwable cause) {
            super(cause);
        }
    }

    /** The transfer was recorded, then its file could not be saved; carries the file to save elsewhere. */
    private static final class NotSaved extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Made made;

        NotSaved(Made made) {
            this.made = made;
        }
    }

    private void saved(Made made, Path path) {
        busy.set(false);
        status.set("");
        unsaved = null;
        saveElsewhereOffered.set(false);
        String line = messages.format(made.kind() == TransferKind.MOVE ? "transfer.send.sent.move"
                : "transfer.send.sent.share", made.transfer().cases(), Printable.of(made.to()),
                made.transfer().sequence(), path.toString());
        summary.set(line);
    }

    private void failed(Exception failure) {
        busy.set(false);
        if (failure instanceof NotSaved notSaved) {
            unsaved = notSaved.made;
            saveElsewhereOffered.set(true);
            fail(messages.format("transfer.send.notSaved", notSaved.made.transfer().sequence(),
                    Printable.of(notSaved.made.to())));
            return;
        }
        fail(failure instanceof Unwritable ? messages.get("transfer.send.unwritable") : errors.describe(failure));
    }

    private void fail(String text) {
        status.set("");
        error.set(text);
    }

    /** References separated by spaces, commas or lines; each once, in the order typed. */
    static List<CaseReference> parse(String text) {
        Set<CaseReference> found = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).split("[\\s,;]+")) {
            if (!part.isEmpty()) {
                found.add(CaseReference.parse(part));
            }
        }
        return List.copyOf(found);
    }

    public void back() {
        navigator.home(session);
    }

    /** The cases to send, as references (e.g. C-2026-0042), separated by spaces or commas. */
    public StringProperty referencesProperty() {
        return references;
    }

    /** The names of the paired casebooks. */
    public ObservableList<String> receivers() {
        return receivers;
    }

    public StringProperty receiverProperty() {
        return receiver;
    }

    public ObjectProperty<TransferKind> kindProperty() {
        return kind;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** What was written, where, and what comes next; empty until sent. */
    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True while a transfer is recorded here but its file is not saved yet: offer to save it elsewhere. */
    public BooleanProperty saveElsewhereOfferedProperty() {
        return saveElsewhereOffered;
    }

    /** The bytes of the transfer recorded but not saved yet, or null. */
    byte[] unsavedFile() {
        return unsaved == null ? null : unsaved.transfer().file().clone();
    }

    /** Between 0 and 1, or negative while the share done is not known. */
    public DoubleProperty progressProperty() {
        return progress;
    }
}
