package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The coordinator opens the counts from the shell bar, previews them and exports CSV and PDF. */
@ExtendWith(ApplicationExtension.class)
class CoordinatorFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(stage, temp.resolve("home"), 120);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    void previewThenExportFromTheShellBar(FxRobot robot) throws Exception {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        waitFor(() -> node(robot, "#case-table", TableView.class).getItems().size() == 120);
        AppHarness.menu(robot, "menu-tools", "menu-coordinator");
        waitForNode(robot, "#coordinator-preview");
        AppHarness.click(robot, "#coordinator-preview");
        VBox preview = node(robot, "#coordinator-preview-tables", VBox.class);
        waitFor(() -> !preview.getChildren().isEmpty());
        assertThat(robot.lookup(".cairn-suppressed").queryAll()).as("hidden cells are marked").isNotEmpty();
        assertThat(node(robot, "#coordinator-status", Label.class).getText())
                .contains("exactly what an export would publish");

        Path out = temp.resolve("export");
        harness.files.answers.add(out);
        AppHarness.click(robot, "#coordinator-export");
        waitFor(() -> Files.exists(out.resolve("report.pdf")) && harness.dialogs.shown.size() == 1);
        assertThat(out.resolve("counts.csv")).exists();
        assertThat(harness.dialogs.shown.get(0)).startsWith("Wrote 4 files to ");
        AppHarness.click(robot, "#coordinator-back");
        waitForNode(robot, "#case-table");
    }
}
