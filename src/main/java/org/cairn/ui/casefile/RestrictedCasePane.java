package org.cairn.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the case-file screen shows in place of its tabs while the case is restricted: who may read it and, for
 * them, the unsealed content to read and a box to add a sealed note.
 */
final class RestrictedCasePane {
    private final RestrictedCaseModel model;
    private final Messages messages;

    RestrictedCasePane(RestrictedCaseModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        Label title = new Label(messages.get("casefile.restricted.title"), Icons.icon(Feather.LOCK));
        title.getStyleClass().add(Styles.TITLE_4);
        Label notice = new Label();
        notice.setId("casefile-restricted-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        VBox sections = new VBox(12);
        sections.setId("casefile-restricted-content");
        sections.setAccessibleRole(AccessibleRole.TEXT);
        sections.setAccessibleText(messages.get("casefile.restricted.reading"));
        model.sections().addListener((ListChangeListener<RestrictedReading.Section>) change -> fill(sections));
        fill(sections);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setId("casefile-restricted-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        TextArea draft = new TextArea();
        draft.setId("casefile-restricted-new-note");
        draft.setPromptText(messages.get("casefile.note.prompt"));
        draft.setAccessibleText(messages.get("casefile.note.prompt"));
        draft.setPrefRowCount(3);
        draft.setWrapText(true);
        draft.textProperty().bindBidirectional(model.newNoteProperty());
        Button add = Icons.withIcon(new Button(messages.get("casefile.restricted.addNote")), Feather.CHECK);
        add.setId("casefile-restricted-add-note");
        add.setOnAction(event -> model.addNote());
        VBox writing = new VBox(8, draft, new HBox(8, add));
        writing.visibleProperty().bind(model.readableProperty());
        writing.managedProperty().bind(writing.visibleProperty());
        scroll.visibleProperty().bind(model.readableProperty());
        scroll.managedProperty().bind(scroll.visibleProperty());
        VBox box = new VBox(10, title, notice, Layouts.message(model.errorProperty(), Styles.DANGER), scroll, writing);
        box.setId("casefile-restricted");
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private void fill(VBox sections) {
        sections.getChildren().clear();
        for (RestrictedReading.Section section : model.sections()) {
            Label heading = new Label(section.title());
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            VBox lines = new VBox(6);
            for (String line : section.lines()) {
                Label text = new Label(line);
                text.setWrapText(true);
                lines.getChildren().add(text);
            }
            sections.getChildren().add(new VBox(4, heading, lines));
        }
    }
}
