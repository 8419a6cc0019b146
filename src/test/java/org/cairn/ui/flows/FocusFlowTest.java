package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen puts the keyboard where the work is (its first field or main list) and never on Lock or Quick
 * exit, so that a second Enter after moving on cannot lock the casebook.
 */
@ExtendWith(ApplicationExtension.class)
class FocusFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(stage, temp.resolve("home"), 12);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    void everyScreenFocusesItsWork(FxRobot robot) {
        waitForNode(robot, "#welcome-create");
        assertFocusOnScreen(robot, "welcome");
        harness.files.answers.add(temp.resolve("new-book"));
        robot.clickOn("#welcome-create");
        waitForNode(robot, "#new-passphrase");
        assertFocusOn(robot, "create", "new-passphrase");
        AppHarness.fill(robot, "#new-passphrase", "amber river lamp quiet");
        AppHarness.fill(robot, "#repeat-passphrase", "amber river lamp quiet");
        robot.clickOn("#create-submit");
        waitForNode(robot, "#recovery-key");
        assertFocusOnScreen(robot, "recovery key");
        robot.clickOn("#recovery-stored");
        robot.clickOn("#recovery-continue");
        waitForNode(robot, "#case-table");
        assertFocusOn(robot, "cases", "case-search");
        // The Enter that could follow the last button press goes to the search, and the casebook stays open.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(AppHarness.present(robot, "#case-table")).as("still on the cases after Enter").isTrue();

        robot.clickOn("#cases-new");
        waitForNode(robot, "#newcase-alias");
        assertFocusOn(robot, "new case", "newcase-alias");
        robot.clickOn("#newcase-cancel");
        waitForNode(robot, "#case-table");
        assertFocusOn(robot, "cases again", "case-search");

        AppHarness.menu(robot, "menu-file", "menu-settings");
        waitForNode(robot, "#settings-back");
        assertFocusOnScreen(robot, "settings");
        robot.clickOn("#settings-back");
        AppHarness.menu(robot, "menu-tools", "menu-templates");
        waitForNode(robot, "#templates-table");
        assertFocusOnScreen(robot, "templates");
        AppHarness.menu(robot, "menu-tools", "menu-directory");
        waitForNode(robot, "#directory-entries");
        assertFocusOnScreen(robot, "directory");
        AppHarness.menu(robot, "menu-tools", "menu-org-profile");
        waitForNode(robot, "#orgprofile-save");
        assertFocusOnScreen(robot, "organisation profile");
        AppHarness.menu(robot, "menu-tools", "menu-coordinator");
        waitForNode(robot, "#coordinator-back");
        assertFocusOnScreen(robot, "coordinator");

        robot.clickOn("#shell-lock");
        waitForNode(robot, "#unlock-secret");
        assertFocusOn(robot, "unlock", "unlock-secret");
        robot.clickOn("#casebook-back-to-welcome");
        waitForNode(robot, "#welcome-restore");
        robot.clickOn("#welcome-restore");
        waitForNode(robot, "#restore-submit");
        assertFocusOnScreen(robot, "restore");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaseAndItsLetterFocusTheirWork(FxRobot robot) {
        robot.clickOn("#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        robot.clickOn("#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<Object> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 12);
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        waitForNode(robot, "#casefile-heading");
        assertFocusOnScreen(robot, "case file");
        tabLeavesTheNoteBoxAndCtrlTabTypesATab(robot);
        robot.interact(() -> node(robot, "#casefile-new-letter", Button.class).fire());
        waitForNode(robot, "#letter-template");
        assertFocusOn(robot, "letter", "letter-template");
    }

    private void tabLeavesTheNoteBoxAndCtrlTabTypesATab(FxRobot robot) {
        waitForNode(robot, "#casefile-new-note");
        javafx.scene.control.TextArea note = node(robot, "#casefile-new-note", javafx.scene.control.TextArea.class);
        robot.interact(note::requestFocus);
        robot.write("ab");
        robot.type(KeyCode.TAB);
        assertThat(note.getText()).isEqualTo("ab");
        assertThat(focusOwner(robot)).as("Tab moved on").isNotSameAs(note);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focusOwner(robot)).as("Shift+Tab came back").isSameAs(note);
        robot.interact(() -> note.positionCaret(note.getLength()));
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(note.getText()).isEqualTo("ab\t");
        assertThat(focusOwner(robot)).isSameAs(note);
        robot.interact(() -> note.setText(""));
    }

    private void assertFocusOn(FxRobot robot, String screen, String id) {
        assertFocusOnScreen(robot, screen);
        assertThat(focusOwner(robot).getId()).as("focus on the %s screen", screen).isEqualTo(id);
    }

    /** The keyboard is in the shown screen: not nowhere, and not in the bar with the menus, Lock and Quick exit. */
    private void assertFocusOnScreen(FxRobot robot, String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        Node owner = focusOwner(robot);
        assertThat(owner).as("something has the focus on the %s screen", screen).isNotNull();
        for (Node node = owner; node != null; node = node.getParent()) {
            assertThat(node.getStyleClass()).as("focus on the %s screen is outside the bar: %s", screen, owner)
                    .doesNotContain("cairn-bar");
        }
        assertThat(owner.getId()).as("focus on the %s screen", screen).isNotIn("shell-lock", "shell-quick-exit");
    }

    private Node focusOwner(FxRobot robot) {
        return harness.stage.getScene().getFocusOwner();
    }
}
