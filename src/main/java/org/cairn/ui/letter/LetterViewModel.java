package org.cairn.ui.letter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casebook.LetterDisposition;
import org.cairn.letters.LetterDraft;
import org.cairn.letters.LetterMaker;
import org.cairn.letters.LetterRequest;
import org.cairn.letters.LetterTemplates;
import org.cairn.letters.check.CheckRule;
import org.cairn.letters.check.Finding;
import org.cairn.letters.check.Outcome;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.pdf.LetterRenderException;
import org.cairn.letters.recipients.ClientRecipient;
import org.cairn.letters.recipients.DirectoryRecipient;
import org.cairn.letters.values.Advocate;
import org.cairn.templates.PlaceholderCatalogue;
import org.cairn.templates.PlaceholderDefinition;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.PdfPrinter;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * Journey: New letter from a case. Choose a template and recipient, type any missing values, read the check and
 * the live preview (rendered in memory), then print, save or keep. Every way out keeps a copy in the case file.
 */
public final class LetterViewModel {
    private final Session session;
    private final long caseId;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final DialogService dialogs;
    private final FileChooserService files;
    private final PdfPrinter printer;
    private final LetterMaker maker;
    private final LetterPreview preview;
    private final PlaceholderCatalogue catalogue = PlaceholderCatalogue.standard();
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final ObjectProperty<Template> template = new SimpleObjectProperty<>();
    private final ObjectProperty<RecipientChoice> recipientChoice = new SimpleObjectProperty<>(RecipientChoice.CLIENT);
    private final ObservableList<Recipient> directory = FXCollections.observableArrayList();
    private final ObjectProperty<Recipient> directoryRecipient = new SimpleObjectProperty<>();
    private final StringProperty recipientName = new SimpleStringProperty("");
    private final StringProperty recipientOrganisation = new SimpleStringProperty("");
    private final StringProperty recipientAddress = new SimpleStringProperty("");
    // No default: the kind decides which rules apply, so the advocate chooses it.
    private final ObjectProperty<RecipientKind> recipientKind = new SimpleObjectProperty<>();
    private final ObservableList<MissingField> missing = FXCollections.observableArrayList();
    private final Map<String, String> typed = new HashMap<>();
    private final StringProperty disclosureReason = new SimpleStringProperty("");
    private final StringProperty consentReason = new SimpleStringProperty("");
    private final BooleanProperty asksDisclosureReason = new SimpleBooleanProperty();
    private final BooleanProperty asksConsentReason = new SimpleBooleanProperty();
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<java.awt.image.BufferedImage> pages = FXCollections.observableArrayList();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private PreparedLetter current;
    private Long keptId;

    public LetterViewModel(Session session, long caseId, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, DialogService dialogs, FileChooserService files, PdfPrinter printer,
            LetterMaker maker, LetterPreview preview, LetterTemplates letterTemplates) {
        this.session = Objects.requireNonNull(session);
        this.caseId = caseId;
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.files = Objects.requireNonNull(files);
        this.printer = Objects.requireNonNull(printer);
        this.maker = Objects.requireNonNull(maker);
        this.preview = Objects.requireNonNull(preview);
        templates.setAll(letterTemplates.all());
        tasks.run(progress -> DirectoryRecipient.offered(session.casebook()), directory::setAll,
                failure -> error.set(errors.describe(failure)));
        // What was checked and previewed is what gets printed: any change to the recipient or the reasons makes
        // the advocate check again before printing or saving.
        for (javafx.beans.Observable property : List.<javafx.beans.Observable>of(recipientChoice, directoryRecipient,
                recipientName, recipientOrganisation, recipientAddress, recipientKind, disclosureReason,
                consentReason)) {
            property.addListener(observable -> changedSinceCheck());
        }
    }

    private void changedSinceCheck() {
        if (current != null) {
            current = null;
            ready.set(false);
            status.set(messages.get("letter.status.changed"));
        }
    }

