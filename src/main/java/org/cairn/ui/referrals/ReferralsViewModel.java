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
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Client;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.Referral;
import org.cairn.casebook.ReferralConsentCheck.Verdict;
import org.cairn.casebook.ReferralOutcome;
import org.cairn.casebook.ReferralRefusedException;
import org.cairn.casebook.ReferralRepository;
import org.cairn.casebook.ReferralRequest;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateKind;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * The Referrals tab of a case: the referrals made and their outcomes, and the New referral form with the consent
 * check shown before anything is stored. The referral keeps the template id and version and the recipient, which
 * is what the letters pipeline needs to make the document.
 */
public final class ReferralsViewModel {
    static final int DEFAULT_FOLLOW_UP_DAYS = 14;

    private final Session session;
    private final long caseId;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
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
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty consentText = new SimpleStringProperty("");
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final IntegerProperty followUpDays = new SimpleIntegerProperty(DEFAULT_FOLLOW_UP_DAYS);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private CaseFile caseFile;
    private Client client;

    public ReferralsViewModel(Session session, long caseId, Messages messages, TaskRunner tasks, ErrorMessages errors,
            Clock clock, BuiltInTemplates builtIns) {
        this.session = Objects.requireNonNull(session);
        this.caseId = caseId;
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.clock = Objects.requireNonNull(clock);
        this.builtIns = Objects.requireNonNull(builtIns);
        this.fields = new ReferralFields(messages);
        template.addListener((o, was, now) -> check());
        recipient.addListener((o, was, now) -> check());
    }

    private record Loaded(CaseFile caseFile, Client client, List<Referral> referrals, List<Template> templates) {
    }

    public void load() {
        tasks.run(progress -> {
            Casebook casebook = session.casebook();
            CaseFile file = casebook.cases().find(caseId).orElseThrow();
            return new Loaded(file, casebook.clients().find(file.clientId()).orElseThrow(),
                    casebook.referrals().forCase(caseId), builtIns.all().stream()
                            .filter(t -> t.header().kind() == TemplateKind.REFERRAL).toList());
        }, loaded -> {
            caseFile = loaded.caseFile();
            client = loaded.client();
            templates.setAll(loaded.templates());
            referrals.setAll(loaded.referrals());
        }, this::failed);
    }

    /** Opens the New referral form with the referral templates and the directory's entries to choose from. */
    public void newReferral() {
        tasks.run(progress -> session.casebook().directory().list(), entries -> {
                    recipients.setAll(entries);
                    template.set(null);
                    recipient.set(null);
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
        DirectoryEntry to = recipient.get();
        neededFields.setAll(chosen == null || caseFile == null ? List.of()
                : fields.describe(chosen, caseFile, client, to, today()));
        if (chosen == null || to == null) {
            verdict.set(null);
            consentText.set("");
            return;
        }
        ConsentPurpose purpose = purpose(chosen);
        tasks.run(progress -> session.casebook().referrals().check(caseId, purpose, to.id(), to.name(), today()),
                this::showCheck, this::failed);
    }

    private void showCheck(ReferralRepository.Check check) {
        DirectoryEntry to = recipient.get();
        Verdict found = check.verdict(null);
        verdict.set(found);
        consentText.set(switch (found) {
            case BLOCKED -> messages.get("referrals.check.blocked");
            case CONSENTED -> messages.format("referrals.check.consented", to.name(),
                    check.consent().orElseThrow().record().decidedOn().toString());
            default -> messages.format("referrals.check.missing", to.name());
        });
    }

    /** True while the chosen recipient has no consent in force, so a reason is needed to go ahead. */
    public boolean needsReason() {
        return verdict.get() == Verdict.NEEDS_CONSENT_OR_REASON;
    }

    public void make() {
        Template chosen = template.get();
        DirectoryEntry to = recipient.get();
        if (chosen == null || to == null) {
            error.set(messages.get("referrals.error.choose"));
            return;
        }
        if (verdict.get() == Verdict.BLOCKED) {
            error.set(messages.get("referrals.check.blocked"));
            return;
        }
        if (needsReason() && overrideReason.get().isBlank()) {
            error.set(messages.get("referrals.error.reason"));
            return;
        }
        ReferralRequest request = new ReferralRequest(caseId, chosen.header().id(), chosen.header().version(),
                purpose(chosen), to.id(), to.name(), to.kind(), today(), followUpDays.get(),
                needsReason() ? overrideReason.get() : null);
        tasks.run(progress -> session.casebook().referrals().make(request), made -> {
            formOpen.set(false);
            error.set("");
            status.set(messages.format("referrals.made", made.recipientName(),
                    made.madeOn().plusDays(followUpDays.get()).toString()));
            load();
        }, this::failed);
    }

    public void recordOutcome(Referral referral, ReferralOutcome outcome) {
        if (referral == null || outcome == null) {
            return;
        }
        tasks.run(progress -> session.casebook().referrals().recordOutcome(referral.id(), outcome, today()),
                changed -> {
                    status.set(messages.format("referrals.outcome.recorded", changed.recipientName(),
                            outcomeLabel(outcome)));
                    load();
                }, this::failed);
    }

    /** The template's own consent purpose when it names an organisation; a referral always needs one. */
    private static ConsentPurpose purpose(Template template) {
        Optional<ConsentPurpose> purpose = template.header().consent().purpose();
        return purpose.filter(ConsentPurpose::namesOrganisation).orElse(ConsentPurpose.REFER_TO_ORGANISATION);
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
        error.set(failure instanceof ReferralRefusedException ? failure.getMessage() : errors.describe(failure));
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
