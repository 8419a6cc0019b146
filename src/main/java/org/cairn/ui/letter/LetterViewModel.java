package org.cairn.ui.letter;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.letters.LetterDraft;
import org.cairn.letters.LetterRenderer;
import org.cairn.letters.LetterRequest;
import org.cairn.letters.LetterTemplates;
import org.cairn.letters.check.CheckRule;
import org.cairn.letters.check.Outcome;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.pdf.LetterRenderException;
import org.cairn.letters.pdf.LetterRenderProblem;
import org.cairn.letters.values.Advocate;
import org.cairn.templates.Template;
import org.cairn.ui.blocked.MarkedEntries;
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
 * Who it goes to lives in {@link RecipientForm}, typed values in {@link MissingValues}, and printing, saving and
 * keeping in {@link LetterOutput}.
 */
public final class LetterViewModel {
    private final Session session;
    private final long caseId;
    private final Messages messages;
    private final Navigator navigator;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final LetterRenderer renderer;
    private final LetterPreview preview;
    private final LetterTemplates letterTemplates;
    private final FindingText findingText;
    private final LetterOutput output;
    private final RecipientForm recipient = new RecipientForm();
    private final MissingValues missing = new MissingValues();
    private final MoreReasonFields moreReasons = new MoreReasonFields();
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final ObjectProperty<Template> template = new SimpleObjectProperty<>();
    private final StringProperty disclosureReason = new SimpleStringProperty("");
    private final StringProperty consentReason = new SimpleStringProperty("");
    private final BooleanProperty asksDisclosureReason = new SimpleBooleanProperty();
    private final BooleanProperty asksConsentReason = new SimpleBooleanProperty();
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty fontNotice = new SimpleStringProperty("");
    private java.util.function.Function<String, Optional<String>> fontNotices = language -> Optional.empty();
    private final StringProperty previewNote = new SimpleStringProperty("");
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private PreparedLetter current;
    // Counts refreshes: a preparation that finishes after a newer choice was made is dropped, never shown.
    private long generation;

    public LetterViewModel(Session session, long caseId, Messages messages, Navigator navigator, TaskRunner tasks,
            ErrorMessages errors, DialogService dialogs, FileChooserService files, PdfPrinter printer,
            LetterRenderer renderer, LetterPreview preview, LetterTemplates letterTemplates) {
        this.session = Objects.requireNonNull(session);
        this.caseId = caseId;
        this.messages = Objects.requireNonNull(messages);
        this.navigator = Objects.requireNonNull(navigator);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.renderer = Objects.requireNonNull(renderer);
        this.preview = Objects.requireNonNull(preview);
        this.letterTemplates = Objects.requireNonNull(letterTemplates);
        this.findingText = new FindingText(messages);
        this.output = new LetterOutput(session.casework().letters(), messages, errors,
                Objects.requireNonNull(dialogs), Objects.requireNonNull(files), Objects.requireNonNull(printer), error,
                status);
        templates.setAll(letterTemplates.all());
        template.addListener((observable, old, now) -> showFontNotice(now));
        tasks.run(progress -> new MarkedEntries(session.casework().letters().recipients(caseId)), recipient::offer,
                failure -> error.set(errors.describe(failure)));
        // What was checked and previewed is what gets printed: any change to the recipient or the reasons makes
        // the advocate check again before printing or saving.
        List<Observable> watched = new ArrayList<>(recipient.observables());
        watched.addAll(List.of(disclosureReason, consentReason));
        watched.addAll(moreReasons.observables());
        watched.forEach(property -> property.addListener(observable -> changedSinceCheck()));
        // Before the view's own listener prepares the letter, so the first preview goes to the suggested recipient.
        template.addListener((o, was, now) -> {
            if (now != null) {
                recipient.suggestFor(now.header().recipient());
            }
        });
        previewNote.set(messages.get("letter.preview.choose"));
    }

    /**
     * Where the letter screen learns that a language is set in a fallback font (Urdu in Naskh when no Nastaliq
     * font is installed): language tag to the note to show, if any.
     */
    public void useFontNotices(java.util.function.Function<String, Optional<String>> notices) {
        this.fontNotices = Objects.requireNonNull(notices);
        showFontNotice(template.get());
    }

    private void showFontNotice(Template chosen) {
        fontNotice.set(chosen == null ? "" : fontNotices.apply(chosen.header().language()).orElse(""));
    }

    /** A note naming the fallback font the chosen letter is set in, or empty. */
    public StringProperty fontNoticeProperty() {
        return fontNotice;
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
        var typed = missing.remember();
        if (chosen == null) {
            clear();
            return;
        }
        Optional<Recipient> to = recipient.recipient(session.casework().letters(), caseId);
        if (to.isEmpty()) {
            clear();
            status.set(messages.get("letter.status.recipient"));
            previewNote.set(messages.get("letter.preview.recipient"));
            return;
        }
        LetterRequest request = new LetterRequest(caseId, chosen, to.get(), new Advocate(null, null, null, null),
                typed, disclosureReason.get(), consentReason.get(), moreReasons.reasons());
        busy.set(true);
        previewNote.set(messages.get("letter.preview.busy"));
        long asked = ++generation;
        tasks.run(progress -> prepare(request), prepared -> {
            if (asked == generation) {
                show(prepared);
            }
        }, failure -> {
            if (asked == generation) {
                fail(failure);
            }
        });
    }