    /** Prepares the letter again from the current choices: fills, checks and renders the preview. */
    public void refresh() {
        Template chosen = template.get();
        rememberTyped();
        if (chosen == null) {
            clear();
            return;
        }
        Optional<Recipient> recipient = recipient(chosen);
        if (recipient.isEmpty()) {
            clear();
            status.set(messages.get("letter.status.recipient"));
            return;
        }
        LetterRequest request = new LetterRequest(caseId, chosen, recipient.get(), new Advocate(null, null, null,
                null), typed, disclosureReason.get(), consentReason.get());
        busy.set(true);
        tasks.run(progress -> prepare(request), this::show, this::fail);
    }

    private PreparedLetter prepare(LetterRequest request) {
        LetterDraft draft = maker.prepare(request);
        if (draft.layout().isEmpty()) {
            return new PreparedLetter(draft, null, List.of());
        }
        byte[] pdf = maker.preview(draft);
        return new PreparedLetter(draft, pdf, preview.pages(pdf));
    }

    private void show(PreparedLetter prepared) {
        busy.set(false);
        error.set("");
        current = prepared;
        keptId = null;
        LetterDraft draft = prepared.draft();
        missing.setAll(draft.missing().stream().map(name -> field(name)).toList());
        findings.setAll(draft.check().findings().stream().map(this::describe).toList());
        asksDisclosureReason.set(asks(draft, CheckRule.IMMIGRATION_TO_AUTHORITY));
        asksConsentReason.set(asks(draft, CheckRule.CONSENT_MISSING));
        pages.setAll(prepared.pages());
        ready.set(draft.ready());
        status.set(!draft.missing().isEmpty() ? messages.get("letter.status.missing")
                : draft.ready() ? messages.get("letter.status.ready") : messages.get("letter.status.stopped"));
    }

    private void fail(Exception failure) {
        busy.set(false);
        clear();
        error.set(failure instanceof LetterRenderException ? failure.getMessage() : errors.describe(failure));
    }

    /** Shows the system print dialog; a copy is kept only when the letter was really sent to the printer. */
    public void print() {
        if (!ensureReady()) {
            return;
        }
        try {
            if (printer.print(current.pdf())) {
                record(LetterDisposition.PRINTED);
                status.set(messages.get("letter.status.printed"));
            }
        } catch (RuntimeException e) {
            error.set(e instanceof IllegalStateException && e.getMessage() != null ? e.getMessage()
                    : errors.describe(e));
        }
    }

