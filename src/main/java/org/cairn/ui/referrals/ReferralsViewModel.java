package org.cairn.ui.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Client;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.RecipientKind;
import org.cairn.casebook.Referral;
import org.cairn.casebook.ReferralConsentCheck.Verdict;
import org.cairn.casebook.ReferralOutcome;
import org.cairn.casebook.ReferralRepository;
import org.cairn.casebook.ReferralRequest;
import org.cairn.casework.ReferralPurpose;
import org.cairn.casework.Referrals;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateKind;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;
import org.cairn.ui.blocked.MarkedEntries;
import org.cairn.ui.common.LetterPrefill;

/**
 * The Referrals tab of a case: the referrals made and their outcomes, and the New referral form with the consent
 * check shown before anything is stored. The recipient is a directory entry or a typed name whose kind must be
 * chosen; entries blocked for the client are marked in the picker, and the casebook refuses blocked recipients
 * either way. The referral's cover letter is made on the letter screen, through the letters pipeline and its
 * outgoing-document check, addressed to the referral's recipient.
 */
public final class ReferralsViewModel {
    static final int DEFAULT_FOLLOW_UP_DAYS = 14;
    /** The built-in letter that goes with a referral (docs/LETTERS.md). */
    static final String COVER_LETTER = "letter-referral-cover";

    /** Where the recipient comes from: the service directory, or typed in. */
    public enum Source {
        DIRECTORY, TYPED
    }

