package org.cairn.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.cairn.ui.common.DemoSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The menus at twice the normal text size on a small laptop's screen (1366 by 768), on a real X server where each
 * menu is a window of its own: on the case file, the case list, the directory and the templates screen, every
 * menu of the menu bar and the context menu of the screen's first text field is opened in turn. None may cut an
 * entry short with "…", reach past the screen's edge, need scrolling, or draw its entries smaller than the text
 * size chosen. Run under Openbox: menus are the toolkit's own popup windows, placed by JavaFX and not by the window
 * manager, so a run without one checks nothing more (quick exit and the window's size are checked on both). With
 * {@code -Dcairn.probe.photographs=true} each open menu is photographed into target/desktop-checks.
 */
class MenusAtLargeTextOnScreenTest {
    /** File, Case, Tools, View and Help on each of four screens, and a context menu on the three with a field. */
    private static final int MENUS_OPENED = 4 * 5 + 3;
    @TempDir
    Path temp;

    @Test
    void everyMenuShowsAllItsEntriesOnTheScreen() throws Exception {
        var missing = XDisplay.missing("Xvfb", "xdotool", "import", "xprop", "openbox");
        assumeTrue(missing.isEmpty(), () -> "needs " + missing.orElseThrow()
                + " (packages xvfb, xdotool, imagemagick, x11-utils, openbox)");
        Path book = DemoSessions.closed(temp.resolve("book"), Clock.systemUTC(), 4);
        try (XDisplay display = XDisplay.start(true, 1366, 768);
                ProbeApp app = ProbeApp.start(display, temp.resolve("home"), Map.of("cairn.probe.casebook",
                        book.toString(), "cairn.probe.passphrase", DemoSessions.PASSPHRASE, "cairn.probe.menus",
                        "true", "cairn.probe.photographs", System.getProperty("cairn.probe.photographs", "false")))) {
            display.waitUntil(() -> app.printed().contains("menus-done"), "every menu to be opened and checked", 180);
            List<String> printed = app.printed().lines().toList();
            assertThat(printed.stream().filter(line -> line.startsWith("menu-problem: ")))
                    .as("menus at 200%% text on a 1366×768 screen").isEmpty();
            assertThat(printed.stream().filter(line -> line.startsWith("menu-opened: ")))
                    .as("menus opened").hasSize(MENUS_OPENED);
        }
    }
}
