package org.cairn.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.cairn.ui.common.DemoSessions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quick exit on a real X server, as the next person at the desk would see it: the app shows a case, Shift+Esc is
 * pressed through the X server, and photographs of the screen taken a fraction of a second later and again after
 * a while must show nothing but one plain colour where the window was. Run once with no window manager (the
 * window cannot be minimised at all) and once under Openbox (it is minimised).
 */
class QuickExitOnScreenTest {
    /** A case screen has text, lines and buttons: far more colours than this. */
    private static final int CASE_SCREEN_COLOURS = 20;
    @TempDir
    Path temp;

    @ParameterizedTest(name = "window manager: {0}")
    @ValueSource(booleans = {false, true})
    void theCaseLeavesTheScreenBeforeAnythingElse(boolean windowManager) throws Exception {
        var missing = XDisplay.missing("Xvfb", "xdotool", "import", "xprop", windowManager ? "openbox" : "Xvfb");
        assumeTrue(missing.isEmpty(), () -> "needs " + missing.orElseThrow()
                + " (packages xvfb, xdotool, imagemagick, x11-utils, openbox)");
        Path book = DemoSessions.closed(temp.resolve("book"), Clock.systemUTC(), 4);
        try (XDisplay display = XDisplay.start(windowManager);
                ProbeApp app = ProbeApp.start(display, temp.resolve("home"), Map.of(
                        "cairn.probe.casebook", book.toString(), "cairn.probe.passphrase", DemoSessions.PASSPHRASE))) {
            String window = display.window("Cairn");
            int[] area = display.geometry(window);
            String run = windowManager ? "openbox-" : "no-wm-";
            // A busy machine may take a while to draw the case the first time; wait for it rather than guess.
            display.waitUntil(() -> colours(display.capture(run + "before"), area).size() > CASE_SCREEN_COLOURS,
                    "the case to be drawn on screen");
            display.run("xdotool", "windowfocus", "--sync", window);
            display.run("xdotool", "key", "--clearmodifiers", "shift+Escape");
            Thread.sleep(300);
            assertThat(colours(display.capture(run + "after-0.3s"), area)).as("where the window was, 0.3 s after Shift+Esc")
                    .hasSize(1);
            Thread.sleep(1200);
            assertThat(colours(display.capture(run + "after-1.5s"), area)).as("where the window was, 1.5 s after Shift+Esc")
                    .hasSize(1);
            if (windowManager) {
                assertThat(display.run("xprop", "-id", window, "WM_STATE")).as("the window manager minimised it")
                        .contains("Iconic");
            }
        }
    }

    /** The distinct colours inside the window's area, two pixels in from its edges, clipped to the screen. */
    private static Set<Integer> colours(BufferedImage screen, int[] area) {
        Set<Integer> seen = new HashSet<>();
        int left = Math.max(0, area[0] + 2);
        int top = Math.max(0, area[1] + 2);
        int right = Math.min(screen.getWidth(), area[0] + area[2] - 2);
        int bottom = Math.min(screen.getHeight(), area[1] + area[3] - 2);
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                seen.add(screen.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen;
    }
}
