package org.cairn.ui.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.transfer.ImportOutcome;
import org.cairn.transfer.Resolutions;
import org.cairn.transfer.Resolutions.Choice;
import org.cairn.transfer.TransferPreview;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * Importing a transfer file in the app: the file is chosen, checked and previewed (nothing written), the advocate
 * chooses for each conflict, and only then is it imported, after a backup, in one transaction. Contact-safety
 * conflicts are chosen one by one, as on the command line. All slow work runs on the task runner.
 */
public final class TransferImportViewModel {
    /** Far above any transfer Cairn makes; a bigger file is refused before it is read into memory. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final FileChooserService files;
    private final Clock clock;
    private final PreviewWords words;
    private final FileSaver saver;
    private final ObjectProperty<TransferPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty sender = new SimpleStringProperty("");
    private final ObservableList<String> cases = FXCollections.observableArrayList();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final ObservableList<String> erasureAsked = FXCollections.observableArrayList();
    private final ObservableList<ConflictChoice> conflicts = FXCollections.observableArrayList();
    private final IntegerProperty unresolved = new SimpleIntegerProperty();
    private final StringProperty blocked = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty importable = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<Long> importNumber = new SimpleObjectProperty<>();
    private final BooleanProperty receiptOffered = new SimpleBooleanProperty();
    private byte[] file;

    public TransferImportViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, FileChooserService files, Clock clock) {
        this(session, messages, navigator, tasks, errors, files, clock, new FileSaver());
    }

    /** {@code saver}: how the receipt is saved (tests give one whose writing fails part-way). */
    TransferImportViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, FileChooserService files, Clock clock, FileSaver saver) {
        this.saver = Objects.requireNonNull(saver);
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.files = Objects.requireNonNull(files);
        this.clock = Objects.requireNonNull(clock);
        this.words = new PreviewWords(messages);
    }

    /** Asks for a transfer file, then previews it. */
    public void chooseFile() {
        files.chooseFileToOpen(messages.get("transfer.import.choose.title")).ifPresent(this::open);
    }

    /** Reads and checks {@code path} and shows what importing it would do; nothing is written. */
    public void open(Path path) {
        clear();
        status.set(messages.get("transfer.import.checking"));
        run(progress -> {
            byte[] bytes = read(path);
            progress.report(0.5);
            return new Previewed(bytes, session.casework().transfers().preview(bytes));
        }, this::show);
    }

    private record Previewed(byte[] file, TransferPreview preview) {
    }

    private static byte[] read(Path path) throws IOException {
        if (Files.size(path) > MAX_FILE_BYTES) {
            throw new TooLarge();
        }
        return Files.readAllBytes(path);
    }

    /** A file larger than any transfer; said in the words of the same refusal the use case gives. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private void show(Previewed previewed) {
        busy.set(false);
        file = previewed.file();
        TransferPreview seen = previewed.preview();
        preview.set(seen);
        sender.set(words.sender(seen));
        cases.setAll(words.cases(seen));
        changes.setAll(words.changes(seen.merge()));
        erasureAsked.setAll(words.erasureAsked(seen));
        conflicts.setAll(seen.merge().conflicts().stream()
                .map(c -> new ConflictChoice(c, words.side(c.ours(), c.ourChange(), true),
                        words.side(c.theirs(), c.theirChange(), false))).toList());
        conflicts.forEach(c -> c.choiceProperty().addListener((o, was, now) -> recount()));
        status.set(messages.get("transfer.import.previewed"));
        recount();
    }

    /**
     * A refused preview leaves nothing to keep (opening cleared the last file); a refused import keeps the file, its
     * preview and every choice made, so that nothing chosen is lost. Only opening another file clears them.
     */
    private void failed(Exception failure) {
        busy.set(false);
        recount();
        if (failure instanceof TooLarge) {
            status.set(messages.get("problem.transfer-refused.too-large"));
        } else if (failure instanceof IOException) {
            status.set(messages.get("transfer.import.unreadable"));
        } else {
            status.set(errors.describe(failure));
        }
    }

    /** Keeps this casebook's value for every conflict not yet chosen, except contact-safety ones. */
    public void keepOursForOthers() {
        chooseForOthers(Choice.KEEP_OURS);
    }

    /** Takes the other casebook's value for every conflict not yet chosen, except contact-safety ones. */
    public void takeTheirsForOthers() {
        chooseForOthers(Choice.TAKE_THEIRS);
    }

    private void chooseForOthers(Choice choice) {
        conflicts.stream().filter(c -> !c.contactSafety() && c.choiceProperty().get() == null)
                .forEach(c -> c.choiceProperty().set(choice));
    }

    /** Imports the previewed file with the choices made, after a backup beside the casebook folder. */
    public void importNow() {
        if (!importable.get()) {
            return;
        }
        byte[] bytes = file;
        Resolutions choices = resolutions();
        Path backup = backupFile();
        status.set(messages.get("transfer.import.importing"));
        run(progress -> {
            var transfers = session.casework().transfers();
            ImportOutcome outcome = transfers.importFile(session.vault(), bytes, backup, choices);
            progress.report(0.9);
            return new Imported(outcome, transfers.importNumber(bytes).orElse(0), backup);
        }, this::imported);
    }

    private record Imported(ImportOutcome outcome, long number, Path backup) {
    }

    private void imported(Imported done) {
        busy.set(false);
        importNumber.set(done.number());
        conflicts.clear();
        recount();
        importable.set(false);
        status.set("");
        receiptOffered.set(done.outcome().preview().kind() == org.cairn.transfer.TransferKind.MOVE);
        summary.set(words.summary(done.outcome().preview(), done.outcome().importedAs().size(), done.number(),
                done.backup()));
    }

    /** After importing a move: writes the receipt, signed by this casebook, that the sender applies. */
    public void writeReceipt() {
        if (!receiptOffered.get() || busy.get()) {
            return;
        }
        byte[] bytes = file;
        files.chooseFileToSave(messages.get("transfer.moves.receipt.save.title"), "receipt.cairn-receipt")
                .ifPresent(path -> {
                    busy.set(true);
                    tasks.run(progress -> {
                        saver.save(path, session.casework().transfers().moveReceipt(bytes));
                        return path;
                    }, written -> {
                        busy.set(false);
                        receiptOffered.set(false);
                        status.set(messages.format("transfer.moves.receipt.written", written.toString()));
                    }, failure -> {
                        busy.set(false);
                        status.set(failure instanceof IOException ? messages.get("transfer.moves.unwritable")
                                : errors.describe(failure));
                    });
                });
    }

    /** True once a move was imported here and its receipt not yet written from this screen. */
    public BooleanProperty receiptOfferedProperty() {
        return receiptOffered;
    }

    /** Each choice by its exact field reference, so that nothing broader can reach a contact-safety field. */
    Resolutions resolutions() {
        Map<String, Choice> chosen = new LinkedHashMap<>();
        for (ConflictChoice conflict : conflicts) {
            if (conflict.choiceProperty().get() != null) {
                chosen.put(conflict.conflict().ref(), conflict.choiceProperty().get());
            }
        }
        return new Resolutions(chosen);
    }

    private Path backupFile() {
        Path folder = session.folder().toAbsolutePath().normalize();
        String name = folder.getFileName() + "-before-transfer-" + BACKUP_TIME.format(clock.instant());
        Path backup = folder.resolveSibling(name + ".backup");
        for (int n = 2; Files.exists(backup); n++) {
            backup = folder.resolveSibling(name + "-" + n + ".backup");
        }
        return backup;
    }

    /** Marks the screen busy before the work starts (a runner may finish it at once), then follows its progress. */
    private <T> void run(TaskRunner.Work<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        importable.set(false);
        progress.set(-1);
        tasks.run(work, done, this::failed).onProgress(progress::set);
    }

    private void recount() {
        long left = conflicts.stream().filter(c -> c.choiceProperty().get() == null).count();
        unresolved.set((int) left);
        blocked.set(left == 0 ? "" : messages.format("transfer.import.left", left));
        importable.set(file != null && preview.get() != null && left == 0 && summary.get().isEmpty()
                && !busy.get());
    }

    private void clear() {
        file = null;
        preview.set(null);
        sender.set("");
        cases.clear();
        changes.clear();
        erasureAsked.clear();
        conflicts.clear();
        summary.set("");
        importNumber.set(null);
        receiptOffered.set(false);
        recount();
    }

    public void back() {
        navigator.home(session);
    }

    public ObjectProperty<TransferPreview> previewProperty() {
        return preview;
    }

    public StringProperty senderProperty() {
        return sender;
    }

    public ObservableList<String> cases() {
        return cases;
    }

    public ObservableList<String> changes() {
        return changes;
    }

    /** One line per case here whose owner erased it and asks that this copy be erased too; never erased here. */
    public ObservableList<String> erasureAsked() {
        return erasureAsked;
    }

    public ObservableList<ConflictChoice> conflicts() {
        return conflicts;
    }

    public IntegerProperty unresolvedProperty() {
        return unresolved;
    }

    /** Why Import is not offered yet: how many conflicts are left to choose; empty when none. */
    public StringProperty blockedProperty() {
        return blocked;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty importableProperty() {
        return importable;
    }

    /** Between 0 and 1, or negative while the share done is not known. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** The number of the import, for undoing it; null until imported. */
    public ObjectProperty<Long> importNumberProperty() {
        return importNumber;
    }

    List<String> conflictRefs() {
        return conflicts.stream().map(c -> c.conflict().ref()).toList();
    }
}
