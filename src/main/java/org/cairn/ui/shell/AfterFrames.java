package org.cairn.ui.shell;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs an action once the window has drawn a few more frames. A change to the scene is rendered at the end of the
 * next pulse; waiting for the pulses after that one means the change has reached the screen before the action
 * (iconifying, say) can stop the window from drawing at all.
 */
final class AfterFrames {
    private AfterFrames() {
    }

    /** Calls {@code action} on the JavaFX thread at the start of the {@code frames}-th pulse from now. */
    static void run(int frames, Runnable action) {
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be at least 1");
        }
        AnimationTimer timer = new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                seen++;
                if (seen >= frames) {
                    stop();
                    action.run();
                }
            }
        };
        timer.start();
        Platform.requestNextPulse();
    }
}
