package org.cairn.ui.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.FormVersion;
import org.cairn.casebook.MaracDecision;
import org.cairn.casebook.RiskChange;
import org.cairn.casebook.RiskLevel;
import org.cairn.casework.CasePlans;
import org.cairn.casework.OpenedForm;
import org.cairn.casework.Plans;
import org.cairn.casework.RiskProposal;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.Template;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;

/**
 * The safety plans and risk checklists of one case: start one from a template, fill it in, save versions, set a
 * review date, mark it completed, and, for a checklist, follow its score: crossing a threshold proposes a higher
 * risk level and a MARAC referral, which the advocate accepts or declines with a reason. Professional judgement
 * can always raise the level, with a reason. Nothing is read until the tab is first shown ({@link #shown}).
 */
public final class PlansViewModel {
    private final Session session;
    private final long caseId;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final Clock clock;
    private final FormAnswers answers = new FormAnswers();
    private final RiskLevelWords levels;
    private final ChecklistProgress progress;
    private final ObservableList<LibraryTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryTemplate> chosenTemplate = new SimpleObjectProperty<>();
    private final ObservableList<CaseForm> forms = FXCollections.observableArrayList();
    private final ObjectProperty<OpenedForm> opened = new SimpleObjectProperty<>();
    private final ObservableList<FormVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<RiskChange> riskHistory = FXCollections.observableArrayList();
    private final ObservableList<MaracDecision> maracDecisions = FXCollections.observableArrayList();
    private final ObjectProperty<RiskLevel> caseRisk = new SimpleObjectProperty<>(RiskLevel.STANDARD);
    private final BooleanProperty checklist = new SimpleBooleanProperty();
    private final BooleanProperty completed = new SimpleBooleanProperty();
    private final StringProperty completedText = new SimpleStringProperty("");
    private final StringProperty scoreText = new SimpleStringProperty("");
    private final ObjectProperty<RiskProposal> proposal = new SimpleObjectProperty<>();
    private final StringProperty proposalText = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<RiskLevel> judgementLevel = new SimpleObjectProperty<>(RiskLevel.HIGH);
    private final ObjectProperty<LocalDate> reviewDate = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private int loads;

    public PlansViewModel(Session session, long caseId, Messages messages, TaskRunner tasks, ErrorMessages errors,
            Clock clock) {
        this.session = Objects.requireNonNull(session);
        this.caseId = caseId;
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.errors = Objects.requireNonNull(errors);
        this.clock = Objects.requireNonNull(clock);
        this.levels = new RiskLevelWords(messages);
        this.progress = new ChecklistProgress(messages, levels);
    }

    /**
     * The tab was shown: reads what it lists. Read again on every showing, because other tabs of the case file
     * (the risk level on the Case tab, say) may have changed it since; answers being typed are kept.
     */
    public void shown() {
        load();
    }

    /** Reads the templates that can be started, the case's forms and its risk history. */
    public void load() {
        loads++;
        tasks.run(work -> plans().read(caseId), this::show, this::failed);
    }

    /** How many times the tab has read the casebook (tests check it reads nothing until shown). */
    int loads() {
        return loads;
    }

    private Plans plans() {
        return session.casework().plans();
    }

    private void show(CasePlans data) {
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
        run(() -> plans().start(caseId, h.id(), h.version()), form -> {
            status.set(messages.format("plans.started", h.title()));
            load();
            open(form);
        });
    }

    /** Opens a form with the answers of its newest version. */
    public void open(CaseForm form) {
        if (form != null) {
            run(() -> plans().open(form.id()), this::show);
        }
    }

    private void show(OpenedForm form) {
        answers.reset(form, this::recompute);
        versions.setAll(form.versions());
        reviewDate.set(form.form().reviewOn());
        checklist.set(form.checklist());
        completed.set(form.form().completed());
        completedText.set(form.form().completed()
                ? messages.format("plans.completed.on", messages.dates().day(form.form().completedOn())) : "");
        opened.set(form);
        error.set("");
        recompute();
    }

    /** The answer to one item of the open form, as stored: "ticked", "yes", a choice, ISO date, or text. */
    public StringProperty answer(String itemId) {
        return answers.of(itemId);
    }

    /** The current answers, unanswered items left out. */
    public Map<String, String> answers() {
        return answers.given();
    }

    /** Updates the score and the proposal as the checklist is filled in. */
    private void recompute() {
        OpenedForm form = opened.get();
        ChecklistProgress.State state = form == null || !checklist.get() ? ChecklistProgress.State.NONE
                : progress.of(form, answers(), caseRisk.get(), riskHistory, maracDecisions);
        scoreText.set(state.scoreText());
        proposal.set(state.proposal().orElse(null));
        proposalText.set(state.proposalText());
    }

    /** Saves the answers as the form's next version (a checklist with its score); earlier versions are kept. */
    public void save() {
        OpenedForm form = opened.get();
        if (form == null) {
            return;
        }
        Map<String, String> given = answers();
        run(() -> plans().save(form.form().id(), given), saved -> {
            status.set(messages.format("plans.saved", saved.version()));
            open(form.form());
        });
    }

    /**
     * Marks the open form completed today. Answers that differ from the newest version are saved as a new version
     * first, in the same transaction, so what was completed is what is kept.
     */
    public void markCompleted() {
        OpenedForm form = opened.get();
        if (form == null) {
            return;
        }
        Map<String, String> given = answers();
        run(() -> plans().complete(form.form().id(), given), done -> {
            status.set(messages.format("plans.completed.done", done.template().title(),
                    messages.dates().day(done.completedOn())));
            load();
            open(done);
        });
    }

    /** Takes the completion date away: the form counts as being worked on again. */
    public void reopen() {
        OpenedForm form = opened.get();
        if (form == null || !form.form().completed()) {
            return;
        }
        run(() -> plans().reopen(form.form().id()), reopened -> {
            status.set(messages.format("plans.reopened", reopened.template().title()));
            load();
            open(reopened);
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
        run(() -> plans().setReview(form.form().id(), date), task -> {
            status.set(messages.format("plans.review.set", messages.dates().day(date)));
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
        Map<String, String> given = answers();
        String why = accepted ? null : reason.get().strip();
        run(() -> plans().answerProposal(form.form().id(), given, accepted, why), saved -> {
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
        run(() -> plans().raiseByJudgement(caseId, to, formId, why), change -> {
            reason.set("");
            status.set(messages.format("plans.judgement.done", level(to)));
            load();
        });
    }

    /** A risk level in words, as the case list shows it. */
    public String level(RiskLevel level) {
        return levels.of(level);
    }

    private interface Work<T> {
        T call() throws Exception;
    }

    private <T> void run(Work<T> work, Consumer<T> done) {
        error.set("");
        tasks.run(progress -> work.call(), done::accept, this::failed);
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

    /** True while the open form is marked completed. */
    public BooleanProperty completedProperty() {
        return completed;
    }

    /** "Completed on …" for the open form, or empty. */
    public StringProperty completedTextProperty() {
        return completedText;
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
