package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cairn.ui.common.PseudoLocales;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main screens in the two pseudo-languages made from the English bundle (ADR 0045), on a 1366 by 768 window: no
 * label, button, heading or column title is cut short by the longer words, and every word shown came from the bundle
 * (it carries the pseudo-language's marks). The right-to-left one also lays the window out mirrored. Each screen is
 * saved in target/screenshots-pseudo for a look.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleFlowTest {
    @TempDir
    Path temp;
    private Stage stage;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        stage.setWidth(1366);
        stage.setHeight(768);
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (harness != null) {
            robot.interact(harness.app::close);
        }
    }

    @Test
    void theAccentedLongerLanguageFitsAndLeavesNoWordUntranslated(FxRobot robot) throws Exception {
        List<String> problems = walk(robot, PseudoLocales.ACCENTED);
        assertThat(stage.getScene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(problems).isEmpty();
    }

    @Test
    void theRightToLeftLanguageMirrorsTheWindowAndFits(FxRobot robot) throws Exception {
        List<String> problems = walk(robot, PseudoLocales.RIGHT_TO_LEFT);
        assertThat(stage.getScene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(problems).isEmpty();
    }

    /**
     * Welcome, the cases, one case file, its letter screen, a new case, the directory, the people, the counts and
     * Settings: the screens an advocate or a coordinator spends the day in.
     */
    @SuppressWarnings("unchecked")
    private List<String> walk(FxRobot robot, Locale locale) throws Exception {
        robot.interact(() -> harness = new AppHarness(stage, temp.resolve("home"), 12, locale,
                PseudoLocales::messages));
        ScreenWords screens = new ScreenWords(stage, Path.of("target", "screenshots-pseudo"),
                locale.toLanguageTag());
        List<String> problems = new ArrayList<>();
        waitForNode(robot, "#welcome-demo");
        problems.addAll(screens.check("welcome"));
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<Object> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 12);
        problems.addAll(screens.check("cases"));
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        waitForNode(robot, "#casefile-heading");
        problems.addAll(screens.check("case-file"));
        robot.interact(() -> node(robot, "#casefile-new-letter", Button.class).fire());
        waitForNode(robot, "#letter-template");
        problems.addAll(screens.check("letter"));
        robot.interact(() -> node(robot, "#letter-back", Button.class).fire());
        waitForNode(robot, "#casefile-heading");
        robot.interact(() -> node(robot, "#casefile-back", Button.class).fire());
        waitForNode(robot, "#case-table");
        AppHarness.click(robot, "#cases-new");
        waitForNode(robot, "#newcase-alias");
        problems.addAll(screens.check("new-case"));
        // A name typed in Latin letters reads from the left even in a right-to-left window.
        AppHarness.fill(robot, "#newcase-alias", "Farzana M.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(robot, "#newcase-alias", TextField.class).getEffectiveNodeOrientation())
                .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        robot.interact(() -> node(robot, "#newcase-cancel", Button.class).fire());
        waitForNode(robot, "#case-table");
        robot.interact(() -> harness.app.shell().openDirectory());
        waitForNode(robot, "#directory-entries");
        problems.addAll(screens.check("directory"));
        robot.interact(() -> harness.app.shell().openPeople());
        waitForNode(robot, "#people-table");
        problems.addAll(screens.check("people"));
        robot.interact(() -> harness.app.shell().coordinator());
        waitForNode(robot, "#coordinator-preview");
        problems.addAll(screens.check("coordinator"));
        robot.interact(() -> harness.app.shell().openSettings());
        waitForNode(robot, "#settings-back");
        problems.addAll(screens.check("settings"));
        assertThat(harness.dialogs.shown).as("the unsaved-case question was asked").isNotEmpty();
        harness.dialogs.shown.stream().filter(message -> message.indexOf(PseudoLocales.OPEN) < 0)
                .forEach(message -> problems.add("a dialog says \"" + message + "\", which is not from the bundle"));
        return problems;
    }
}
