package org.cairn.ui.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.files.OwnerOnlyFiles;
import org.cairn.casebook.DirectoryRefusedException;
import org.cairn.casebook.DirectoryDetails;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.DirectorySearch;
import org.cairn.casebook.RecipientKind;
import org.cairn.casebook.directoryfile.DirectoryFileParser;
import org.cairn.casebook.directoryfile.LineProblem;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/** The service directory: search, add and edit entries, archive, and import or export a directory file. */
public final class DirectoryViewModel {
    private static final String SUGGESTED_NAME = "service-directory.txt";
    private final Session session;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final FileChooserService files;
    private final ObservableList<DirectoryEntry> entries = FXCollections.observableArrayList();
    private final StringProperty searchName = new SimpleStringProperty("");
    private final StringProperty searchService = new SimpleStringProperty("");
    private final StringProperty searchLanguage = new SimpleStringProperty("");
    private final StringProperty searchArea = new SimpleStringProperty("");
    private final ObjectProperty<DirectoryEntry> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<RecipientKind> kind = new SimpleObjectProperty<>(RecipientKind.THIRD_SECTOR);
    private final StringProperty services = new SimpleStringProperty("");
    private final StringProperty languages = new SimpleStringProperty("");
    private final StringProperty areas = new SimpleStringProperty("");
    private final StringProperty howToRefer = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty lastChecked = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public DirectoryViewModel(Session session, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, FileChooserService files) {
        this.session = Objects.requireNonNull(session);
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.files = Objects.requireNonNull(files);
    }

    public void search() {
        DirectorySearch query = new DirectorySearch(searchName.get(), searchService.get(), searchLanguage.get(),
                searchArea.get(), false);
        tasks.run(progress -> session.casework().directory().search(query), entries::setAll, this::failed);
    }

    /** Puts an entry's details in the form; saving then updates it. */
    public void edit(DirectoryEntry entry) {
        if (entry == null) {
            return;
        }
        DirectoryDetails d = entry.details();
        editing.set(entry);
        name.set(d.name());
        kind.set(d.kind());
        services.set(String.join(", ", d.services()));
        languages.set(String.join(", ", d.languages()));
        areas.set(String.join(", ", d.areas()));
        howToRefer.set(d.howToRefer());
        phone.set(orEmpty(d.phone()));
        email.set(orEmpty(d.email()));
        address.set(orEmpty(d.address()));
        lastChecked.set(d.lastChecked() == null ? "" : d.lastChecked().toString());
        error.set("");
    }

    /** Clears the form for a new entry. */
    public void newEntry() {
        editing.set(null);
        for (StringProperty field : List.of(name, services, languages, areas, howToRefer, phone, email, address,
                lastChecked)) {
            field.set("");
        }
        kind.set(RecipientKind.THIRD_SECTOR);
        error.set("");
    }

    /** Adds the form as a new entry, or saves it over the entry being edited. */
    public void save() {
        Optional<DirectoryDetails> details = details();
        if (details.isEmpty()) {
            return;
        }
        DirectoryEntry edited = editing.get();
        tasks.run(progress -> edited == null ? session.casework().directory().add(details.get())
                : session.casework().directory().update(edited.id(), details.get()), saved -> {
            editing.set(saved);
            status.set(messages.format("directory.saved", saved.name()));
            search();
        }, this::failed);
    }

    public void archive() {
        DirectoryEntry edited = editing.get();
        if (edited == null) {
            return;
        }
        tasks.run(progress -> {
            session.casework().directory().archive(edited.id());
            return edited;
        }, archived -> {
            newEntry();
            status.set(messages.format("directory.archived", archived.name()));
            search();
        }, this::failed);
    }

    /** Checks the chosen file as a whole; stores it only if it has no problem, else lists every problem. */
    public void importFile() {
        Optional<Path> chosen = files.chooseFileToOpen(messages.get("directory.import.title"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        tasks.run(progress -> session.casework().directory().importFile(read(file)),
                outcome -> {
                    if (outcome.stored()) {
                        error.set("");
                        status.set(messages.format("directory.import.done", outcome.summary().added(),
                                outcome.summary().updated()));
                        search();
                    } else {
                        status.set("");
                        error.set(messages.get("directory.import.problems") + "\n" + outcome.problems().stream()
                                .map(this::describe).collect(Collectors.joining("\n")));
                    }
                }, this::failed);
    }

    public void exportFile() {
        Optional<Path> chosen = files.chooseFileToSave(messages.get("directory.export.title"), SUGGESTED_NAME);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        tasks.run(progress -> {
            OwnerOnlyFiles.write(file, session.casework().directory().exportFile());
            return file;
        }, written -> status.set(messages.format("directory.export.done", written.getFileName().toString())),
                this::failed);
    }

    public void back() {
        navigator.cases(session);
    }

    private String describe(LineProblem problem) {
        return messages.format("directory.import.problem", problem.line(), problem.message());
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(DirectoryFileParser.MAX_BYTES + 1);
        }
    }

    private Optional<DirectoryDetails> details() {
        if (name.get() == null || name.get().isBlank()) {
            error.set(messages.get("directory.error.name"));
            return Optional.empty();
        }
        LocalDate checked = null;
        if (lastChecked.get() != null && !lastChecked.get().isBlank()) {
            try {
                checked = LocalDate.parse(lastChecked.get().strip());
            } catch (DateTimeParseException e) {
                error.set(messages.get("directory.error.date"));
                return Optional.empty();
            }
        }
        try {
            DirectoryDetails details = new DirectoryDetails(name.get(), kind.get(), list(services), list(languages),
                    list(areas), howToRefer.get(), phone.get(), email.get(), address.get(), checked);
            error.set("");
            return Optional.of(details);
        } catch (IllegalArgumentException e) {
            error.set(messages.get("directory.error.text"));
            return Optional.empty();
        }
    }

    private static List<String> list(StringProperty text) {
        return text.get() == null ? List.of() : Arrays.stream(text.get().split(",")).toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private void failed(Exception failure) {
        status.set("");
        if (failure instanceof DirectoryRefusedException refused) {
            error.set(messages.format("directory.error.refused", messages.get(refusalKey(refused.reason()))));
        } else if (failure instanceof IOException) {
            error.set(messages.get("directory.error.file"));
        } else {
            error.set(errors.describe(failure));
        }
    }

    public ObservableList<DirectoryEntry> entries() {
        return entries;
    }

    public StringProperty searchNameProperty() {
        return searchName;
    }

    public StringProperty searchServiceProperty() {
        return searchService;
    }

    public StringProperty searchLanguageProperty() {
        return searchLanguage;
    }

    public StringProperty searchAreaProperty() {
        return searchArea;
    }

    public ObjectProperty<DirectoryEntry> editingProperty() {
        return editing;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<RecipientKind> kindProperty() {
        return kind;
    }

    public StringProperty servicesProperty() {
        return services;
    }

    public StringProperty languagesProperty() {
        return languages;
    }

    public StringProperty areasProperty() {
        return areas;
    }

    public StringProperty howToReferProperty() {
        return howToRefer;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty lastCheckedProperty() {
        return lastChecked;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** {@code directory.refused.name-taken} for {@code NAME_TAKEN}. */
    public static String refusalKey(DirectoryRefusedException.Reason reason) {
        return "directory.refused." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
