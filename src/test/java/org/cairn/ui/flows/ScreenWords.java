package org.cairn.ui.flows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cairn.ui.common.PseudoLocales;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads what a screen shows in a pseudo-language: lists each label cut short with "…" and each word that did not
 * come through the bundle (it lacks the pseudo-language's marks), and saves the screen as a PNG.
 */
final class ScreenWords {
    /** How a label cut short is reported; tests that check only cutting pick those reports by it. */
    static final String CUT_SHORT = " is cut short to ";
    /**
     * Nodes that show case data or the user's own text rather than words of the app; each with its reason. Rows of
     * tables and lists are left out as a whole (their cells are data, and long values may be cut).
     */
    private static final Set<String> DATA = Set.of(
            "casefile-heading", // the client's alias and the case number
            "shell-casebook-name", // the casebook's folder name
            "settings-script-font"); // the file name of a font installed on this computer
    private final Stage stage;
    private final Path folder;
    private final String prefix;

    ScreenWords(Stage stage, Path folder, String prefix) {
        this.stage = stage;
        this.folder = folder;
        this.prefix = prefix;
    }

    List<String> check(String screen) throws IOException, InterruptedException, ExecutionException {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        Files.createDirectories(folder);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                folder.resolve(prefix + "-" + screen + ".png").toFile());
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            if (!marked(stage.getTitle())) {
                found.add(screen + ": the window title \"" + stage.getTitle() + "\" is not from the bundle");
            }
            collect(stage.getScene().getRoot(), screen, found);
            return found;
        }).get();
    }

    private static void collect(Node node, String screen, List<String> found) {
        if (!node.isVisible() || node.getStyleClass().contains("virtual-flow") || (node.getId() != null && DATA.contains(node.getId()))) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String shown = shown(labeled);
            if (shown != null && !shown.replace("_", "").equals(labeled.getText().replace("_", ""))) {
                found.add(screen + ": " + name(labeled) + CUT_SHORT + "\"" + shown + "\"");
            }
            if (!marked(labeled.getText())) {
                found.add(screen + ": " + name(labeled) + " shows \"" + labeled.getText()
                        + "\", which is not from the bundle");
            }
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null
                && !input.getPromptText().isBlank() && !marked(input.getPromptText())) {
            found.add(screen + ": the hint in " + name(input) + " \"" + input.getPromptText()
                    + "\" is not from the bundle");
        }
        if (node instanceof TextInputControl) {
            return; // what is typed is the user's, not the app's
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, screen, found);
            }
        }
    }

    /** Words from the bundle carry a mark; text with no letters at all (a number, a symbol) needs none. */
    private static boolean marked(String text) {
        return text == null || text.indexOf(PseudoLocales.OPEN) >= 0 || text.indexOf(PseudoLocales.CLOSE) >= 0
                || text.codePoints().noneMatch(Character::isLetter);
    }

    private static String name(Node node) {
        return node.getId() == null || node.getId().isEmpty() ? node.getClass().getSimpleName() : "#" + node.getId();
    }

    /** The text the control's skin actually draws, after any cutting short. */
    private static String shown(Labeled labeled) {
        Node drawn = labeled.lookup(".text");
        return drawn instanceof Text text ? text.getText() : null;
    }
}
