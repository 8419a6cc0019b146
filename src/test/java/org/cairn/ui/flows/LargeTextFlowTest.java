package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javafx.embed.swing.SwingFXUtils;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cairn.ui.shell.WindowPlacement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At twice the normal text size on a small laptop screen (1366 by 768), no heading, filter or button on the main
 * screens is cut short with "…": each labelled control shows all of its words, and so does every table's column
 * heading (every tab of the case file is visited for its tables), and no table scrolls sideways to show its last
 * columns. Rows of lists and tables may cut long values (the
 * whole value is one click away), so their rows are left out; a drop-down's shown value is in. Each screen is also
 * saved as a PNG in target/screenshots-large-text for a look.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextFlowTest {
    private static final double TWICE = 2.0;
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        stage.setWidth(1366);
        stage.setHeight(768);
        harness = new AppHarness(stage, temp.resolve("home"), 12);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void noLabelIsCutShortAtTwiceTheTextSize(FxRobot robot) throws Exception {
        List<String> elided = new ArrayList<>();
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<Object> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 12);
        for (int step = 0; step < 10; step++) {
            robot.interact(() -> harness.app.shell().larger());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.app.shell().textScaleProperty().get()).isEqualTo(TWICE);
        assertThat(harness.stage.getWidth()).isEqualTo(1366);
        elided.addAll(check("cases"));

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        waitForNode(robot, "#casefile-heading");
        elided.addAll(check("case-file"));
        TabPane tabs = node(robot, "#casefile-tabs", TabPane.class);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            elided.addAll(check("case-file-" + tab.getId()));
        }
        assertThat(harness.stage.getScene().getRoot().lookupAll(".table-view")).as("tables seen").isNotEmpty();
        robot.interact(() -> tabs.getSelectionModel().select(0));

        robot.interact(() -> node(robot, "#casefile-new-letter", Button.class).fire());
        waitForNode(robot, "#letter-template");
        elided.addAll(check("letter"));

        // Through the shell as the menus would: the letter screen keeps the advocate on the letter until it is left.
        robot.interact(() -> harness.app.shell().openDirectory());
        waitForNode(robot, "#directory-entries");
        elided.addAll(check("directory"));
        elided.addAll(directoryAtFirstRunSize(robot));
        robot.interact(() -> harness.app.shell().openTemplates());
        waitForNode(robot, "#templates-table");
        elided.addAll(check("templates"));
        robot.interact(() -> harness.app.shell().coordinator());
        waitForNode(robot, "#coordinator-back");
        elided.addAll(check("coordinator"));
        robot.interact(() -> node(robot, "#coordinator-back", Button.class).fire());
        waitForNode(robot, "#case-table");

        AppHarness.click(robot, "#cases-new");
        waitForNode(robot, "#newcase-alias");
        elided.addAll(check("new-case"));
        robot.interact(() -> node(robot, "#newcase-cancel", Button.class).fire());
        waitForNode(robot, "#case-table");

        robot.interact(() -> harness.app.shell().openSettings());
        waitForNode(robot, "#settings-back");
        elided.addAll(check("settings"));

        assertThat(elided).as("labels cut short at 200% text on a 1366×768 window").isEmpty();
    }

    /**
     * The window Cairn first opens on a 1366×768 screen is narrower and lower than the screen: the directory's form
     * keeps every label whole there too, and the keyboard reaching its last field or its Save button scrolls them
     * into view. Back to the full screen afterwards.
     */
    private List<String> directoryAtFirstRunSize(FxRobot robot) throws Exception {
        WindowPlacement.Box firstRun = WindowPlacement.place(Optional.empty(),
                List.of(new WindowPlacement.Box(0, 0, 1366, 768)));
        robot.interact(() -> {
            harness.stage.setWidth(firstRun.width());
            harness.stage.setHeight(firstRun.height());
        });
        List<String> found = new ArrayList<>(check("directory-first-run"));
        for (String id : List.of("#directory-last-checked", "#directory-save")) {
            Node wanted = node(robot, id, Node.class);
            robot.interact(wanted::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            if (!WaitForAsyncUtils.asyncFx(() -> inView(wanted)).get()) {
                found.add("directory-first-run: " + id + " has the keyboard but is out of view");
            }
        }
        shoot("directory-first-run-last-field");
        robot.interact(() -> {
            harness.stage.setWidth(1366);
            harness.stage.setHeight(768);
        });
        return found;
    }

    /**
     * Whether the node's whole box is inside the window and inside the viewport (not under a scroll bar) of every
     * scroll pane that holds it.
     */
    private static boolean inView(Node node) {
        Bounds box = node.localToScene(node.getLayoutBounds());
        Bounds window = new BoundingBox(0, 0, node.getScene().getWidth(), node.getScene().getHeight());
        if (!window.contains(box)) {
            return false;
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                Bounds viewport = scroll.getViewportBounds();
                Bounds shown = scroll.localToScene(new BoundingBox(scroll.getInsets().getLeft(),
                        scroll.getInsets().getTop(), viewport.getWidth(), viewport.getHeight()));
                if (!shown.contains(box)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Saves the screen and lists every shown labelled control whose text is cut short. */
    private List<String> check(String screen) throws IOException, InterruptedException, ExecutionException {
        WaitForAsyncUtils.waitForFxEvents();
        shoot(screen);
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            collect(harness.stage.getScene().getRoot(), screen, found);
            return found;
        }).get();
    }

    private static void collect(Node node, String screen, List<String> found) {
        if (!node.isVisible() || node.getStyleClass().contains("virtual-flow")) {
            return;
        }
        if (node instanceof TableView<?> table && scrollsSideways(table)) {
            found.add(screen + ": #" + table.getId() + " scrolls sideways, so its last columns are out of view");
        }
        if (node instanceof Labeled labeled && isCutShort(labeled)) {
            found.add(screen + ": " + (labeled.getId() == null || labeled.getId().isEmpty() ? labeled.getClass().getSimpleName() : "#"
                    + labeled.getId()) + " shows \"" + shown(labeled) + "\" for \"" + labeled.getText() + "\"");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, screen, found);
            }
        }
    }

    /** A table whose columns need more than its width shows a horizontal scroll bar. */
    private static boolean scrollsSideways(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar instanceof ScrollBar scroll
                && scroll.getOrientation() == Orientation.HORIZONTAL && scroll.isVisible());
    }

    private static boolean isCutShort(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return false;
        }
        String wanted = labeled.isMnemonicParsing() ? text.replace("_", "") : text;
        String shown = shown(labeled);
        return shown != null && !shown.replace("_", "").equals(wanted.replace("_", ""));
    }

    /** The text the control's skin actually draws, after any cutting short. */
    private static String shown(Labeled labeled) {
        Node drawn = labeled.lookup(".text");
        return drawn instanceof Text text ? text.getText() : null;
    }

    private void shoot(String name) throws IOException, InterruptedException, ExecutionException {
        var image = WaitForAsyncUtils.asyncFx(() -> harness.stage.getScene().snapshot(null)).get();
        Path folder = Path.of("target", "screenshots-large-text");
        Files.createDirectories(folder);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name + ".png").toFile());
    }
}
