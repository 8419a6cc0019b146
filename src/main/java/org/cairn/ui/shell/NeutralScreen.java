package org.cairn.ui.shell;

import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/** What the window shows after a quick exit: an empty page with nothing that names Cairn or a case. */
final class NeutralScreen {
    private NeutralScreen() {
    }

    static Parent build(Runnable onReturn) {
        StackPane blank = new StackPane();
        blank.setId("neutral-screen");
        blank.getStyleClass().add("cairn-neutral");
        blank.setOnMouseClicked(event -> onReturn.run());
        blank.setOnKeyPressed(event -> onReturn.run());
        blank.setFocusTraversable(true);
        return blank;
    }
}
