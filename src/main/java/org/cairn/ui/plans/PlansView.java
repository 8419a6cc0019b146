package org.cairn.ui.plans;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cairn.casebook.CaseForm;
import org.cairn.casebook.FormVersion;
import org.cairn.casebook.RiskChange;
import org.cairn.casebook.RiskLevel;
import org.cairn.templates.LibraryTemplate;
import org.cairn.templates.StructuredBody;
import org.cairn.templates.Template;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** The case file's plans tab: forms and risk history on the left, the open form with its score on the right. */
public final class PlansView {
    private final PlansViewModel model;
    private final Messages messages;
    private final FormControls controls;
    private final ScrollPane editor = new ScrollPane();

    public PlansView(PlansViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.controls = new FormControls(messages);
    }

    public Parent build() {
        // The left column scrolls rather than squeezing its wrapped lines into "…" when large text leaves it short.
        Region column = left();
        ScrollPane left = new ScrollPane(column);
        left.setFitToWidth(true);
        // At least as tall as the view, so that the list of plans still takes the spare height.
        left.viewportBoundsProperty().addListener((o, was, now) -> column.setMinHeight(now.getHeight()));
        SplitPane split = new SplitPane(left, right());
        split.setDividerPositions(0.4);
        BorderPane root = new BorderPane(split);
        Label status = Layouts.message(model.statusProperty(), Styles.SUCCESS);
        status.setId("plans-status");
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("plans-error");
        root.setTop(new VBox(4, status, error));
        root.setPadding(new Insets(12, 0, 0, 0));
        model.openedProperty().addListener((o, was, now) -> showForm());
        showForm();
        // Nothing is read here: the case file calls model.shown() when this tab is selected.
        return root;
    }

