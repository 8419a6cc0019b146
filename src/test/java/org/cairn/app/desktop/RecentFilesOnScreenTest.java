package org.cairn.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.cairn.ui.common.DemoSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop's recent files after choosing a casebook folder through the real GTK chooser, on Xvfb: GTK records
 * the folder in recently-used.xbel, and Cairn must have removed it again a few seconds later. The same for a
 * letter saved as a PDF through the letter screen's Save button, its reminder and the GTK save dialog.
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

    @Test
    void aLetterSavedAsAPdfDoesNotStayInTheDesktopsRecentFiles() throws Exception {
        var missing = XDisplay.missing("Xvfb", "xdotool", "xprop", "import");
        assumeTrue(missing.isEmpty(), () -> "needs " + missing.orElseThrow()
                + " (packages xvfb, xdotool, x11-utils, imagemagick)");
        Path home = temp.resolve("home");
        Path book = DemoSessions.closed(temp.resolve("book"), Clock.systemUTC(), 3);
        Path saved = Files.createDirectories(temp.resolve("Letters to send")).resolve("Benefits office letter.pdf");
        Path recent = home.resolve(".local/share/recently-used.xbel");
        String title = "Save the letter as a PDF";
        try (XDisplay display = XDisplay.start(false); ProbeApp app = ProbeApp.start(display, home, Map.of(
                "cairn.probe.casebook", book.toString(), "cairn.probe.passphrase", DemoSessions.PASSPHRASE,
                "cairn.probe.letter", "true"))) {
            // First the reminder that the PDF is not encrypted: OK is its default button.
            String reminder;
            try {
                reminder = display.window(title);
            } catch (java.io.IOException e) {
                display.capture("letter-save-no-reminder");
                throw new AssertionError("no reminder; the app printed: " + app.printed(), e);
            }
            display.capture("letter-save-reminder");
            display.run("xdotool", "windowfocus", "--sync", reminder);
            display.run("xdotool", "key", "Return");
            // Then GTK's save dialog, under the same title, with the file name field focused.
            display.waitUntil(() -> {
                String found = display.run("xdotool", "search", "--onlyvisible", "--name", "^" + title + "$");
                return !found.isBlank() && !found.lines().anyMatch(reminder::equals);
            }, "the save dialog");
            String dialog = display.window(title);
            Thread.sleep(1000);
            display.run("xdotool", "windowfocus", "--sync", dialog);
            display.run("xdotool", "key", "ctrl+a");
            display.run("xdotool", "type", "--delay", "30", saved.toString());
            Thread.sleep(500);
            display.capture("letter-save-dialog");
            display.run("xdotool", "key", "Return");
            display.waitUntil(() -> Files.exists(saved) && Files.size(saved) > 0, "the letter to be saved");
            display.waitUntil(() -> Files.exists(recent), "GTK to write its recent files");
            Thread.sleep(6000);
            assertThat(Files.readAllBytes(saved)).as("a PDF").startsWith("%PDF".getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(Files.readString(recent)).as("recently-used.xbel, written by GTK, tidied by Cairn")
                    .doesNotContain("Benefits%20office%20letter").doesNotContain("Letters%20to%20send")
                    .doesNotContain(temp.getFileName().toString());
            display.capture("recent-files-after-saving-a-letter");
        }
    }
}
