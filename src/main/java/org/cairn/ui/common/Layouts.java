package org.cairn.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Shared building blocks so that every screen has the same calm, centred shape. */
public final class Layouts {
    private Layouts() {
    }

    /** A centred card of at most 560 pixels, scrolling when the window is small or the text is large. */
    public static ScrollPane card(Node... children) {
        VBox card = new VBox(16, children);
        card.getStyleClass().add("cairn-card");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        // Never squeezed below its natural height: with large text the page scrolls, and wrapped lines keep all words.
        card.setMinHeight(Region.USE_PREF_SIZE);
        StackPane centre = new StackPane(card);
        centre.setAlignment(Pos.TOP_CENTER);
        centre.getStyleClass().add("cairn-page");
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    public static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_2);
        label.setWrapText(true);
        return label;
    }

    public static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("cairn-text");
        return label;
    }

    /** A message line that hides itself when empty; {@code style} is an AtlantaFX style such as Styles.DANGER. */
    public static Label message(javafx.beans.value.ObservableStringValue text, String style) {
        // Followed rather than bound: in a right-to-left window the label's skin puts in its own line breaks, which
        // a bound text would refuse (ADR 0060).
        Label label = new Label(text.get());
        text.addListener((o, was, now) -> label.setText(now));
        // A binding made for this label (Bindings.when(...)) is held only weakly by what it depends on; the label
        // keeps it, as bind() would, or it could be collected and the message stop following.
        label.getProperties().put(Layouts.class, text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * Keeps a control at its natural width, so that a row short of room moves it on or scrolls rather than cutting
     * its words to "…" (large text on a small laptop screen).
     */
    public static <T extends Region> T whole(T control) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        return control;
    }

    /**
     * A row of filters or buttons that wraps onto a further line when the window is too narrow for all of them,
     * each kept whole.
     */
    public static FlowPane flow(double gap, Node... children) {
        FlowPane row = new FlowPane(gap, gap / 2);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node child : children) {
            if (child instanceof Region region) {
                whole(region);
            }
            row.getChildren().add(child);
        }
        return row;
    }

    /**
     * Lets each row of the list be as tall as its wrapped text (cairn.css, "cairn-wrapping"): the theme otherwise
     * fixes every list row at one line, and a note or a finding would be cut off.
     */
    public static <T> ListView<T> wrapping(ListView<T> list) {
        list.getStyleClass().add("cairn-wrapping");
        return list;
    }
}
