package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cairn.casework.Role;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.people.PersonRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An administrator adds a coordinator on the People screen; the coordinator unlocks and lands on the counts. */
@ExtendWith(ApplicationExtension.class)
class PeopleFlowTest {
    private static final String PRIYAS = "seven copper lanterns drifting past harbour walls";
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(stage, temp.resolve("home"), 10);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void addACoordinatorWhoThenLandsOnTheCounts(FxRobot robot) {
        Path folder = DemoSessions.closed(temp.resolve("book"), harness.clock, 3);
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#welcome-open");
        waitForNode(robot, "#unlock-secret");
        AppHarness.fill(robot, "#unlock-secret", DemoSessions.PASSPHRASE);
        AppHarness.click(robot, "#unlock-submit");
        waitForNode(robot, "#case-table");

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitForNode(robot, "#people-table");
        TableView<PersonRow> table = node(robot, "#people-table", TableView.class);
        waitFor(() -> table.getItems().size() == 1);
        AppHarness.fill(robot, "#people-new-name", "Priya Shah");
        ComboBox<Role> role = node(robot, "#people-new-role", ComboBox.class);
        robot.interact(() -> role.setValue(Role.COORDINATOR));
        AppHarness.fill(robot, "#people-new-passphrase", PRIYAS);
        AppHarness.fill(robot, "#people-new-passphrase-repeat", PRIYAS);
        // The form sits below the list: scroll down as the administrator would.
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) robot.lookup(".scroll-pane")
                .match(node -> node instanceof javafx.scene.control.ScrollPane).queryAll().stream()
                .filter(node -> ((javafx.scene.control.ScrollPane) node).getContent() != null
                        && ((javafx.scene.control.ScrollPane) node).getContent().lookup("#people-add") != null)
                .findFirst().orElseThrow();
        robot.interact(() -> page.setVvalue(page.getVmax()));
        AppHarness.click(robot, "#people-add");
        waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems().get(1)).extracting(PersonRow::name, PersonRow::roleText, PersonRow::addedBy)
                .containsExactly("Priya Shah", "Coordinator", "administrator");

        AppHarness.click(robot, "#shell-lock");
        waitForNode(robot, "#unlock-secret");
        AppHarness.fill(robot, "#unlock-name", "Priya Shah");
        AppHarness.fill(robot, "#unlock-secret", PRIYAS);
        AppHarness.click(robot, "#unlock-submit");
        waitForNode(robot, "#coordinator-preview");
        assertThat(AppHarness.present(robot, "#case-table")).isFalse();
        assertThat(node(robot, "#coordinator-back", Button.class).isVisible()).isFalse();
        assertThat(robot.lookup("#shell-menu").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .filter(menu -> "menu-case".equals(menu.getId())).findFirst().orElseThrow().isVisible()).isFalse();
    }
}
