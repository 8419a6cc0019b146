package org.cairn.ui.transfer;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cairn.transfer.Resolutions.Choice;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** The import screen: choose a file, read its preview, choose for each conflict, import, read the summary. */
public final class TransferImportView {
    private final TransferImportViewModel model;
    private final Messages messages;

    public TransferImportView(TransferImportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Button back = Icons.withIcon(new Button(messages.get("transfer.import.back")), Feather.ARROW_LEFT);
        back.setId("transfer-back");
        back.setCancelButton(true);
        back.setOnAction(event -> model.back());
        Layouts.whole(back);
        Label title = new Label(messages.get("transfer.import.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(messages.get("transfer.import.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        HBox top = new HBox(16, back, new VBox(2, title, intro));
        top.setAlignment(Pos.CENTER_LEFT);

        Button choose = Icons.withIcon(new Button(messages.get("transfer.import.choose")), Feather.FILE);
        choose.setId("transfer-choose");
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(event -> model.chooseFile());
        ProgressIndicator working = new ProgressIndicator();
        working.setId("transfer-progress");
        working.setPrefSize(24, 24);
        working.progressProperty().bind(model.progressProperty());
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label status = Layouts.message(model.statusProperty(), Styles.TEXT_MUTED);
        status.setId("transfer-status");
        HBox chooser = new HBox(12, choose, working, status);
        chooser.setAlignment(Pos.CENTER_LEFT);

        Label sender = Layouts.message(model.senderProperty(), Styles.TEXT_BOLD);
        sender.setId("transfer-sender");
        VBox cases = lines("transfer-cases", model.cases());
        VBox changes = lines("transfer-changes", model.changes());
        VBox erasure = lines("transfer-erasure", model.erasureAsked());
        VBox conflicts = new VBox(12);
        conflicts.setId("transfer-conflicts");
        model.conflicts().addListener((ListChangeListener<ConflictChoice>) change -> conflicts.getChildren()
                .setAll(model.conflicts().stream().map(this::conflictRow).toList()));
        VBox preview = new VBox(12, sender, section("transfer.import.erasureAsked.heading", erasure),
                section("transfer.import.cases", cases),
                section("transfer.import.changes", changes), section("transfer.import.conflicts", conflicts));
        preview.visibleProperty().bind(model.previewProperty().isNotNull());
        preview.managedProperty().bind(preview.visibleProperty());
        ScrollPane scroll = new ScrollPane(preview);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");

        Button keepOthers = new Button(messages.get("transfer.import.keepOursOthers"));
        keepOthers.setId("transfer-keep-others");
        keepOthers.setOnAction(event -> model.keepOursForOthers());
        Button takeOthers = new Button(messages.get("transfer.import.takeTheirsOthers"));
        takeOthers.setId("transfer-take-others");
        takeOthers.setOnAction(event -> model.takeTheirsForOthers());
        Label othersHelp = Layouts.text(messages.get("transfer.import.others.help"));
        VBox bulk = new VBox(4, Layouts.flow(8, keepOthers, takeOthers), othersHelp);
        bulk.visibleProperty().bind(model.unresolvedProperty().greaterThan(0));
        bulk.managedProperty().bind(bulk.visibleProperty());
        Button importNow = Icons.withIcon(new Button(messages.get("transfer.import.import")), Feather.DOWNLOAD);
        importNow.setId("transfer-import");
        // Not the default button: Enter pressed on a choice must never import.
        importNow.getStyleClass().add(Styles.ACCENT);
        importNow.disableProperty().bind(model.importableProperty().not());
        importNow.setOnAction(event -> model.importNow());
        Label blocked = Layouts.message(model.blockedProperty(), Styles.WARNING);
        blocked.setId("transfer-blocked");
        Label summary = Layouts.message(model.summaryProperty(), Styles.SUCCESS);
        summary.setId("transfer-summary");
        Button receipt = Icons.withIcon(new Button(messages.get("transfer.import.receipt")), Feather.FILE_TEXT);
        receipt.setId("transfer-receipt");
        receipt.visibleProperty().bind(model.receiptOfferedProperty());
        receipt.managedProperty().bind(receipt.visibleProperty());
        receipt.disableProperty().bind(model.busyProperty());
        receipt.setOnAction(event -> model.writeReceipt());

        BorderPane root = new BorderPane(scroll);
        root.setTop(new VBox(12, top, chooser));
        root.setBottom(new VBox(8, bulk, Layouts.flow(8, importNow, blocked), summary, Layouts.flow(8, receipt)));
        BorderPane.setMargin(scroll, new Insets(12, 0, 12, 0));
        root.setPadding(new Insets(16, 24, 16, 24));
        return root;
    }

    private Node section(String key, VBox content) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(6, heading, content);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(content.getChildren()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static VBox lines(String id, ObservableList<String> texts) {
        VBox box = new VBox(4);
        box.setId(id);
        texts.addListener((ListChangeListener<String>) change -> box.getChildren()
                .setAll(texts.stream().map(Layouts::text).toList()));
        return box;
    }

    /** One conflict: where, both values with who changed the case, and the two choices; contact safety marked. */
    private Node conflictRow(ConflictChoice conflict) {
        Label where = new Label(conflict.conflict().ref());
        where.getStyleClass().add(Styles.TEXT_BOLD);
        HBox heading = new HBox(8, where);
        heading.setAlignment(Pos.CENTER_LEFT);
        if (conflict.contactSafety()) {
            Label mark = new Label(messages.get("transfer.import.contactSafety"), Icons.icon(Feather.ALERT_TRIANGLE));
            mark.getStyleClass().addAll(Styles.DANGER, "transfer-contact-safety");
            heading.getChildren().add(mark);
        }
        ToggleGroup group = new ToggleGroup();
        ToggleButton ours = new ToggleButton(messages.get("transfer.import.keepOurs"));
        ToggleButton theirs = new ToggleButton(messages.get("transfer.import.takeTheirs"));
        ours.setToggleGroup(group);
        theirs.setToggleGroup(group);
        ours.setUserData(Choice.KEEP_OURS);
        theirs.setUserData(Choice.TAKE_THEIRS);
        select(group, conflict.choiceProperty().get());
        conflict.choiceProperty().addListener((o, was, now) -> select(group, now));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                conflict.choiceProperty().set((Choice) now.getUserData());
            } else if (conflict.choiceProperty().get() != null) {
                select(group, conflict.choiceProperty().get()); // a choice made is changed, never unmade
            }
        });
        VBox row = new VBox(4, heading, Layouts.text(conflict.here()), Layouts.text(conflict.there()),
                Layouts.flow(8, ours, theirs));
        row.getStyleClass().add("transfer-conflict");
        row.setPadding(new Insets(8));
        return row;
    }

    private static void select(ToggleGroup group, Choice choice) {
        group.getToggles().stream().filter(t -> t.getUserData() == choice).findFirst()
                .ifPresentOrElse(group::selectToggle, () -> group.selectToggle(null));
    }
}
