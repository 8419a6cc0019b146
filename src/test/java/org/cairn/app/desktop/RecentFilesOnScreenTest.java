package org.cairn.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop's recent files after choosing a casebook folder through the real GTK chooser, on Xvfb: GTK records
 * the folder in recently-used.xbel, and Cairn must have removed it again a few seconds later.
 */
class RecentFilesOnScreenTest {
    @TempDir
    Path temp;

    @Test
    void aChosenCasebookFolderDoesNotStayInTheDesktopsRecentFiles() throws Exception {
        var missing = XDisplay.missing("Xvfb", "xdotool", "xprop", "import");
        assumeTrue(missing.isEmpty(), () -> "needs " + missing.orElseThrow()
                + " (packages xvfb, xdotool, x11-utils, imagemagick)");
        Path home = temp.resolve("home");
        Path folder = Files.createDirectories(temp.resolve("Safe place casebook"));
        Path recent = home.resolve(".local/share/recently-used.xbel");
        try (XDisplay display = XDisplay.start(false); ProbeApp ignored = ProbeApp.start(display, home, Map.of())) {
            String window = display.window("Cairn");
            display.run("xdotool", "windowfocus", "--sync", window);
            display.run("xdotool", "key", "Return");
            String chooser = display.window("Choose an empty folder for the new casebook");
            display.run("xdotool", "mousemove", "--window", chooser, "400", "300");
            display.run("xdotool", "windowfocus", "--sync", chooser);
            Thread.sleep(500);
            // Typing in the GTK chooser opens its location box; Enter accepts the folder typed there.
            display.run("xdotool", "type", "--delay", "30", folder + "/");
            Thread.sleep(500);
            display.run("xdotool", "key", "Return");
            display.waitUntil(() -> Files.exists(recent), "GTK to write its recent files");
            // Cairn removes the entry at once, after 1 s and after 4 s; GTK writes its list about 0.25 s late.
            Thread.sleep(6000);
            assertThat(Files.readString(recent)).as("recently-used.xbel, written by GTK, tidied by Cairn")
                    .doesNotContain("Safe%20place%20casebook").doesNotContain(temp.getFileName().toString());
            display.capture("recent-files-after-choosing");
        }
    }
}
