package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.present;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.cairn.ui.shell.Shortcut;
import org.cairn.ui.shell.Shortcuts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help → Keyboard shortcuts, F1, and the menus whose keys come from the same list. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(stage, temp.resolve("home"), 8);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void f1OpensTheShortcutsTableOnTheWelcomeScreen(FxRobot robot) {
        waitForNode(robot, "#welcome-create");
        robot.type(KeyCode.F1);
        waitForNode(robot, "#shortcuts-table");
        TreeTableView<Object> table = node(robot, "#shortcuts-table", TreeTableView.class);
        int listed = table.getRoot().getChildren().stream().mapToInt(group -> group.getChildren().size()).sum();
        assertThat(listed).isEqualTo(Shortcuts.ALL.size());
        assertThat(table.getRoot().getChildren()).hasSize(3);
        List<String> keys = new ArrayList<>();
        table.getRoot().getChildren().forEach(group -> group.getChildren().forEach(row -> keys.add(
                String.valueOf(table.getColumns().get(1).getCellData(row)))));
        assertThat(keys).contains("F1", "Shift+Escape", "Ctrl+L", "Ctrl++ or Ctrl+=", "Ctrl+-", "Ctrl+0",
                "Alt + underlined letter");
        AppHarness.click(robot, "#shortcuts-close");
        waitFor(() -> !present(robot, "#shortcuts-table"));
        Menu file = node(robot, "#shell-menu", MenuBar.class).getMenus().get(0);
        robot.type(KeyCode.F10);
        robot.type(KeyCode.DOWN);
        waitFor(file::isShowing);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theHelpMenuOpensItTooAndMenusShowTheKeysOfTheList(FxRobot robot) {
        AppHarness.menu(robot, "menu-help", "menu-shortcuts");
        waitForNode(robot, "#shortcuts-table");
        AppHarness.click(robot, "#shortcuts-close");
        MenuBar bar = node(robot, "#shell-menu", MenuBar.class);
        List<KeyCombination> onMenus = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    onMenus.add(item.getAccelerator());
                }
            }
        }
        List<KeyCombination> shellKeys = Shortcuts.ALL.stream().filter(s -> s.action() != Shortcut.Action.SCREEN)
                .map(Shortcut::primary).toList();
        assertThat(onMenus).containsExactlyInAnyOrderElementsOf(shellKeys);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKeysInTheListDoWhatItSays(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        waitFor(() -> node(robot, "#case-table", TableView.class).getItems().size() == 8);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitFor(() -> harness.app.shell().textScaleProperty().get() == 1.1);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        waitFor(() -> harness.app.shell().textScaleProperty().get() == 0.9);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitFor(() -> harness.app.shell().textScaleProperty().get() == 1.0);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitFor(() -> node(robot, "#case-search", TextField.class).isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        waitForNode(robot, "#settings-idle");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitForNode(robot, "#unlock-secret");
    }
}
