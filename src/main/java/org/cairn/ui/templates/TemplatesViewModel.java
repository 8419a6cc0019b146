package org.cairn.ui.templates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.files.OwnerOnlyFiles;
import org.cairn.templates.ImportReport;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.TemplateFiles;
import org.cairn.templates.TemplateParser;
import org.cairn.templates.TemplateSource;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * The template library: built-ins (read-only) and the organisation's own, with import, export and "duplicate to
 * edit", which saves a copy under a new id or version for the organisation to edit and import again.
 */
public final class TemplatesViewModel {
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final FileChooserService files;
    private final DialogService dialogs;
    private final TemplateFiles reader;
    private final ObservableList<LibraryTemplate> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryTemplate> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");

    public TemplatesViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, FileChooserService files, DialogService dialogs) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.files = Objects.requireNonNull(files);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.reader = new TemplateFiles(TemplateParser.standard().limits());
    }

    public void load() {
        tasks.run(progress -> session.casework().templates().all(), rows::setAll, this::failed);
    }

    /** Checks the chosen file and stores it only when it has no problem; otherwise lists every problem. */
    public void importFile() {
        files.chooseFileToOpen(messages.get("templates.import.title")).ifPresent(file -> tasks.run(
                progress -> session.casework().templates().importFiles(List.of(new TemplateSource(file.getFileName().toString(),
                        reader.read(file)))),
                this::imported, this::failed));
    }

    private void imported(ImportReport report) {
        if (report.succeeded()) {
            LibraryTemplate added = report.stored().get(0);
            status.set(messages.format("templates.import.done", added.header().title(),
                    added.header().version()));
            load();
        } else {
            dialogs.showError(messages.get("templates.import.failedTitle"), messages.format(
                    "templates.import.failed", report.problems().stream().map(Object::toString)
                            .collect(Collectors.joining("\n"))));
        }
    }

    /** Saves the selected template exactly as shipped or imported. */
    public void export() {
        LibraryTemplate template = selected.get();
        if (template == null) {
            return;
        }
        files.chooseFileToSave(messages.get("templates.export.title"), fileName(template.header().id(),
                template.header().version())).ifPresent(file -> tasks.run(progress -> write(file,
                        session.casework().templates().export(template)),
                saved -> status.set(messages.format("templates.export.done", saved.getFileName().toString())),
                this::failed));
    }

    /** Saves a copy with a new id (built-in) or the next version (the organisation's own) to edit and import. */
    public void duplicate() {
        LibraryTemplate template = selected.get();
        if (template == null) {
            return;
        }
        String copy = session.casework().templates().duplicateToEdit(template);
        var header = TemplateParser.standard().parse(copy).template().orElseThrow().header();
        files.chooseFileToSave(messages.get("templates.duplicate.title"), fileName(header.id(), header.version()))
                .ifPresent(file -> tasks.run(progress -> write(file, copy.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)),
                        saved -> dialogs.showInformation(messages.get("templates.duplicate.title"),
                                messages.format("templates.duplicate.done", saved.getFileName().toString(),
                                        header.id(), header.version())),
                        this::failed));
    }

    public void back() {
        navigator.cases(session);
    }

    private static Path write(Path file, byte[] bytes) throws java.io.IOException {
        OwnerOnlyFiles.write(file, bytes);
        return file;
    }

    private static String fileName(String id, int version) {
        return id + "-v" + version + ".cairn-template";
    }

    private void failed(Exception failure) {
        status.set(failure instanceof java.io.IOException ? messages.get("templates.file.failed")
                : errors.describe(failure));
    }

    public ObservableList<LibraryTemplate> rows() {
        return rows;
    }

    public ObjectProperty<LibraryTemplate> selectedProperty() {
        return selected;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
