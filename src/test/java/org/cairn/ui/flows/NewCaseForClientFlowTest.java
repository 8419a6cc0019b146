package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.Note;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Journey 5: another case for a client already in the casebook, from the list and from her case file. */
@ExtendWith(ApplicationExtension.class)
class NewCaseForClientFlowTest {
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
    @SuppressWarnings("unchecked")
    void newCaseForTheSameClientWithoutRetypingHerDetails(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<CaseSummary> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 12);
        // From the list: the selected case's client, then cancel.
        robot.interact(() -> table.getSelectionModel().select(3));
        CaseSummary chosen = table.getItems().get(3);
        AppHarness.click(robot, "#cases-new-for-client");
        waitForNode(robot, "#newcase-create");
        TextField alias = node(robot, "#newcase-alias", TextField.class);
        assertThat(alias.getText()).isEqualTo(chosen.alias());
        assertThat(alias.isEditable()).isFalse();
        AppHarness.click(robot, "#newcase-cancel");
        waitForNode(robot, "#case-table");
        // From her case file, which also shows dates the British way whatever the JVM locale.
        robot.interact(() -> table.getSelectionModel().select(3));
        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().select(3));
        robot.type(KeyCode.ENTER);
        waitForNode(robot, "#casefile-notes");
        ListView<Note> notes = node(robot, "#casefile-notes", ListView.class);
        int before = notes.getItems().size();
        AppHarness.fill(robot, "#casefile-new-note", "She asked about a second matter; opening a new case.");
        AppHarness.click(robot, "#casefile-add-note");
        waitFor(() -> notes.getItems().size() == before + 1);
        // The cells are laid out on a later pulse than the items change: wait for them, a busy machine is slow.
        waitFor(() -> robot.lookup("#casefile-notes .label").queryAllAs(Label.class).stream().map(Label::getText)
                .anyMatch(text -> text.contains("2 Mar 2026")));
        AppHarness.click(robot, "#casefile-new-case-for-client");
        waitForNode(robot, "#newcase-create");
        assertThat(node(robot, "#newcase-alias", TextField.class).getText()).isEqualTo(chosen.alias());
        AppHarness.click(robot, "#newcase-create");
        waitFor(() -> AppHarness.present(robot, "#casefile-heading")
                && node(robot, "#casefile-heading", Label.class).getText().contains(chosen.alias())
                && !node(robot, "#casefile-heading", Label.class).getText().contains(chosen.reference().toString()));
        assertThat(node(robot, "#contact-safety-banner", Label.class).getText()).as("her contact safety came along")
                .isNotEmpty();
        TableView<AuditEntry> audit = node(robot, "#casefile-audit", TableView.class);
        waitFor(() -> audit.getItems().stream().anyMatch(entry -> entry.action() == AuditAction.CASE_OPENED));
        AppHarness.click(robot, "#casefile-back");
        waitForNode(robot, "#case-table");
        waitFor(() -> table.getItems().size() == 13);
        assertThat(table.getItems()).filteredOn(row -> row.alias().equals(chosen.alias())).hasSizeGreaterThan(1);
    }
}
