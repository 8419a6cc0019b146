package org.cairn.app;

import javafx.application.Application;

/** Kept apart from {@link Main} so that command-line runs never load a JavaFX class. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(CairnApp.class, args);
    }
}
