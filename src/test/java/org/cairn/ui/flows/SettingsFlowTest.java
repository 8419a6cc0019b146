package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.cairn.ui.common.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings from the welcome screen and from an open casebook: each change applies at once and is kept. */
@ExtendWith(ApplicationExtension.class)
class SettingsFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(stage, temp.resolve("home"), 6);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        robot.interact(harness.app::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void fromTheWelcomeScreenThemeAndTextSizeApplyAtOnceAndAreSaved(FxRobot robot) throws Exception {
        AppHarness.menu(robot, "menu-file", "menu-settings");
        waitForNode(robot, "#settings-idle");
        assertThat(node(robot, "#shell-lock", javafx.scene.control.Button.class).getParent().isVisible())
                .as("no casebook is open").isFalse();
        AppHarness.click(robot, "#settings-theme-dark");
        waitFor(() -> new PrimerDark().getUserAgentStylesheet().equals(Application.getUserAgentStylesheet()));
        ComboBox<Integer> sizes = node(robot, "#settings-text-size", ComboBox.class);
        robot.interact(() -> sizes.setValue(130));
        waitFor(() -> harness.app.shell().textScaleProperty().get() == 1.3);
        AppHarness.fill(robot, "#settings-reminder", "400");
        waitFor(() -> !node(robot, "#settings-reminder-error", Label.class).getText().isEmpty());
        AppHarness.fill(robot, "#settings-reminder", "14");
        waitFor(() -> node(robot, "#settings-reminder-error", Label.class).getText().isEmpty());
        GridPane scripts = node(robot, "#settings-scripts", GridPane.class);
        waitFor(() -> scripts.getChildren().size() == 2 * org.cairn.letters.pdf.LetterScript.values().length);
        assertThat(robot.lookup("#settings-scripts .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Latin");
        String saved = Files.readString(temp.resolve("home").resolve("settings.properties"));
        assertThat(saved).contains("appearance.theme=dark").contains("appearance.textScale=1.3")
                .contains("backupReminder.days=14");
        AppHarness.click(robot, "#settings-back");
        waitForNode(robot, "#welcome-create");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aShorterIdleTimeLocksTheOpenCasebookWithoutARestart(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        waitFor(() -> node(robot, "#case-table", TableView.class).getItems().size() == 6);
        Session session = harness.app.shell().sessionProperty().get();
        AppHarness.menu(robot, "menu-file", "menu-settings");
        waitForNode(robot, "#settings-idle");
        assertThat(node(robot, "#shell-lock", javafx.scene.control.Button.class).getParent().isVisible())
                .as("Lock stays on screen").isTrue();
        AppHarness.fill(robot, "#settings-idle", "2");
        harness.clock.advance(Duration.ofMinutes(2));
        waitFor(session::isClosed);
        waitForNode(robot, "#unlock-secret");
    }

    @Test
    void backFromSettingsReturnsToTheCases(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        AppHarness.menu(robot, "menu-file", "menu-settings");
        waitForNode(robot, "#settings-back");
        AppHarness.click(robot, "#settings-back");
        waitForNode(robot, "#case-table");
    }

    @Test
    void backFromSettingsOnTheUnlockScreenReturnsThereNotToTheWelcomeScreen(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        AppHarness.click(robot, "#shell-lock");
        waitForNode(robot, "#unlock-secret");
        AppHarness.menu(robot, "menu-file", "menu-settings");
        waitForNode(robot, "#settings-back");
        AppHarness.click(robot, "#settings-back");
        waitForNode(robot, "#unlock-secret");
    }
}