    private Region left() {
        ComboBox<LibraryTemplate> choose = new ComboBox<>(model.templates());
        choose.setId("plans-template");
        choose.valueProperty().bindBidirectional(model.chosenTemplateProperty());
        choose.setConverter(new StringConverter<>() {
            @Override
            public String toString(LibraryTemplate t) {
                return t == null ? "" : t.header().title() + " (v" + t.header().version() + ")";
            }

            @Override
            public LibraryTemplate fromString(String text) {
                return null;
            }
        });
        choose.setMaxWidth(Double.MAX_VALUE);
        choose.setAccessibleText(messages.get("plans.start.label"));
        HBox.setHgrow(choose, Priority.ALWAYS);
        Button start = Icons.withIcon(new Button(messages.get("plans.start")), Feather.PLUS);
        start.setId("plans-start");
        start.setOnAction(event -> model.start());
        start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ListView<CaseForm> forms = new ListView<>(model.forms());
        forms.setId("plans-forms");
        Layouts.wrapping(forms);
        forms.setPrefHeight(160);
        Label none = new Label(messages.get("plans.none"));
        none.setWrapText(true);
        forms.setPlaceholder(none);
        forms.setCellFactory(view -> cell(form -> messages.format("plans.form.item", form.template().title(),
                form.template().version(), messages.dates().moment(form.startedAt()), form.startedBy())
                + (form.completed() ? " \u00b7 " + messages.format("plans.completed.on",
                        messages.dates().day(form.completedOn())) : "")));
        forms.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.open(now));
        Label current = new Label();
        current.setId("plans-risk-current");
        current.textProperty().bind(Bindings.createStringBinding(() -> messages.format("plans.risk.current",
                model.level(model.caseRiskProperty().get())), model.caseRiskProperty()));
        current.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<RiskChange> history = new ListView<>(model.riskHistory());
        history.setId("plans-risk-history");
        Layouts.wrapping(history);
        history.setPrefHeight(140);
        history.setCellFactory(view -> cell(this::describe));
        // The chosen template's title gets the column's whole width; Start sits under it.
        VBox box = new VBox(8, muted("plans.start.label"), choose, start, muted("plans.forms"), forms,
                current, muted("plans.risk.history"), history, judgement());
        VBox.setVgrow(forms, Priority.ALWAYS);
        box.setPadding(new Insets(0, 12, 0, 0));
        return box;
    }

    private Node judgement() {
        ComboBox<RiskLevel> level = new ComboBox<>();
        level.getItems().setAll(RiskLevel.values());
        level.valueProperty().bindBidirectional(model.judgementLevelProperty());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(RiskLevel value) {
                return value == null ? "" : model.level(value);
            }

            @Override
            public RiskLevel fromString(String text) {
                return null;
            }
        });
        level.setId("plans-judgement-level");
        Button raise = new Button(messages.get("plans.judgement.button"));
        raise.setId("plans-judgement");
        raise.setOnAction(event -> model.raiseByJudgement());
        HBox row = new HBox(8, level, raise);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, muted("plans.judgement"), row);
    }

    private Node right() {
        Label score = new Label();
        score.setId("plans-score");
        score.textProperty().bind(model.scoreTextProperty());
        score.getStyleClass().add(Styles.TITLE_4);
        score.visibleProperty().bind(model.checklistProperty());
        score.managedProperty().bind(score.visibleProperty());
        editor.setFitToWidth(true);
        editor.setId("plans-editor");
        VBox.setVgrow(editor, Priority.ALWAYS);
        Button save = Icons.withIcon(new Button(messages.get("plans.save")), Feather.SAVE);
        save.setId("plans-save");
        DatePicker review = messages.dates().picker();
        review.setId("plans-review-date");
        review.valueProperty().bindBidirectional(model.reviewDateProperty());
        review.setAccessibleText(messages.get("plans.review"));
        review.setPrefWidth(140);
        Button setReview = Icons.withIcon(new Button(messages.get("plans.review.set.button")), Feather.CALENDAR);
        setReview.setId("plans-review");
        save.setOnAction(event -> model.save());
        setReview.setOnAction(event -> model.setReview());
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        setReview.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Wraps at large text, each part whole; the date keeps its label beside it.
        HBox reviewOn = new HBox(8, Layouts.whole(new Label(messages.get("plans.review"))), review, setReview);
        reviewOn.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane actions = Layouts.flow(8, save, reviewOn);
        Button complete = Icons.withIcon(new Button(messages.get("plans.complete")), Feather.CHECK_SQUARE);
        complete.setId("plans-complete");
        complete.setOnAction(event -> model.markCompleted());
        complete.visibleProperty().bind(model.completedProperty().not());
        complete.managedProperty().bind(complete.visibleProperty());
        Button reopen = Icons.withIcon(new Button(messages.get("plans.reopen")), Feather.ROTATE_CCW);
        reopen.setId("plans-reopen");
        reopen.setOnAction(event -> model.reopen());
        reopen.visibleProperty().bind(model.completedProperty());
        reopen.managedProperty().bind(reopen.visibleProperty());
        Label completedOn = new Label();
        completedOn.setId("plans-completed");
        completedOn.textProperty().bind(model.completedTextProperty());
        completedOn.getStyleClass().add(Styles.TEXT_BOLD);
        HBox completion = new HBox(8, complete, reopen, completedOn);
        completion.setAlignment(Pos.CENTER_LEFT);
        ListView<FormVersion> versions = new ListView<>(model.versions());
        versions.setId("plans-versions");
        Layouts.wrapping(versions);
        versions.setPrefHeight(90);
        versions.setCellFactory(view -> cell(v -> messages.format("plans.version.item", v.version(),
                messages.dates().moment(v.savedAt()), v.savedBy(), v.score() == null ? ""
                        : messages.format("plans.version.score", v.score()))));
        VBox box = new VBox(8, score, proposal(), editor, actions, completion, muted("plans.versions"), versions);
        box.setPadding(new Insets(0, 0, 0, 12));
        box.disableProperty().bind(model.openedProperty().isNull());
        return box;
    }

    private Node proposal() {
        Label text = new Label();
        text.setId("plans-proposal");
        text.setWrapText(true);
        text.textProperty().bind(model.proposalTextProperty());
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button accept = Icons.withIcon(new Button(messages.get("plans.proposal.accept")), Feather.CHECK);
        accept.setId("plans-accept");
        accept.getStyleClass().add(Styles.ACCENT);
        accept.setOnAction(event -> model.accept());
        accept.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button decline = new Button(messages.get("plans.proposal.decline"));
        decline.setId("plans-decline");
        decline.setOnAction(event -> model.decline());
        decline.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField reason = new TextField();
        reason.setId("plans-reason");
        reason.setPromptText(messages.get("plans.reason"));
        reason.setAccessibleText(messages.get("plans.reason"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        VBox box = new VBox(6, text, new HBox(8, accept, decline, reason));
        box.getStyleClass().add("cairn-banner");
        box.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warn"), true);
        box.visibleProperty().bind(model.proposalProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showForm() {
        Template template = model.openTemplate();
        if (template == null) {
            Label none = new Label(messages.get("plans.choose"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            editor.setContent(none);
            return;
        }
        VBox form = controls.build((StructuredBody) template.body(), model);
        form.setPadding(new Insets(8));
        editor.setContent(form);
    }

    private String describe(RiskChange change) {
        String reason = change.reason() == null ? "" : messages.format("plans.risk.reason", change.reason());
        String when = messages.dates().moment(change.changedAt());
        if (change.from() == change.to()) {
            return messages.format("plans.risk.declined", when, model.level(change.to()), change.changedBy(), reason);
        }
        return messages.format("plans.risk.item", when, model.level(change.from()), model.level(change.to()),
                messages.get(switch (change.source()) {
                    case CHECKLIST -> "plans.source.checklist";
                    case JUDGEMENT -> "plans.source.judgement";
                    case EDIT -> "plans.source.edit";
                }), change.changedBy(), reason);
    }

    private Label muted(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true); // the left column is narrow at large text
        return label;
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        };
    }
}
