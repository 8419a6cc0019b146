package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.present;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Journey 6: quick exit hides everything and locks; idle time locks too. */
@ExtendWith(ApplicationExtension.class)
class QuickExitFlowTest {
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

    private Session unlock(FxRobot robot) {
        Path folder = DemoSessions.closed(temp.resolve("book"), harness.clock, 6);
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#welcome-open");
        waitForNode(robot, "#unlock-secret");
        AppHarness.fill(robot, "#unlock-secret", DemoSessions.PASSPHRASE);
        AppHarness.click(robot, "#unlock-submit");
        waitForNode(robot, "#case-table");
        return harness.app.shell().sessionProperty().get();
    }

    @Test
    void shiftEscapeHidesEverythingLocksAndMinimises(FxRobot robot) {
        Session session = unlock(robot);
        robot.press(KeyCode.SHIFT).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE).release(KeyCode.SHIFT);
        assertThat(present(robot, "#case-table")).isFalse();
        assertThat(present(robot, "#neutral-screen")).isTrue();
        assertThat(harness.stage.getTitle()).isEqualTo("Untitled");
        waitFor(harness.stage::isIconified);
        waitFor(session::isClosed);
        waitFor(() -> !harness.app.shell().lockingProperty().get());
        robot.interact(() -> harness.stage.setIconified(false));
        AppHarness.click(robot, "#neutral-screen");
        waitForNode(robot, "#unlock-secret");
        assertThat(harness.stage.getTitle()).isEqualTo("Cairn");
    }

    @Test
    void quickExitButtonDoesTheSame(FxRobot robot) {
        Session session = unlock(robot);
        AppHarness.click(robot, "#shell-quick-exit");
        assertThat(present(robot, "#case-table")).isFalse();
        waitFor(session::isClosed);
    }

    @Test
    void locksAfterFiveIdleMinutes(FxRobot robot) {
        Session session = unlock(robot);
        harness.clock.advance(Duration.ofMinutes(5));
        waitFor(session::isClosed);
        waitForNode(robot, "#unlock-secret");
        assertThat(present(robot, "#case-table")).isFalse();
    }
}
