package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.TextField;
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
 * Starting the app and opening the demo casebook writes no warning: JavaFX reports style problems through the
 * platform log, which goes to standard error, and an advocate's terminal should stay clean.
 */
@ExtendWith(ApplicationExtension.class)
class QuietStartFlowTest {
    private static final List<String> WARNINGS = new CopyOnWriteArrayList<>();
    private static final Handler RECORDER = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                WARNINGS.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        Logger.getLogger("").addHandler(RECORDER);
        WARNINGS.clear();
        harness = new AppHarness(stage, temp.resolve("home"), 4);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
        Logger.getLogger("").removeHandler(RECORDER);
    }

    @Test
    void startingAndOpeningTheDemoWarnsOfNothing(FxRobot robot) {
        waitForNode(robot, "#welcome-demo");
        robot.clickOn("#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        robot.clickOn("#demo-continue");
        waitForNode(robot, "#case-table");
        robot.interact(() -> harness.app.shell().toggleTheme());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WARNINGS).as("warnings logged").isEmpty();
    }

    @Test
    void theFirstWindowIsBiggerThanTheMinimumAndItsPlaceIsRememberedAtClose(FxRobot robot) {
        waitForNode(robot, "#welcome-demo");
        assertThat(harness.stage.getWidth()).isGreaterThan(harness.stage.getMinWidth());
        assertThat(harness.stage.getHeight()).isGreaterThan(harness.stage.getMinHeight());
        robot.interact(() -> {
            harness.stage.setWidth(1000);
            harness.stage.setHeight(700);
        });
        robot.interact(harness.app::close);
        var saved = new org.cairn.app.SettingsFile(new org.cairn.app.AppDirectories(temp.resolve("home"))
                .dataDirectory()).window();
        assertThat(saved).hasValueSatisfying(box -> {
            assertThat(box.width()).isEqualTo(1000);
            assertThat(box.height()).isEqualTo(700);
        });
    }
}
