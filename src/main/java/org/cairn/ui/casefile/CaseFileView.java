package org.cairn.ui.casefile;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.Note;
import org.cairn.casebook.NoteVersion;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.TextColumn;
import org.cairn.ui.plans.PlansView;
import org.cairn.ui.referrals.ReferralsView;
import org.kordamp.ikonli.feather.Feather;

/** One case: the contact-safety banner on top, then notes, consent and audit in tabs. */
public final class CaseFileView {
    private final CaseFileViewModel model;
    private final Messages messages;

    public CaseFileView(CaseFileViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Button back = Icons.withIcon(new Button(messages.get("casefile.back")), Feather.ARROW_LEFT);
        back.setId("casefile-back");
        back.setCancelButton(true);
        back.setOnAction(event -> model.back());
        Label heading = new Label();
        heading.setId("casefile-heading");
        heading.textProperty().bind(model.headingProperty());
        heading.getStyleClass().add(Styles.TITLE_3);
        Label details = new Label();
        details.textProperty().bind(model.detailsProperty());
        details.getStyleClass().add(Styles.TEXT_MUTED);
        Button copy = Icons.iconOnly(Feather.COPY, messages.get("casefile.copyReference"));
        copy.setId("casefile-copy-reference");
        copy.setOnAction(event -> model.copyReference());
        Button letter = Icons.withIcon(new Button(messages.get("casefile.newLetter")), Feather.FILE_TEXT);
        letter.setId("casefile-new-letter");
        letter.setOnAction(event -> model.newLetter());
        Button another = Icons.withIcon(new Button(messages.get("casefile.newCaseForClient")), Feather.FOLDER_PLUS);
        another.setId("casefile-new-case-for-client");
        another.setTooltip(new javafx.scene.control.Tooltip(messages.get("casefile.newCaseForClient.hint")));
        another.disableProperty().bind(model.loadedProperty().not());
        another.setOnAction(event -> model.newCaseForClient());
        Button close = Icons.withIcon(new Button(messages.get("casefile.close")), Feather.ARCHIVE);
        close.setId("casefile-close");
        close.setOnAction(event -> model.closeCase());
        Button reopen = Icons.withIcon(new Button(messages.get("casefile.reopen")), Feather.ROTATE_CCW);
        reopen.setId("casefile-reopen");
        reopen.setOnAction(event -> model.reopenCase());
        close.visibleProperty().bind(model.closedProperty().not().and(model.loadedProperty()));
        close.managedProperty().bind(close.visibleProperty());
        reopen.visibleProperty().bind(model.closedProperty());
        reopen.managedProperty().bind(reopen.visibleProperty());
        var restriction = model.restriction();
        Button restrict = Icons.withIcon(new Button(messages.get("casefile.restrict")), Feather.LOCK);
        restrict.setId("casefile-restrict");
        restrict.setAccessibleHelp(messages.get("casefile.restrict.hint"));
        restrict.setTooltip(new javafx.scene.control.Tooltip(messages.get("casefile.restrict.hint")));
        restrict.setOnAction(event -> restriction.restrict());
        restrict.visibleProperty().bind(restriction.mayRestrictProperty().and(restriction.restrictedProperty().not()));
        restrict.managedProperty().bind(restrict.visibleProperty());
        Button lift = Icons.withIcon(new Button(messages.get("casefile.unrestrict")), Feather.UNLOCK);
        lift.setId("casefile-unrestrict");
        lift.setAccessibleHelp(messages.get("casefile.unrestrict.hint"));
        lift.setTooltip(new javafx.scene.control.Tooltip(messages.get("casefile.unrestrict.hint")));
        lift.setOnAction(event -> restriction.lift());
        lift.visibleProperty().bind(restriction.mayRestrictProperty().and(restriction.readableProperty()));
        lift.managedProperty().bind(lift.visibleProperty());
        // The heading and the buttons keep all their words: when the text is large the buttons move onto a new line.
        javafx.scene.layout.FlowPane top = Layouts.flow(16, back, new VBox(2, heading, details), copy, letter,
                another, close, reopen, restrict, lift);
        // These tabs read the casebook only when shown, and again on every showing, so they are never stale.
        var plans = model.plans();
        var blocked = model.blockedRecipients();
        Tab plansTab = tab("casefile.plans", new PlansView(plans, messages).build());
        Tab abusersTab = tab("casefile.abusers", abusersAndBlocked(blocked));
        plansTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                plans.shown();
            }
        });
        abusersTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                blocked.load();
            }
        });
        TabPane tabs = new TabPane(tab("casefile.notes", notes()),
                tab("casefile.client", new ClientDetailsPane(model, messages).build()),
                tab("casefile.case", new CaseDetailsPane(model, messages).build()),
                abusersTab,
                plansTab,
                tab("casefile.referrals", new ReferralsView(model.referrals(), messages).build()),
                tab("casefile.tasks", new TasksPane(model.taskList(), messages).build()),
                tab("casefile.consent", new ConsentPane(model.consent(), messages).build()),
                tab("casefile.corrections", new CorrectionsPane(model.corrections(), messages).build()),
                tab("casefile.audit", audit()));
        tabs.setId("casefile-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // A restricted case shows no tabs (they would show it emptied); its holders read it in their place.
        Node restrictedPane = new RestrictedCasePane(restriction, messages).build();
        restrictedPane.visibleProperty().bind(restriction.restrictedProperty());
        tabs.visibleProperty().bind(restriction.restrictedProperty().not());
        BorderPane root = new BorderPane(new javafx.scene.layout.StackPane(tabs, restrictedPane));
        Label whyNoRestrict = Layouts.message(restriction.whyNoRestrictProperty(), Styles.TEXT_MUTED);
        whyNoRestrict.setId("casefile-restrict-unavailable");
        root.setTop(new VBox(12, top, banner(), whyNoRestrict, Layouts.message(model.errorProperty(), Styles.DANGER)));
        BorderPane.setMargin(tabs, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(16, 24, 16, 24));
        model.load(true);
        return root;
    }

    private Node abusersAndBlocked(org.cairn.ui.blocked.BlockedRecipientsViewModel blocked) {
        VBox both = new VBox(8, new AbusersPane(model.abusers(), messages).build(),
                new org.cairn.ui.blocked.BlockedRecipientsView(blocked, messages).build());
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(both);
        scroll.setFitToWidth(true);
        scroll.setId("casefile-abusers-scroll");
        return scroll;
    }

    private Node banner() {
        Label text = new Label();
        text.setId("contact-safety-banner");
        text.textProperty().bind(model.bannerProperty());
        text.setWrapText(true);
        Label title = new Label(messages.get("casefile.safety.title"), Icons.icon(Feather.PHONE_OFF));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox banner = new VBox(4, title, text);
        banner.getStyleClass().add("cairn-banner");
        model.bannerWarnsProperty().addListener((o, was, warns) -> banner.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("warn"), warns));
        banner.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warn"), true);
        return banner;
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId("tab-" + key.substring(key.indexOf('.') + 1));
        return tab;
    }

    private Node notes() {
        ListView<Note> list = new ListView<>(model.noteList().notes());
        list.setId("casefile-notes");
        Layouts.wrapping(list);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Note note, boolean empty) {
                super.updateItem(note, empty);
                if (empty || note == null) {
                    setGraphic(null);
                    return;
                }
                String meta = note.version() > 1
                        ? messages.format("casefile.note.edited", note.author(), messages.dates().moment(note.writtenAt()),
                                note.version(), note.editedBy())
                        : messages.format("casefile.note.meta", note.author(), messages.dates().moment(note.writtenAt()));
                Label metaLabel = new Label(meta);
                metaLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                Label body = new Label(note.text());
                body.setWrapText(true);
                VBox box = new VBox(2, metaLabel, body);
                box.setPadding(new Insets(6, 4, 6, 4));
                setGraphic(box);
                setPrefWidth(0);
            }
        });
        TextArea draft = new TextArea();
        draft.setId("casefile-new-note");
        draft.setPromptText(messages.get("casefile.note.prompt"));
        draft.setAccessibleText(messages.get("casefile.note.prompt"));
        draft.setPrefRowCount(3);
        draft.setWrapText(true);
        draft.textProperty().bindBidirectional(model.noteList().newNoteProperty());
        Button add = Icons.withIcon(new Button(), Feather.CHECK);
        add.textProperty().bind(javafx.beans.binding.Bindings.when(model.noteList().editingProperty().isNull())
                .then(messages.get("casefile.note.add")).otherwise(messages.get("casefile.note.save")));
        add.setId("casefile-add-note");
        add.setOnAction(event -> model.noteList().saveNote());
        Button edit = Icons.withIcon(new Button(messages.get("casefile.note.edit")), Feather.EDIT_2);
        edit.setId("casefile-edit-note");
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(event -> model.noteList().edit(list.getSelectionModel().getSelectedItem()));
        Button cancel = new Button(messages.get("casefile.note.cancel"));
        cancel.visibleProperty().bind(model.noteList().editingProperty().isNotNull());
        cancel.setOnAction(event -> model.noteList().cancelEdit());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.noteList().select(now));
        VBox box = new VBox(8, list, draft, new HBox(8, add, edit, cancel), history());
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private Node history() {
        ListView<NoteVersion> versions = new ListView<>(model.noteList().history());
        versions.setId("casefile-note-history");
        Layouts.wrapping(versions);
        versions.setPrefHeight(110);
        versions.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(NoteVersion version, boolean empty) {
                super.updateItem(version, empty);
                setText(empty || version == null ? null : messages.format("casefile.note.version",
                        version.version(), messages.dates().moment(version.at()), version.author(), version.text()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label title = new Label(messages.get("casefile.note.history"));
        title.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(4, title, versions);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.noteList().history()).greaterThan(1));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node audit() {
        TableView<AuditEntry> table = new TableView<>(model.audit());
        table.setId("casefile-audit");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        org.cairn.ui.common.TableHeadings.keepWhole(table);
        table.getColumns().add(column("casefile.audit.when", entry -> messages.dates().moment(entry.at())));
        table.getColumns().add(column("casefile.audit.who", AuditEntry::actor));
        table.getColumns().add(column("casefile.audit.what", entry -> org.cairn.ui.common.AuditActionWords
                .label(messages, entry.action())));
        table.getColumns().add(column("casefile.audit.subject", entry -> entry.subject() == null ? "" : entry.subject()));
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> text) {
        return TextColumn.of(messages.get(key), text);
    }
}
