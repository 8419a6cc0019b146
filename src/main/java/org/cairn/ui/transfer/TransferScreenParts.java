package org.cairn.ui.transfer;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** Pieces the transfer screens share: the heading with Back, section headings, and lines that follow a list. */
public final class TransferScreenParts {
    private final Messages messages;

    public TransferScreenParts(Messages messages) {
        this.messages = messages;
    }

    /** Message keys of a page's heading: its title, introduction and Back button. */
    public record Heading(String titleKey, String introKey, String backKey) {
    }

    /** The page: a heading with Back (Escape) and an introduction, then {@code content} scrolling under it. */
    public BorderPane page(Heading heading, String id, Runnable back, Node content) {
        Button backButton = Icons.withIcon(new Button(messages.get(heading.backKey())), Feather.ARROW_LEFT);
        backButton.setId(id + "-back");
        backButton.setCancelButton(true);
        backButton.setOnAction(event -> back.run());
        Layouts.whole(backButton);
        Label title = new Label(messages.get(heading.titleKey()));
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = Layouts.text(messages.get(heading.introKey()));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        HBox top = new HBox(16, backButton, new VBox(2, title, intro));
        top.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = org.cairn.ui.common.FocusInView.follow(new ScrollPane(content));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane root = new BorderPane(scroll);
        root.setTop(top);
        BorderPane.setMargin(scroll, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(16, 24, 16, 24));
        return root;
    }

    public Label heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        return heading;
    }

    /** A box of wrapped lines following {@code texts}, or {@code emptyKey}'s words while it is empty. */
    public VBox lines(String id, ObservableList<String> texts, String emptyKey) {
        VBox box = new VBox(4);
        box.setId(id);
        Runnable fill = () -> box.getChildren().setAll(texts.isEmpty() ? java.util.List.of(muted(emptyKey))
                : texts.stream().map(Layouts::text).toList());
        texts.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        return box;
    }

    private Label muted(String key) {
        Label label = Layouts.text(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    /** A button with its words as its accessible name. */
    public Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setAccessibleText(messages.get(key));
        button.setMnemonicParsing(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
