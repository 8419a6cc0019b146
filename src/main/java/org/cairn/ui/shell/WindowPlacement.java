package org.cairn.ui.shell;

import java.util.List;
import java.util.Optional;

/**
 * Where the main window opens: where it was last time when that is still on a screen, otherwise a comfortable size
 * centred on the main screen. Plain numbers, so the rules are tested without a toolkit.
 */
public final class WindowPlacement {
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 860;
    /** At least this much of the title bar's end must be on a screen, or the window could not be moved back. */
    static final double GRIP = 120;
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 480;

    private WindowPlacement() {
    }

    /** A rectangle in screen coordinates. */
    public record Box(double x, double y, double width, double height) {
        boolean holdsGrip(Box window) {
            double left = Math.max(x, window.x);
            double right = Math.min(x + width, window.x + window.width);
            return right - left >= Math.min(GRIP, window.width) && window.y >= y && window.y < y + height - 24;
        }
    }

    /**
     * The window's box: the saved one, shrunk to fit its screen, when its top edge is still reachable on one of
     * {@code screens}; otherwise the first-run box on {@code screens.get(0)}, the main screen.
     */
    public static Box place(Optional<Box> saved, List<Box> screens) {
        Box main = screens.get(0);
        if (saved.isPresent() && valid(saved.get())) {
            for (Box screen : screens) {
                if (screen.holdsGrip(saved.get())) {
                    Box window = saved.get();
                    double width = Math.min(window.width, screen.width);
                    double height = Math.min(window.height, screen.height);
                    double x = Math.min(Math.max(window.x, screen.x), screen.x + screen.width - width);
                    double y = Math.min(Math.max(window.y, screen.y), screen.y + screen.height - height);
                    return new Box(x, y, width, height);
                }
            }
        }
        return firstRun(main);
    }

    /** Most of a small screen, or a comfortable size centred on a large one; never below the minimum size. */
    static Box firstRun(Box screen) {
        double width = Math.max(Math.min(PREFERRED_WIDTH, screen.width * 0.9), Math.min(MIN_WIDTH, screen.width));
        double height = Math.max(Math.min(PREFERRED_HEIGHT, screen.height * 0.9),
                Math.min(MIN_HEIGHT, screen.height));
        return new Box(screen.x + (screen.width - width) / 2, screen.y + (screen.height - height) / 2, width, height);
    }

    private static boolean valid(Box box) {
        return Double.isFinite(box.x) && Double.isFinite(box.y) && Double.isFinite(box.width)
                && Double.isFinite(box.height) && box.width >= MIN_WIDTH && box.height >= MIN_HEIGHT
                && box.width < 100_000 && box.height < 100_000;
    }
}
