package org.cairn.ui.shell;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Keeps the size chosen for the main window while the window manager settles it. With JavaFX 21 on GTK, Openbox
 * answers the first showing of a window with a size of 640 by 480, whatever was asked for, so the window opened at
 * (or near) its minimum on every start and the size remembered from the last run was lost. For a short while after
 * the window is shown, a size at about 640 by 480 while a larger one was chosen is taken for that answer and the
 * chosen size is asked for again; any other size, and every change after that period, is the person's own.
 */
final class SettlingSize {
    /** The window manager answers within a second on a loaded two-core machine; this leaves room. */
    static final Duration PERIOD = Duration.seconds(4);
    /** The size the window manager answers with, give or take its frame. */
    static final double ANSWER_WIDTH = 640;
    static final double ANSWER_HEIGHT = 480;
    static final double SLACK = 48;
    private static final int MAX_ATTEMPTS = 3;

    private SettlingSize() {
    }

    /** Call once, after {@code stage.show()}, with the size that was set before it. */
    static void hold(Stage stage, double width, double height) {
        int[] attempts = {0};
        boolean[] pending = {false};
        InvalidationListener check = observable -> {
            boolean shrunk = stage.getWidth() <= ANSWER_WIDTH + SLACK && stage.getHeight() <= ANSWER_HEIGHT + SLACK
                    && (width > ANSWER_WIDTH + SLACK || height > ANSWER_HEIGHT + SLACK);
            if (shrunk && !pending[0] && attempts[0] < MAX_ATTEMPTS && !stage.isMaximized()
                    && !stage.isIconified() && !stage.isFullScreen()) {
                pending[0] = true;
                attempts[0]++;
                // Not inside the window's own size notification.
                Platform.runLater(() -> {
                    pending[0] = false;
                    stage.setWidth(width);
                    stage.setHeight(height);
                });
            }
        };
        stage.widthProperty().addListener(check);
        stage.heightProperty().addListener(check);
        check.invalidated(null);
        PauseTransition settled = new PauseTransition(PERIOD);
        settled.setOnFinished(event -> {
            stage.widthProperty().removeListener(check);
            stage.heightProperty().removeListener(check);
        });
        settled.play();
    }
}
