package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Journey 2: welcome, create, recovery key, main window. */
@ExtendWith(ApplicationExtension.class)
class CreateFlowTest {
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
    void createsACasebookAndShowsTheRecoveryKeyOnce(FxRobot robot) {
        Path folder = temp.resolve("book");
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#welcome-create");
        waitForNode(robot, "#new-passphrase");
        AppHarness.click(robot, "#new-passphrase").write("short");
        assertThat(node(robot, "#create-submit", Button.class).isDisabled()).isTrue();
        assertThat(node(robot, "#strength-text", Label.class).getText()).startsWith("Too short");
        robot.write(" river lamp violet");
        AppHarness.fill(robot, "#repeat-passphrase", "short river lamp violet");
        assertThat(node(robot, "#create-submit", Button.class).isDisabled()).isFalse();
        AppHarness.click(robot, "#create-submit");
        waitForNode(robot, "#recovery-key");
        assertThat(node(robot, "#recovery-key", Label.class).getText().replace("\n", ""))
                .matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){8}");
        assertThat(node(robot, "#recovery-continue", Button.class).isDisabled()).isTrue();
        AppHarness.click(robot, "#recovery-stored");
        AppHarness.click(robot, "#recovery-continue");
        waitForNode(robot, "#case-table");
        assertThat(node(robot, "#case-table", TableView.class).getItems()).isEmpty();
        assertThat(Files.exists(folder.resolve("casebook.cairn"))).isTrue();
        assertThat(Files.exists(temp.resolve("home").resolve("settings.properties"))).isTrue();
    }

    @Test
    void passphraseFieldsAreEmptiedAfterCreating(FxRobot robot) {
        harness.files.answers.add(temp.resolve("book2"));
        AppHarness.click(robot, "#welcome-create");
        waitForNode(robot, "#new-passphrase");
        PasswordField first = node(robot, "#new-passphrase", PasswordField.class);
        AppHarness.fill(robot, "#new-passphrase", "a long enough passphrase");
        AppHarness.fill(robot, "#repeat-passphrase", "a long enough passphrase");
        AppHarness.click(robot, "#create-submit");
        assertThat(first.getLength()).isZero();
        waitForNode(robot, "#recovery-key");
    }

    @Test
    void aGuessablePassphraseIsRefusedAndTheShowSwitchRevealsWhatWasTyped(FxRobot robot) {
        harness.files.answers.add(temp.resolve("book3"));
        robot.clickOn("#welcome-create");
        waitForNode(robot, "#new-passphrase");
        robot.clickOn("#new-passphrase").write("password12");
        AppHarness.fill(robot, "#repeat-passphrase", "password12");
        assertThat(node(robot, "#strength-text", Label.class).getText()).startsWith("Too easy to guess");
        assertThat(node(robot, "#create-submit", Button.class).isDisabled()).isTrue();

        javafx.scene.control.TextField shown = node(robot, "#new-passphrase-shown", javafx.scene.control.TextField.class);
        assertThat(shown.isVisible()).isFalse();
        robot.clickOn("#new-passphrase-show");
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getText()).isEqualTo("password12");
        assertThat(node(robot, "#new-passphrase", PasswordField.class).isVisible()).isFalse();
        robot.clickOn("#new-passphrase-shown").write(" kettle orbit violet harbour");
        assertThat(node(robot, "#new-passphrase", PasswordField.class).getText())
                .as("typing in the shown field types the passphrase").isEqualTo("password12 kettle orbit violet harbour");
        robot.clickOn("#new-passphrase-show");
        assertThat(shown.isVisible()).isFalse();
        assertThat(AppHarness.present(robot, "#new-passphrase-caps")).as("a Caps Lock line for every field").isTrue();
    }
}
