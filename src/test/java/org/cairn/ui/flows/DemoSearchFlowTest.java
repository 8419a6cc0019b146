package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cairn.casebook.CaseSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Journeys 1 and 4: try the demo, search as you type, open a case with the keyboard. */
@ExtendWith(ApplicationExtension.class)
class DemoSearchFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(stage, temp.resolve("home"), 40);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void demoSearchAndOpen(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        assertThat(node(robot, "#demo-passphrase", TextField.class).getText()).matches("[a-z]{4}(-[a-z]{4}){3}");
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<CaseSummary> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 40);
        CaseSummary wanted = table.getItems().get(17);
        String reference = wanted.reference().toString();
        TextField search = node(robot, "#case-search", TextField.class);
        robot.clickOn(table);
        assertThat(harness.stage.getScene().getFocusOwner()).isSameAs(table);
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(harness.stage.getScene().getFocusOwner()).isSameAs(search);
        robot.write(reference.substring(0, 6));
        AppHarness.fill(robot, "#case-search", reference);
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).reference().toString()).isEqualTo(reference);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitFor(() -> AppHarness.present(robot, "#contact-safety-banner")
                && !node(robot, "#contact-safety-banner", Label.class).getText().isEmpty());
        assertThat(node(robot, "#casefile-heading", Label.class).getText()).contains(reference)
                .contains(wanted.alias());
        assertThat(node(robot, "#contact-safety-banner", Label.class).getText()).contains("Phone:");
        waitForNode(robot, "#casefile-notes");
        javafx.scene.control.ListView<?> notes = node(robot, "#casefile-notes", javafx.scene.control.ListView.class);
        int before = notes.getItems().size();
        AppHarness.fill(robot, "#casefile-new-note", "Met at the library; she will call back on Friday.");
        AppHarness.click(robot, "#casefile-add-note");
        waitFor(() -> notes.getItems().size() == before + 1);
        AppHarness.click(robot, "#casefile-back");
        waitForNode(robot, "#case-table");
        assertThat(node(robot, "#case-search", TextField.class).getText()).isEqualTo(reference);
    }

    /** Ctrl+F focuses the search, arrows move through the list and back up to the search, Escape clears it. */
    @Test
    @SuppressWarnings("unchecked")
    void keyboardFindsMovesClearsAndOpens(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<CaseSummary> table = node(robot, "#case-table", TableView.class);
        TextField search = node(robot, "#case-search", TextField.class);
        waitFor(() -> table.getItems().size() == 40);
        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().clearSelection());
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(harness.stage.getScene().getFocusOwner()).isSameAs(search);
        robot.type(KeyCode.DOWN);
        assertThat(harness.stage.getScene().getFocusOwner()).isSameAs(table);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.type(KeyCode.UP);
        robot.type(KeyCode.UP);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.UP);
        assertThat(harness.stage.getScene().getFocusOwner()).as("up from the first row goes back to the search")
                .isSameAs(search);
        String reference = table.getItems().get(5).reference().toString();
        AppHarness.fill(robot, "#case-search", reference);
        waitFor(() -> table.getItems().size() == 1);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> table.getItems().size() == 40);
        assertThat(search.getText()).isEmpty();
        assertThat(harness.stage.getScene().getFocusOwner()).isSameAs(search);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN);
        CaseSummary second = table.getSelectionModel().getSelectedItem();
        assertThat(second).isSameAs(table.getItems().get(1));
        robot.type(KeyCode.ENTER);
        waitFor(() -> AppHarness.present(robot, "#casefile-heading")
                && node(robot, "#casefile-heading", Label.class).getText().contains(second.reference().toString()));
    }
}
