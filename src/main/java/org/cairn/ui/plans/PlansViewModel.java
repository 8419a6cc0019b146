package org.cairn.ui.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.FormTemplate;
import org.cairn.casebook.FormVersion;
import org.cairn.casebook.MaracChoice;
import org.cairn.casebook.MaracDecision;
import org.cairn.casebook.RiskChange;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.RiskSource;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.ChecklistResult;
import org.cairn.templates.ChecklistScoring;
import org.cairn.templates.Item;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.Section;
import org.cairn.templates.StructuredBody;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateKind;
import org.cairn.templates.TemplateLibrary;
import org.cairn.templates.TemplateParser;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * The safety plans and risk checklists of one case: start one from a template, fill it in, save versions, set a
 * review date, and, for a checklist, follow its score: crossing a threshold proposes a higher risk level and a
 * MARAC referral, which the advocate accepts or declines with a reason. Professional judgement can always raise
 * the level, with a reason.
 */
public final class PlansViewModel {
    private final Session session;
    private final long caseId;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final Clock clock;
    private final TemplateParser parser = TemplateParser.standard();
    private final ChecklistScoring scoring = new ChecklistScoring();
    private final RiskProposals proposals = new RiskProposals();
    private final ObservableList<LibraryTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryTemplate> chosenTemplate = new SimpleObjectProperty<>();
    private final ObservableList<CaseForm> forms = FXCollections.observableArrayList();
    private final ObjectProperty<OpenedForm> opened = new SimpleObjectProperty<>();
    private final Map<String, StringProperty> answers = new LinkedHashMap<>();
    private final ObservableList<FormVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<RiskChange> riskHistory = FXCollections.observableArrayList();
    private final ObservableList<MaracDecision> maracDecisions = FXCollections.observableArrayList();
    private final ObjectProperty<RiskLevel> caseRisk = new SimpleObjectProperty<>(RiskLevel.STANDARD);
    private final BooleanProperty checklist = new SimpleBooleanProperty();
    private final StringProperty scoreText = new SimpleStringProperty("");
    private final ObjectProperty<RiskProposal> proposal = new SimpleObjectProperty<>();
    private final StringProperty proposalText = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<RiskLevel> judgementLevel = new SimpleObjectProperty<>(RiskLevel.HIGH);
    private final ObjectProperty<LocalDate> reviewDate = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public PlansViewModel(Session session, long caseId, Messages messages, TaskRunner tasks, ErrorMessages errors,
            Clock clock) {
        this.session = Objects.requireNonNull(session);
        this.caseId = caseId;
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Reads the templates that can be started, the case's forms and its risk history. */
    public void load() {
        tasks.run(progress -> read(), this::show, this::failed);
    }

    private PlansData read() {
        Casebook casebook = session.casebook();
        List<LibraryTemplate> startable = new TemplateLibrary(new BuiltInTemplates(parser), parser,
                casebook.orgTemplates()).all().stream().filter(t -> t.header().kind().structured()).toList();
        RiskLevel risk = casebook.cases().find(caseId).orElseThrow().details().risk();
        return new PlansData(startable, casebook.forms().forCase(caseId), risk, casebook.risk().history(caseId),
                casebook.risk().maracDecisions(caseId));
    }

    private void show(PlansData data) {
        templates.setAll(data.templates());
        if (chosenTemplate.get() == null && !templates.isEmpty()) {
            chosenTemplate.set(templates.get(0));
        }
        forms.setAll(data.forms());
        caseRisk.set(data.risk());
        riskHistory.setAll(data.history());
        maracDecisions.setAll(data.marac());
        recompute();
    }

    /** Starts a new form from the chosen template; the case keeps a copy of that template's text. */
    public void start() {
        LibraryTemplate template = chosenTemplate.get();
        if (template == null) {
            return;
        }
        var h = template.header();
        FormTemplate copy = new FormTemplate(h.id(), h.version(), h.kind().token(), h.title(), template.sourceText());
        run(() -> session.casebook().forms().start(caseId, copy), form -> {
            status.set(messages.format("plans.started", h.title()));
            load();
            open(form);
        });
    }

    /** Opens a form with the answers of its newest version. */
    public void open(CaseForm form) {
        if (form == null) {
            return;
        }
        run(() -> {
            CaseForm current = session.casebook().forms().find(form.id()).orElseThrow();
            return new OpenedForm(current, parse(current), session.casebook().forms().versions(form.id()));
        }, this::show);
    }

    private Template parse(CaseForm form) {
        return parser.parse(form.template().text()).template().orElseThrow(() -> new IllegalStateException(
                "the template copy of a case form does not parse"));
    }

    private void show(OpenedForm form) {
        answers.clear();
        Map<String, String> latest = form.versions().isEmpty() ? Map.of()
                : form.versions().get(form.versions().size() - 1).answers();
        for (Section section : body(form).sections()) {
            for (Item item : section.items()) {
                StringProperty answer = new SimpleStringProperty(latest.getOrDefault(item.id(), ""));
                answer.addListener((o, was, now) -> recompute());
                answers.put(item.id(), answer);
            }
        }
        versions.setAll(form.versions());
        reviewDate.set(form.form().reviewOn());
        checklist.set(form.template().header().kind() == TemplateKind.RISK_CHECKLIST);
        opened.set(form);
        error.set("");
        recompute();
    }

    /** The answer to one item of the open form, as stored: "ticked", "yes", a choice, ISO date, or text. */
    public StringProperty answer(String itemId) {
        StringProperty answer = answers.get(itemId);
        if (answer == null) {
            throw new IllegalArgumentException("the open form has no item " + itemId);
        }
        return answer;
    }

    /** The current answers, unanswered items left out. */
    public Map<String, String> answers() {
        Map<String, String> given = new LinkedHashMap<>();
        answers.forEach((item, value) -> {
            if (value.get() != null && !value.get().isBlank()) {
                given.put(item, value.get());
            }
        });
        return given;
    }

    /** Updates the score and the proposal as the checklist is filled in. */
    private void recompute() {
        OpenedForm form = opened.get();
        if (form == null || !checklist.get()) {
            scoreText.set("");
            setProposal(Optional.empty());
            return;
        }
        StructuredBody body = body(form);
        ChecklistResult result = scoring.score(body, answers());
        scoreText.set(messages.format("plans.score", result.total(), body.maximumScore(), result.threshold()
                .map(t -> level(t.level())).orElse("")));
        long formId = form.form().id();
        RiskLevel declined = proposals.declinedLevel(body, formId, riskHistory, versions);
        boolean maracDecided = maracDecisions.stream().anyMatch(d -> d.formId() != null && d.formId() == formId);
        setProposal(proposals.propose(result, caseRisk.get(), declined, maracDecided));
    }

    private void setProposal(Optional<RiskProposal> next) {
        proposal.set(next.orElse(null));
        proposalText.set(next.map(this::describe).orElse(""));
    }

    private String describe(RiskProposal p) {
        String what = p.raises() && p.marac() ? messages.format("plans.proposal.both", level(p.current()),
                level(p.raiseTo())) : p.raises() ? messages.format("plans.proposal.raise", level(p.current()),
                        level(p.raiseTo())) : messages.get("plans.proposal.marac");
        return p.guidance().isEmpty() ? what : what + " " + p.guidance();
    }

    /** Saves the answers as the form's next version; earlier versions are kept. */
    public void save() {
        OpenedForm form = opened.get();
        if (form == null) {
            return;
        }
        Map<String, String> given = answers();
        Integer score = checklist.get() ? scoring.score(body(form), given).total() : null;
        run(() -> session.casebook().forms().save(form.form().id(), given, score), saved -> {
            status.set(messages.format("plans.saved", saved.version()));
            open(form.form());
        });
    }

    /** Sets the review date; a follow-up task for that day goes on the case's task list. */
    public void setReview() {
        OpenedForm form = opened.get();
        LocalDate date = reviewDate.get();
        if (form == null) {
            return;
        }
        if (date == null || date.isBefore(LocalDate.now(clock))) {
            error.set(messages.get("plans.review.needed"));
            return;
        }
        String title = messages.format("plans.review.task", form.form().template().title());
        run(() -> session.casebook().forms().setReview(form.form().id(), date, title), task -> {
            status.set(messages.format("plans.review.set", date.toString()));
            load();
        });
    }

    /** Accepts the proposal: saves the answers, raises the level and records a MARAC referral as proposed. */
    public void accept() {
        decide(true);
    }

    /** Declines the proposal with the reason typed; the level stays and the reason is kept in the history. */
    public void decline() {
        if (reason.get() == null || reason.get().isBlank()) {
            error.set(messages.get("plans.reason.needed"));
            return;
        }
        decide(false);
    }

    private void decide(boolean accepted) {
        OpenedForm form = opened.get();
        RiskProposal p = proposal.get();
        if (form == null || p == null) {
            return;
        }
        long formId = form.form().id();
        Map<String, String> given = answers();
        int score = p.total();
        String why = accepted ? null : reason.get().strip();
        Casebook casebook = session.casebook();
        run(() -> casebook.transactions().write(tx -> {
            FormVersion saved = casebook.forms().save(tx, formId, given, score);
            if (p.raises()) {
                casebook.risk().change(tx, caseId, accepted ? p.raiseTo() : p.current(), RiskSource.CHECKLIST,
                        formId, why);
            }
            if (p.marac()) {
                casebook.risk().decideMarac(tx, caseId, formId, saved.version(),
                        accepted ? MaracChoice.REFER : MaracChoice.DECLINED, why);
            }
            return saved;
        }), saved -> {
            reason.set("");
            status.set(messages.get(accepted ? "plans.proposal.accepted" : "plans.proposal.declined"));
            load();
            open(form.form());
        });
    }

    /** Professional judgement: raises the case's level above what any score says, with the reason typed. */
    public void raiseByJudgement() {
        RiskLevel to = judgementLevel.get();
        if (to == null || to.compareTo(caseRisk.get()) <= 0) {
            error.set(messages.format("plans.judgement.higher", level(caseRisk.get())));
            return;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            error.set(messages.get("plans.reason.needed"));
            return;
        }
        OpenedForm form = opened.get();
        Long formId = form == null ? null : form.form().id();
        String why = reason.get().strip();
        run(() -> session.casebook().risk().change(caseId, to, RiskSource.JUDGEMENT, formId, why), change -> {
            reason.set("");
            status.set(messages.format("plans.judgement.done", level(to)));
            load();
        });
    }

    /** A risk level in words, as the case list shows it. */
    public String level(RiskLevel level) {
        return messages.get(switch (level) {
            case STANDARD -> "plans.level.standard";
            case MEDIUM -> "plans.level.medium";
            case HIGH -> "plans.level.high";
        });
    }

    private static StructuredBody body(OpenedForm form) {
        return (StructuredBody) form.template().body();
    }

    private <T> void run(TaskRunner.Work<T> work, java.util.function.Consumer<T> done) {
        error.set("");
        tasks.run(work, done::accept, this::failed);
    }

    private interface Work<T> {
        T call() throws Exception;
    }

    private <T> void run(Work<T> work, java.util.function.Consumer<T> done) {
        run(progress -> work.call(), done);
    }

    private void failed(Exception failure) {
        error.set(errors.describe(failure));
    }

    public ObservableList<LibraryTemplate> templates() {
        return templates;
    }

    public ObjectProperty<LibraryTemplate> chosenTemplateProperty() {
        return chosenTemplate;
    }

    public ObservableList<CaseForm> forms() {
        return forms;
    }

    /** The open form's template (for building the controls), or null. */
    public Template openTemplate() {
        return opened.get() == null ? null : opened.get().template();
    }

    /** Changes whenever another form (or a newly saved version) is opened: the view rebuilds its controls. */
    public ObjectProperty<?> openedProperty() {
        return opened;
    }

    public ObservableList<FormVersion> versions() {
        return versions;
    }

    public ObservableList<RiskChange> riskHistory() {
        return riskHistory;
    }

    public ObjectProperty<RiskLevel> caseRiskProperty() {
        return caseRisk;
    }

    public BooleanProperty checklistProperty() {
        return checklist;
    }

    public StringProperty scoreTextProperty() {
        return scoreText;
    }

    public ObjectProperty<RiskProposal> proposalProperty() {
        return proposal;
    }

    public StringProperty proposalTextProperty() {
        return proposalText;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<RiskLevel> judgementLevelProperty() {
        return judgementLevel;
    }

    public ObjectProperty<LocalDate> reviewDateProperty() {
        return reviewDate;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
