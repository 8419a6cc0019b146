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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starting the app, opening the demo casebook and a case file writes no warning: JavaFX reports style problems through the
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

    /**
     * Checked fields (ControlsFX decorations) used to make ControlsFX put a pane of its own at the scene's root while
     * the scene was being styled, and the theme then warned of each colour it could not look up, at every case file.
     */
    @Test
    @SuppressWarnings("unchecked")
    void openingACaseFileEachOfItsTabsAndTheNewCaseScreenWarnsOfNothing(FxRobot robot) {
        waitForNode(robot, "#welcome-demo");
        robot.clickOn("#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        robot.clickOn("#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<CaseSummary> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> !table.getItems().isEmpty());
        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        waitForNode(robot, "#casefile-tabs");
        TabPane tabs = node(robot, "#casefile-tabs", TabPane.class);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
        }
        AppHarness.click(robot, "#casefile-back");
        waitForNode(robot, "#case-table");
        robot.interact(() -> harness.app.shell().openNewCase());
        waitForNode(robot, "#newcase-alias");
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