    /** Reminds that the file leaves the encrypted casebook, then writes it where the advocate chooses. */
    public void save() {
        if (!ensureReady() || !dialogs.confirm(messages.get("letter.save.title"),
                messages.get("letter.save.reminder"))) {
            return;
        }
        Optional<Path> target = files.chooseFileToSave(messages.get("letter.save.title"), "Letter.pdf");
        if (target.isEmpty()) {
            return;
        }
        // Kept and audited first, like the command line: a file must never leave without its record.
        try {
            record(LetterDisposition.SAVED);
        } catch (RuntimeException e) {
            error.set(errors.describe(e));
            return;
        }
        try {
            Files.write(target.get(), current.pdf(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            error.set(messages.get("letter.save.failed"));
            return;
        }
        status.set(messages.get("letter.status.saved"));
    }

    /** Keeps the letter in the case file only, and goes back to the case. */
    public void keepOnly() {
        if (!ensureReady()) {
            return;
        }
        if (keptId == null) {
            record(LetterDisposition.KEPT);
        }
        navigator.caseFile(session, caseId);
    }

    public void back() {
        navigator.caseFile(session, caseId);
    }

    public void organisationSettings() {
        navigator.orgProfile(session);
    }

    private void record(LetterDisposition disposition) {
        if (keptId == null) {
            keptId = maker.keep(current.draft(), current.pdf(), disposition).kept().id();
        } else {
            session.casebook().letters().recordAgain(keptId, disposition);
        }
    }

    private boolean ensureReady() {
        if (current == null || !current.draft().ready() || current.pdf() == null) {
            error.set(messages.get("letter.notReady"));
            return false;
        }
        return true;
    }

    private Optional<Recipient> recipient(Template chosen) {
        if (recipientChoice.get() == RecipientChoice.CLIENT) {
            return Optional.of(ClientRecipient.of(session.casebook(), caseId));
        }
        if (recipientChoice.get() == RecipientChoice.DIRECTORY) {
            return Optional.ofNullable(directoryRecipient.get());
        }
        if (recipientName.get() == null || recipientName.get().isBlank() || recipientKind.get() == null) {
            return Optional.empty();
        }
        String address = recipientAddress.get() == null || recipientAddress.get().isBlank() ? null
                : recipientAddress.get();
        String organisation = recipientOrganisation.get() == null || recipientOrganisation.get().isBlank() ? null
                : recipientOrganisation.get().strip();
        return Optional.of(new Recipient(recipientName.get().strip(), recipientKind.get(), null, organisation,
                address, null));
    }

    private void rememberTyped() {
        for (MissingField field : missing) {
            String value = field.valueProperty().get();
            if (value != null && !value.isBlank()) {
                typed.put(field.name(), value);
            }
        }
    }

    private MissingField field(String name) {
        MissingField field = new MissingField(name, catalogue.find(name).map(PlaceholderDefinition::description)
                .orElse(name));
        field.valueProperty().set(typed.getOrDefault(name, ""));
        return field;
    }

    private static boolean asks(LetterDraft draft, CheckRule rule) {
        return draft.check().of(rule).stream().anyMatch(f -> f.outcome() == Outcome.NEEDS_REASON
                || f.outcome() == Outcome.CONFIRMED);
    }

    private String describe(Finding finding) {
        String outcome = switch (finding.outcome()) {
            case BLOCKED -> messages.get("letter.outcome.blocked");
            case UNAVAILABLE -> messages.get("letter.outcome.unavailable");
            case NEEDS_REASON -> messages.get("letter.outcome.needsReason");
            case CONFIRMED -> messages.get("letter.outcome.confirmed");
            case WARNING -> messages.get("letter.outcome.warning");
        };
        String fields = finding.fields().isEmpty() ? ""
                : " " + messages.format("letter.finding.fields", String.join(", ", finding.fields()));
        return outcome + ": " + finding.explanation() + fields;
    }

    private void clear() {
        current = null;
        keptId = null;
        missing.clear();
        findings.clear();
        pages.clear();
        ready.set(false);
        asksDisclosureReason.set(false);
        asksConsentReason.set(false);
        status.set("");
    }

    /** Re-check with the reasons typed; the letter stays stopped while a reason is blank. */
    public void applyReasons() {
        refresh();
    }

    public ObservableList<Template> templates() {
        return templates;
    }

    public ObjectProperty<Template> templateProperty() {
        return template;
    }

    public ObjectProperty<RecipientChoice> recipientChoiceProperty() {
        return recipientChoice;
    }

    /** The service directory's entries still offered, as recipients. */
    public ObservableList<Recipient> directory() {
        return directory;
    }

    public ObjectProperty<Recipient> directoryRecipientProperty() {
        return directoryRecipient;
    }

    public StringProperty recipientNameProperty() {
        return recipientName;
    }

    public StringProperty recipientOrganisationProperty() {
        return recipientOrganisation;
    }

    public StringProperty recipientAddressProperty() {
        return recipientAddress;
    }

    public ObjectProperty<RecipientKind> recipientKindProperty() {
        return recipientKind;
    }

    public ObservableList<MissingField> missing() {
        return missing;
    }

    public StringProperty disclosureReasonProperty() {
        return disclosureReason;
    }

    public StringProperty consentReasonProperty() {
        return consentReason;
    }

    public BooleanProperty asksDisclosureReasonProperty() {
        return asksDisclosureReason;
    }

    public BooleanProperty asksConsentReasonProperty() {
        return asksConsentReason;
    }

    public ObservableList<String> findings() {
        return findings;
    }

    public ObservableList<java.awt.image.BufferedImage> pages() {
        return pages;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Whether the letter has been printed, saved or kept (tests and the view's leave warning). */
    boolean kept() {
        return keptId != null;
    }
}