    private final Session session;
    private final long caseId;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final Navigator navigator;
    private final Clock clock;
    private final BuiltInTemplates builtIns;
    private final ReferralFields fields;
    private final ObservableList<Referral> referrals = FXCollections.observableArrayList();
    private final ObservableList<Template> templates = FXCollections.observableArrayList();
    private final ObservableList<DirectoryEntry> recipients = FXCollections.observableArrayList();
    private final ObservableList<String> neededFields = FXCollections.observableArrayList();
    private final BooleanProperty formOpen = new SimpleBooleanProperty();
    private final ObjectProperty<Template> template = new SimpleObjectProperty<>();
    private final ObjectProperty<DirectoryEntry> recipient = new SimpleObjectProperty<>();
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.DIRECTORY);
    private final StringProperty typedName = new SimpleStringProperty("");
    // No default: the kind decides what may be disclosed, so the advocate chooses it.
    private final ObjectProperty<RecipientKind> typedKind = new SimpleObjectProperty<>();
    private final StringProperty typedContact = new SimpleStringProperty("");
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty consentText = new SimpleStringProperty("");
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final ObjectProperty<Referral> lastMade = new SimpleObjectProperty<>();
    private final IntegerProperty followUpDays = new SimpleIntegerProperty(DEFAULT_FOLLOW_UP_DAYS);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private CaseFile caseFile;
    private Client client;
    private MarkedEntries marked = MarkedEntries.NONE;

    public ReferralsViewModel(Session session, long caseId, Messages messages, TaskRunner tasks, ErrorMessages errors,
            Navigator navigator, Clock clock, BuiltInTemplates builtIns) {
        this.session = Objects.requireNonNull(session);
        this.caseId = caseId;
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.navigator = Objects.requireNonNull(navigator);
        this.clock = Objects.requireNonNull(clock);
        this.builtIns = Objects.requireNonNull(builtIns);
        this.fields = new ReferralFields(messages);
        template.addListener((o, was, now) -> check());
        recipient.addListener((o, was, now) -> check());
        source.addListener((o, was, now) -> check());
        typedName.addListener((o, was, now) -> check());
        typedKind.addListener((o, was, now) -> check());
    }

    private record Loaded(CaseFile caseFile, Client client, List<Referral> referrals, List<Template> templates) {
    }

    private Referrals referralsOfCase() {
        return session.casework().referrals();
    }

    public void load() {
        tasks.run(progress -> {
            var read = referralsOfCase().read(caseId);
            return new Loaded(read.caseFile(), read.client(), read.referrals(), builtIns.all().stream()
                    .filter(t -> t.header().kind() == TemplateKind.REFERRAL).toList());
        }, loaded -> {
            caseFile = loaded.caseFile();
            client = loaded.client();
            templates.setAll(loaded.templates());
            referrals.setAll(loaded.referrals());
        }, this::failed);
    }

    /**
     * Opens the New referral form with the referral templates and the directory's entries still offered, those
     * blocked for this client marked (by the casebook's own matching).
     */
    public void newReferral() {
        tasks.run(progress -> new MarkedEntries(referralsOfCase().recipients(caseId)), offered -> {
                    marked = offered;
                    recipients.setAll(offered.entries());
                    template.set(null);
                    recipient.set(null);
                    source.set(Source.DIRECTORY);
                    typedName.set("");
                    typedKind.set(null);
                    typedContact.set("");
                    overrideReason.set("");
                    followUpDays.set(DEFAULT_FOLLOW_UP_DAYS);
                    error.set("");
                    status.set("");
                    formOpen.set(true);
                }, this::failed);
    }

    public void cancel() {
        formOpen.set(false);
    }

    /** Runs the consent check for the chosen template and recipient and says plainly what it found. */
    private void check() {
        Template chosen = template.get();
        Optional<ReferralRecipient> to = chosenRecipient();
        neededFields.setAll(chosen == null || caseFile == null ? List.of()
                : fields.describe(chosen, caseFile, client, to.orElse(null), today()));
        if (chosen == null || to.isEmpty()) {
            verdict.set(null);
            consentText.set("");
            return;
        }
        ConsentPurpose purpose = purpose(chosen);
        ReferralRecipient who = to.get();
        tasks.run(progress -> referralsOfCase().check(caseId, purpose, who.entryId(), who.name(), today()),
                check -> showCheck(who, check), this::failed);
    }

    /** The directory entry chosen, or the typed name once its kind is chosen too. */
    private Optional<ReferralRecipient> chosenRecipient() {
        if (source.get() == Source.DIRECTORY) {
            return Optional.ofNullable(recipient.get()).map(ReferralRecipient::of);
        }
        String name = typedName.get() == null ? "" : typedName.get().strip();
        if (name.isEmpty() || typedKind.get() == null) {
            return Optional.empty();
        }
        return Optional.of(ReferralRecipient.typed(name, typedKind.get(), typedContact.get()));
    }

    private void showCheck(ReferralRecipient to, ReferralRepository.Check check) {
        Verdict found = check.verdict(null);
        verdict.set(found);
        consentText.set(switch (found) {
            case BLOCKED -> messages.get("referrals.check.blocked");
            case CONSENTED -> messages.format("referrals.check.consented", to.name(),
                    messages.dates().day(check.consent().orElseThrow().record().decidedOn()));
            default -> messages.format("referrals.check.missing", to.name());
        });
    }

    /** True while the chosen recipient has no consent in force, so a reason is needed to go ahead. */
    public boolean needsReason() {
        return verdict.get() == Verdict.NEEDS_CONSENT_OR_REASON;
    }

    public void make() {
        Template chosen = template.get();
        Optional<ReferralRecipient> recipientChosen = chosenRecipient();
        if (chosen == null || recipientChosen.isEmpty()) {
            error.set(messages.get(source.get() == Source.TYPED && chosen != null ? "referrals.error.typed"
                    : "referrals.error.choose"));
            return;
        }
        ReferralRecipient to = recipientChosen.get();
        if (verdict.get() == Verdict.BLOCKED) {
            error.set(messages.get("referrals.check.blocked"));
            return;
        }
        if (needsReason() && overrideReason.get().isBlank()) {
            error.set(messages.get("referrals.error.reason"));
            return;
        }
        ReferralRequest request = new ReferralRequest(caseId, chosen.header().id(), chosen.header().version(),
                purpose(chosen), to.entryId(), to.name(), to.kind(), today(), followUpDays.get(),
                needsReason() ? overrideReason.get() : null, to.entryId() == null ? to.address() : null);
        tasks.run(progress -> referralsOfCase().make(request), made -> {
            lastMade.set(made);
            formOpen.set(false);
            error.set("");
            status.set(messages.format("referrals.made", made.recipientName(),
                    messages.dates().day(made.madeOn().plusDays(followUpDays.get()))));
            load();
        }, this::failed);
    }

    /**
     * Opens the letter screen with the referral cover letter addressed to the referral's recipient. The letters
     * pipeline fills it and runs its outgoing-document check (blocked recipients, recipient kinds, consent).
     */
    public void writeLetter(Referral referral) {
        if (referral == null) {
            error.set(messages.get("referrals.letter.choose"));
            return;
        }
        tasks.run(progress -> recipientOf(referral).forLetter(), recipientForLetter -> {
            error.set("");
            navigator.letter(session, caseId, new LetterPrefill(COVER_LETTER, recipientForLetter));
        }, this::failed);
    }

    /** The stored referral's recipient: its directory entry as it is now, else the typed name and kind. */
    private ReferralRecipient recipientOf(Referral referral) {
        if (referral.directoryEntryId() != null) {
            Optional<DirectoryEntry> entry = referralsOfCase().entry(referral.directoryEntryId());
            if (entry.isPresent()) {
                return ReferralRecipient.of(entry.get());
            }
        }
        return ReferralRecipient.typed(referral.recipientName(), referral.recipientKind(),
                referral.recipientContact());
    }

    /** True when the directory entry is blocked for this client (the picker marks it). */
    public boolean isBlocked(DirectoryEntry entry) {
        return marked.isBlocked(entry);
    }

    /** The entry as the picker shows it: name, kind, and a plain warning when it is blocked for this client. */
    public String recipientLabel(DirectoryEntry entry) {
        return marked.label(messages, entry);
    }

    public void recordOutcome(Referral referral, ReferralOutcome outcome) {
        if (referral == null || outcome == null) {
            return;
        }
        tasks.run(progress -> referralsOfCase().recordOutcome(referral.id(), outcome, today()),
                changed -> {
                    status.set(messages.format("referrals.outcome.recorded", changed.recipientName(),
                            outcomeLabel(outcome)));
                    load();
                }, this::failed);
    }

    private static ConsentPurpose purpose(Template template) {
        return ReferralPurpose.of(template);
    }

    public String outcomeLabel(ReferralOutcome outcome) {
        return switch (outcome) {
            case PENDING -> messages.get("referrals.outcome.pending");
            case ACCEPTED -> messages.get("referrals.outcome.accepted");
            case DECLINED -> messages.get("referrals.outcome.declined");
            case NO_RESPONSE -> messages.get("referrals.outcome.noResponse");
        };
    }

    /** The template's title for a stored referral, or its id when this Cairn no longer ships it. */
    public String templateTitle(Referral referral) {
        return templates.stream().filter(t -> t.header().id().equals(referral.templateId())).findFirst()
                .map(t -> t.header().title()).orElse(referral.templateId() + " v" + referral.templateVersion());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void failed(Exception failure) {
        status.set("");
        error.set(errors.describe(failure));
    }

    public ObservableList<Referral> referrals() {
        return referrals;
    }

    public ObservableList<Template> templates() {
        return templates;
    }

    public ObservableList<DirectoryEntry> recipients() {
        return recipients;
    }

    public ObservableList<String> neededFields() {
        return neededFields;
    }

    public BooleanProperty formOpenProperty() {
        return formOpen;
    }

    public ObjectProperty<Template> templateProperty() {
        return template;
    }

    public ObjectProperty<DirectoryEntry> recipientProperty() {
        return recipient;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public StringProperty typedNameProperty() {
        return typedName;
    }

    public ObjectProperty<RecipientKind> typedKindProperty() {
        return typedKind;
    }

    public StringProperty typedContactProperty() {
        return typedContact;
    }

    /** The referral made last in this session, so the view can offer its letter at once. */
    public ObjectProperty<Referral> lastMadeProperty() {
        return lastMade;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public StringProperty consentTextProperty() {
        return consentText;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    public IntegerProperty followUpDaysProperty() {
        return followUpDays;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
