package org.cairn.ui.referrals;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.RecipientKind;
import org.cairn.casebook.Referral;
import org.cairn.casebook.ReferralConsentCheck.Verdict;
import org.cairn.casebook.ReferralOutcome;
import org.cairn.templates.Template;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.TextColumn;
import org.cairn.ui.directory.KindLabels;
import org.kordamp.ikonli.feather.Feather;

/** The Referrals tab: the case's referrals with their outcomes, and the New referral form under them. */
public final class ReferralsView {
    private final ReferralsViewModel model;
    private final Messages messages;

    public ReferralsView(ReferralsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Node build() {
        TableView<Referral> table = new TableView<>(model.referrals());
        table.setId("referrals-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.cairn.ui.common.TableHeadings.keepWhole(table);
        table.getColumns().add(column("referrals.madeOn", r -> messages.dates().day(r.madeOn())));
        table.getColumns().add(column("referrals.recipient", Referral::recipientName));
        table.getColumns().add(column("referrals.template", model::templateTitle));
        table.getColumns().add(column("referrals.outcome", r -> model.outcomeLabel(r.outcome())
                + (r.outcomeOn() == null ? "" : " (" + messages.dates().day(r.outcomeOn()) + ")")));
        table.getColumns().add(column("referrals.consent", r -> r.overrideReason() == null
                ? messages.get("referrals.consent.recorded") : messages.get("referrals.consent.overridden")));
        table.setPlaceholder(new Label(messages.get("referrals.none")));
        table.setPrefHeight(200);
        ComboBox<ReferralOutcome> outcome = new ComboBox<>();
        outcome.setId("referrals-outcome");
        outcome.getItems().setAll(ReferralOutcome.values());
        outcome.setButtonCell(cell(model::outcomeLabel));
        outcome.setCellFactory(cells(model::outcomeLabel));
        outcome.setPromptText(messages.get("referrals.outcome.choose"));
        Button record = Icons.withIcon(new Button(messages.get("referrals.outcome.record")), Feather.CHECK);
        record.setId("referrals-record-outcome");
        record.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(outcome.valueProperty().isNull()));
        record.setOnAction(event -> model.recordOutcome(table.getSelectionModel().getSelectedItem(),
                outcome.getValue()));
        Button letter = Icons.withIcon(new Button(messages.get("referrals.letter")), Feather.FILE_TEXT);
        letter.setId("referrals-letter");
        letter.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        letter.setOnAction(event -> model.writeLetter(table.getSelectionModel().getSelectedItem()));
        // The referral just made is selected, so its letter is one press away.
        model.lastMadeProperty().addListener((o, was, made) -> {
            if (made != null) {
                table.getItems().stream().filter(r -> r.id() == made.id()).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        table.getItems().addListener((javafx.collections.ListChangeListener<Referral>) change -> {
            Referral made = model.lastMadeProperty().get();
            if (made != null) {
                table.getItems().stream().filter(r -> r.id() == made.id()).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        Button start = Icons.withIcon(new Button(messages.get("referrals.new")), Feather.SEND);
        start.setId("referrals-new");
        start.setOnAction(event -> model.newReferral());
        Label status = Layouts.message(model.statusProperty(), Styles.SUCCESS);
        status.setId("referrals-status");
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("referrals-error");
        VBox box = new VBox(8, table, new HBox(8, outcome, record, letter, start), status, error, form());
        box.setPadding(new Insets(12, 12, 12, 0));
        model.load();
        // The new-referral form can be taller than a small laptop screen: scroll rather than hide its buttons.
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node form() {
        ComboBox<Template> template = new ComboBox<>(model.templates());
        template.setId("referrals-template");
        template.setButtonCell(cell(t -> t.header().title()));
        template.setCellFactory(cells(t -> t.header().title()));
        template.valueProperty().bindBidirectional(model.templateProperty());
        ComboBox<DirectoryEntry> recipient = new ComboBox<>(model.recipients());
        recipient.setId("referrals-recipient");
        recipient.setPromptText(messages.get("referrals.recipient.choose"));
        recipient.setButtonCell(recipientCell());
        recipient.setCellFactory(view -> recipientCell());
        recipient.valueProperty().bindBidirectional(model.recipientProperty());
        recipient.visibleProperty().bind(model.sourceProperty().isEqualTo(ReferralsViewModel.Source.DIRECTORY));
        recipient.managedProperty().bind(recipient.visibleProperty());
        ListView<String> fields = new ListView<>(model.neededFields());
        fields.setId("referrals-fields");
        fields.setPrefHeight(150);
        Label consent = new Label();
        consent.setId("referrals-consent");
        consent.setWrapText(true);
        consent.textProperty().bind(model.consentTextProperty());
        model.verdictProperty().addListener((o, was, now) -> {
            consent.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
            if (now != null) {
                consent.getStyleClass().add(now == Verdict.CONSENTED ? Styles.SUCCESS
                        : now == Verdict.BLOCKED ? Styles.DANGER : Styles.WARNING);
            }
        });
        TextField reason = new TextField();
        reason.setId("referrals-override-reason");
        reason.setPromptText(messages.get("referrals.reason.prompt"));
        reason.setAccessibleText(messages.get("referrals.reason.prompt"));
        reason.textProperty().bindBidirectional(model.overrideReasonProperty());
        reason.visibleProperty().bind(model.verdictProperty().isEqualTo(Verdict.NEEDS_CONSENT_OR_REASON));
        reason.managedProperty().bind(reason.visibleProperty());
        Spinner<Integer> days = new Spinner<>(0, 365, ReferralsViewModel.DEFAULT_FOLLOW_UP_DAYS);
        days.setId("referrals-follow-up");
        days.setEditable(true);
        days.getValueFactory().valueProperty().addListener((o, was, now) -> model.followUpDaysProperty()
                .set(now == null ? ReferralsViewModel.DEFAULT_FOLLOW_UP_DAYS : now));
        model.followUpDaysProperty().addListener((o, was, now) -> days.getValueFactory().setValue(now.intValue()));
        Button make = Icons.withIcon(new Button(messages.get("referrals.make")), Feather.CHECK);
        make.setId("referrals-make");
        make.disableProperty().bind(model.verdictProperty().isNull()
                .or(model.verdictProperty().isEqualTo(Verdict.BLOCKED)));
        make.setOnAction(event -> model.make());
        Button cancel = new Button(messages.get("referrals.cancel"));
        cancel.setOnAction(event -> model.cancel());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("referrals.form.template")), template);
        grid.addRow(1, new Label(messages.get("referrals.form.recipient")), new VBox(6, source(), recipient,
                typed()));
        grid.addRow(2, new Label(messages.get("referrals.form.followUp")), days);
        Label fieldsTitle = new Label(messages.get("referrals.form.fields"));
        fieldsTitle.getStyleClass().add(Styles.TEXT_MUTED);
        Label title = new Label(messages.get("referrals.form.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox form = new VBox(8, title, grid, fieldsTitle, fields, consent, reason, new HBox(8, make, cancel));
        form.setId("referrals-form");
        form.getStyleClass().add("cairn-banner");
        form.visibleProperty().bind(model.formOpenProperty());
        form.managedProperty().bind(form.visibleProperty());
        return form;
    }

    private Node source() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioButton listed = new javafx.scene.control.RadioButton(
                messages.get("referrals.source.directory"));
        listed.setId("referrals-source-directory");
        listed.setToggleGroup(group);
        listed.setUserData(ReferralsViewModel.Source.DIRECTORY);
        javafx.scene.control.RadioButton typed = new javafx.scene.control.RadioButton(
                messages.get("referrals.source.typed"));
        typed.setId("referrals-source-typed");
        typed.setToggleGroup(group);
        typed.setUserData(ReferralsViewModel.Source.TYPED);
        group.selectToggle(model.sourceProperty().get() == ReferralsViewModel.Source.TYPED ? typed : listed);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.sourceProperty().set((ReferralsViewModel.Source) now.getUserData());
            }
        });
        model.sourceProperty().addListener((o, was, now) -> group.selectToggle(
                now == ReferralsViewModel.Source.TYPED ? typed : listed));
        return new HBox(12, listed, typed);
    }

    private Node typed() {
        TextField name = new TextField();
        name.setId("referrals-typed-name");
        name.setPromptText(messages.get("referrals.typed.name"));
        name.setAccessibleText(messages.get("referrals.typed.name"));
        name.textProperty().bindBidirectional(model.typedNameProperty());
        ComboBox<RecipientKind> kind = new ComboBox<>();
        kind.setId("referrals-typed-kind");
        kind.getItems().setAll(RecipientKind.values());
        kind.setPromptText(messages.get("referrals.typed.kind"));
        kind.setAccessibleText(messages.get("referrals.typed.kind"));
        kind.setButtonCell(cell(k -> KindLabels.label(messages, k)));
        kind.setCellFactory(cells(k -> KindLabels.label(messages, k)));
        kind.valueProperty().bindBidirectional(model.typedKindProperty());
        javafx.scene.control.TextArea contact = new javafx.scene.control.TextArea();
        contact.setId("referrals-typed-contact");
        contact.setPromptText(messages.get("referrals.typed.contact"));
        contact.setAccessibleText(messages.get("referrals.typed.contact"));
        contact.setPrefRowCount(3);
        contact.textProperty().bindBidirectional(model.typedContactProperty());
        VBox box = new VBox(6, name, kind, contact);
        box.visibleProperty().bind(model.sourceProperty().isEqualTo(ReferralsViewModel.Source.TYPED));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A directory entry in the picker, in red with a plain warning when it is blocked for this client. */
    private ListCell<DirectoryEntry> recipientCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DirectoryEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.recipientLabel(item));
                getStyleClass().remove("cairn-blocked");
                if (!empty && model.isBlocked(item)) {
                    getStyleClass().add("cairn-blocked");
                }
            }
        };
    }

    private <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private <T> Callback<ListView<T>, ListCell<T>> cells(Function<T, String> text) {
        return view -> cell(text);
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> text) {
        return TextColumn.of(messages.get(key), text);
    }
}
