package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The recovery key is wiped from memory when its screen goes any way other than Continue (a menu, a quick exit, the
 * idle lock), yet it comes back at the next unlock until the advocate confirms it is stored.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryKeyWipeFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(stage, temp.resolve("home"), 4);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> harness.stage.setIconified(false));
        robot.interact(harness.app::close);
    }

    private Label recoveryKeyScreen(FxRobot robot) {
        harness.files.answers.add(temp.resolve("book"));
        AppHarness.click(robot, "#welcome-create");
        waitForNode(robot, "#new-passphrase");
        AppHarness.fill(robot, "#new-passphrase", "amber river lamp quiet");
        AppHarness.fill(robot, "#repeat-passphrase", "amber river lamp quiet");
        AppHarness.click(robot, "#create-submit");
        waitForNode(robot, "#recovery-key");
        Label key = node(robot, "#recovery-key", Label.class);
        assertThat(key.getText()).hasSizeGreaterThan(20);
        return key;
    }

    @Test
    void quickExitWipesTheKeyAtOnce(FxRobot robot) {
        Label key = recoveryKeyScreen(robot);
        robot.press(KeyCode.SHIFT).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE).release(KeyCode.SHIFT);
        assertThat(key.getText()).isEmpty();
        waitFor(() -> !harness.app.shell().lockingProperty().get());
    }

    @Test
    void leavingThroughTheMenuWipesTheKey(FxRobot robot) {
        Label key = recoveryKeyScreen(robot);
        AppHarness.menu(robot, "menu-case", "menu-cases");
        waitForNode(robot, "#case-table");
        assertThat(key.getText()).isEmpty();
    }

    @Test
    void theIdleLockOnTheKeyScreenBringsTheSameKeyBackAtUnlockUntilConfirmed(FxRobot robot) {
        String shown = recoveryKeyScreen(robot).getText();
        harness.clock.advance(java.time.Duration.ofMinutes(5));
        waitForNode(robot, "#unlock-secret");
        unlock(robot);
        waitForNode(robot, "#recovery-key");
        assertThat(node(robot, "#recovery-key", Label.class).getText()).isEqualTo(shown);

        robot.press(KeyCode.SHIFT).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE).release(KeyCode.SHIFT);
        waitFor(() -> !harness.app.shell().lockingProperty().get());
        robot.interact(() -> harness.stage.setIconified(false));
        robot.clickOn("#neutral-screen");
        waitForNode(robot, "#unlock-secret");
        unlock(robot);
        waitForNode(robot, "#recovery-key");
        assertThat(node(robot, "#recovery-key", Label.class).getText()).as("after a quick exit").isEqualTo(shown);

        robot.clickOn("#recovery-stored");
        robot.clickOn("#recovery-continue");
        waitForNode(robot, "#case-table");
        robot.clickOn("#shell-lock");
        waitForNode(robot, "#unlock-secret");
        unlock(robot);
        waitForNode(robot, "#case-table");
        assertThat(AppHarness.present(robot, "#recovery-key")).as("confirmed: never shown again").isFalse();
    }

    private static void unlock(FxRobot robot) {
        AppHarness.fill(robot, "#unlock-secret", "amber river lamp quiet");
        robot.clickOn("#unlock-submit");
    }
}
