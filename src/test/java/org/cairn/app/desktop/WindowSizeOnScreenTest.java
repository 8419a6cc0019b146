package org.cairn.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window's size on a real X server, as the window manager leaves it: a comfortable first size (not the
 * minimum), a size the person chose that survives a file chooser, and that size again at the next start. Under
 * Openbox, JavaFX 21 used to end up at 640 by 480 a moment after the window appeared, at every start.
 */
class WindowSizeOnScreenTest {
    /** Xvfb's screen is 1280 by 800; the first-run size is 90 % of it, less the window manager's frame. */
    private static final int FIRST_RUN_AT_LEAST_WIDTH = 1100;
    private static final int FIRST_RUN_AT_LEAST_HEIGHT = 650;
    private static final int CHOSEN_WIDTH = 1000;
    private static final int CHOSEN_HEIGHT = 700;
    /** Frames and rounding may move a size by a pixel or two. */
    private static final int TOLERANCE = 4;

    @TempDir
    Path temp;

    @Test
    void underOpenboxTheSizeIsComfortableKeptAfterAChooserAndRememberedForTheNextStart() throws Exception {
        assumeTools("openbox");
        Path home = temp.resolve("home");
        try (XDisplay display = XDisplay.start(true)) {
            try (ProbeApp ignored = ProbeApp.start(display, home, Map.of())) {
                String window = display.window("Cairn");
                assertFirstRunSize(display, window, "openbox-first-run");
                resizeAndOpenAChooser(display, window);
                assertSize(display, window, CHOSEN_WIDTH, CHOSEN_HEIGHT, "openbox-after-chooser");
                // The window manager asks the app to close (Alt+F4), so the app remembers where its window was.
                display.run("xdotool", "windowactivate", "--sync", window);
                display.run("xdotool", "key", "alt+F4");
                display.waitUntil(() -> display.run("xdotool", "search", "--onlyvisible", "--name", "^Cairn$")
                        .isBlank(), "the window to close");
                Thread.sleep(2000); // the app writes the settings file as it stops
            }
            try (ProbeApp ignored = ProbeApp.start(display, home, Map.of())) {
                String window = display.window("Cairn");
                assertSize(display, window, CHOSEN_WIDTH, CHOSEN_HEIGHT, "openbox-next-start");
            }
        }
    }

    @Test
    void withoutAWindowManagerTheSizeIsComfortableAndKeptAfterAChooser() throws Exception {
        assumeTools();
        try (XDisplay display = XDisplay.start(false);
                ProbeApp ignored = ProbeApp.start(display, temp.resolve("home"), Map.of())) {
            String window = display.window("Cairn");
            assertFirstRunSize(display, window, "bare-first-run");
            resizeAndOpenAChooser(display, window);
            assertSize(display, window, CHOSEN_WIDTH, CHOSEN_HEIGHT, "bare-after-chooser");
        }
    }

    private static void assumeTools(String... more) {
        String[] tools = new String[4 + more.length];
        System.arraycopy(new String[] {"Xvfb", "xdotool", "xprop", "import"}, 0, tools, 0, 4);
        System.arraycopy(more, 0, tools, 4, more.length);
        var missing = XDisplay.missing(tools);
        assumeTrue(missing.isEmpty(), () -> "needs " + missing.orElseThrow()
                + " (packages xvfb, xdotool, x11-utils, imagemagick, openbox)");
    }

    /** Waits past the moment the window manager used to shrink the window, then measures it. */
    private static void assertFirstRunSize(XDisplay display, String window, String picture) throws Exception {
        Thread.sleep(5000);
        int[] box = display.geometry(window);
        display.capture(picture);
        assertThat(box[2]).as("first width (x, y, width, height: %s)", java.util.Arrays.toString(box))
                .isGreaterThanOrEqualTo(FIRST_RUN_AT_LEAST_WIDTH);
        assertThat(box[3]).as("first height").isGreaterThanOrEqualTo(FIRST_RUN_AT_LEAST_HEIGHT);
    }

    /**
     * Resizes the window as a person would, then opens the folder chooser of "Create a casebook" (the welcome
     * screen's first button has the keyboard) and cancels it.
     */
    private static void resizeAndOpenAChooser(XDisplay display, String window) throws Exception {
        display.run("xdotool", "windowsize", "--sync", window, String.valueOf(CHOSEN_WIDTH),
                String.valueOf(CHOSEN_HEIGHT));
        Thread.sleep(1000);
        display.run("xdotool", "windowfocus", "--sync", window);
        display.run("xdotool", "key", "Return");
        String chooser = display.window("Choose an empty folder for the new casebook");
        Thread.sleep(1000);
        display.run("xdotool", "windowfocus", "--sync", chooser);
        display.run("xdotool", "key", "Escape");
        display.waitUntil(() -> display.run("xdotool", "search", "--onlyvisible", "--name",
                "^Choose an empty folder for the new casebook$").isBlank(), "the chooser to close");
        Thread.sleep(2000);
    }

    private static void assertSize(XDisplay display, String window, int width, int height, String picture)
            throws Exception {
        Thread.sleep(2000);
        int[] box = display.geometry(window);
        display.capture(picture);
        assertThat(box[2]).as("width (x, y, width, height: %s)", java.util.Arrays.toString(box))
                .isBetween(width - TOLERANCE, width + TOLERANCE);
        assertThat(box[3]).as("height (x, y, width, height: %s)", java.util.Arrays.toString(box))
                .isBetween(height - TOLERANCE, height + TOLERANCE);
    }
}