    /** Re-check with the reasons typed; the letter stays stopped while a reason is blank. */
    public void applyReasons() {
        refresh();
    }

    private PreparedLetter prepare(LetterRequest request) {
        LetterDraft draft = session.casework().letters().prepare(request);
        if (draft.layout().isEmpty()) {
            return new PreparedLetter(draft, null, List.of());
        }
        byte[] pdf = renderer.render(draft.layout().get());
        return new PreparedLetter(draft, pdf, preview.pages(pdf));
    }

    private void show(PreparedLetter prepared) {
        busy.set(false);
        error.set("");
        current = prepared;
        output.forget();
        LetterDraft draft = prepared.draft();
        missing.show(draft.request().template().header().id(), draft.missing());
        checked.set(true);
        previewNote.set(draft.missing().isEmpty() ? ""
                : messages.format("letter.preview.missing", String.join("; ", missing.describe(draft.missing()))));
        findings.setAll(draft.check().findings().stream().map(findingText::describe).toList());
        asksDisclosureReason.set(asks(draft, CheckRule.IMMIGRATION_TO_AUTHORITY));
        asksConsentReason.set(asks(draft, CheckRule.CONSENT_MISSING));
        moreReasons.show(draft);
        pages.setAll(prepared.pages());
        ready.set(draft.ready());
        status.set(!draft.missing().isEmpty() ? messages.get("letter.status.missing")
                : draft.ready() ? messages.get("letter.status.ready") : messages.get("letter.status.stopped"));
    }

    private void fail(Exception failure) {
        busy.set(false);
        clear();
        error.set(failure instanceof LetterRenderException refused ? renderWords(messages, refused)
                : errors.describe(failure));
    }

    private void clear() {
        generation++;
        busy.set(false);
        current = null;
        output.forget();
        missing.clear();
        findings.clear();
        pages.clear();
        ready.set(false);
        asksDisclosureReason.set(false);
        asksConsentReason.set(false);
        moreReasons.clear();
        checked.set(false);
        status.set("");
        previewNote.set(template.get() == null ? messages.get("letter.preview.choose") : "");
    }

    private static boolean asks(LetterDraft draft, CheckRule rule) {
        return draft.check().of(rule).stream().anyMatch(f -> f.outcome() == Outcome.NEEDS_REASON
                || f.outcome() == Outcome.CONFIRMED);
    }

    /** Shows the system print dialog; a copy is kept only when the letter was really sent to the printer. */
    public void print() {
        if (ensureReady()) {
            output.print(current);
        }
    }

    /** Reminds that the file leaves the encrypted casebook, then writes it where the advocate chooses. */
    public void save() {
        if (ensureReady()) {
            output.save(current);
        }
    }

    /** Keeps the letter in the case file only, and goes back to the case. */
    public void keepOnly() {
        if (ensureReady()) {
            output.keepOnly(current);
            navigator.caseFile(session, caseId);
        }
    }

    private boolean ensureReady() {
        if (current == null || !current.draft().ready() || current.pdf() == null) {
            error.set(messages.get("letter.notReady"));
            return false;
        }
        return true;
    }

    public void back() {
        navigator.caseFile(session, caseId);
    }

    public void organisationSettings() {
        navigator.orgProfile(session);
    }

    public ObservableList<Template> templates() {
        return templates;
    }

    /** Whether a letter is one of the organisation's imported ones (the chooser marks them). */
    public boolean organisationLetter(Template letter) {
        return letterTemplates.organisation(letter);
    }

    public ObjectProperty<Template> templateProperty() {
        return template;
    }

    /** Who the letter goes to. */
    public RecipientForm recipient() {
        return recipient;
    }

    public ObservableList<MissingField> missing() {
        return missing.fields();
    }

    public StringProperty disclosureReasonProperty() {
        return disclosureReason;
    }

    public StringProperty consentReasonProperty() {
        return consentReason;
    }

    /** The reasons for decisions about who the recipient is and what reaches a statutory body. */
    public MoreReasonFields moreReasons() {
        return moreReasons;
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

    public ObservableList<BufferedImage> pages() {
        return pages;
    }

    /** What the preview area says while it has no pages: what to choose or type before there is a letter to see. */
    public StringProperty previewNoteProperty() {
        return previewNote;
    }

    /** True once the chosen letter has been checked; until then the check has nothing to say about it. */
    public BooleanProperty checkedProperty() {
        return checked;
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
        return output.kept();
    }

    /** A drawing problem in the bundle's words; one not coded yet keeps its English sentence. */
    static String renderWords(Messages messages, LetterRenderException refused) {
        if (refused.problem() == LetterRenderProblem.OTHER) {
            return refused.getMessage();
        }
        return messages.format(renderKey(refused.problem()), refused.arguments().toArray());
    }

    /** {@code letter.render.font-not-loaded} for {@code FONT_NOT_LOADED}. */
    static String renderKey(LetterRenderProblem problem) {
        return "letter.render." + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
