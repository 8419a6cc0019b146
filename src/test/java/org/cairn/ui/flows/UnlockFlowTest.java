package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.cairn.ui.common.DemoSessions;
import org.cairn.vault.UnlockFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Journey 3: open a folder, a wrong passphrase gets the one message, the right one opens the cases. */
@ExtendWith(ApplicationExtension.class)
class UnlockFlowTest {
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
    void wrongPassphraseThenRightOne(FxRobot robot) {
        Path folder = DemoSessions.closed(temp.resolve("book"), harness.clock, 8);
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#welcome-open");
        waitForNode(robot, "#unlock-secret");
        AppHarness.click(robot, "#unlock-secret").write("wrong one!");
        AppHarness.click(robot, "#unlock-submit");
        waitFor(() -> !node(robot, "#unlock-error", Label.class).getText().isEmpty());
        assertThat(node(robot, "#unlock-error", Label.class).getText()).isEqualTo(UnlockFailedException.MESSAGE);
        assertThat(node(robot, "#unlock-secret", PasswordField.class).getLength()).isZero();
        AppHarness.fill(robot, "#unlock-secret", DemoSessions.PASSPHRASE);
        AppHarness.click(robot, "#unlock-submit");
        waitForNode(robot, "#case-table");
        waitFor(() -> node(robot, "#case-table", TableView.class).getItems().size() == 8);
    }
}
