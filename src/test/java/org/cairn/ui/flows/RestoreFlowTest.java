package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
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

/** Journey 7, Restore… from the welcome screen: a backup on a stick becomes a casebook on a new laptop. */
@ExtendWith(ApplicationExtension.class)
class RestoreFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(stage, temp.resolve("home"), 6);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    private Path backup() throws Exception {
        Session session = DemoSessions.create(temp.resolve("old-laptop"), harness.clock, 4);
        Path file = Files.createDirectories(temp.resolve("usb")).resolve("cairn.cairnbackup");
        session.vault().backupTo(file);
        session.close();
        return file;
    }

    @Test
    void restoresThenUnlocksTheRestoredCasebook(FxRobot robot) throws Exception {
        Path backup = backup();
        Path folder = temp.resolve("new-laptop");
        AppHarness.click(robot, "#welcome-restore");
        waitForNode(robot, "#restore-submit");
        AppHarness.fill(robot, "#restore-passphrase", "wrong passphrase");
        AppHarness.click(robot, "#restore-submit");
        assertThat(node(robot, "#restore-error", Label.class).getText()).isEqualTo("Choose the backup file first.");
        harness.files.answers.add(backup);
        AppHarness.click(robot, "#restore-backup");
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#restore-folder");
        assertThat(node(robot, "#restore-folder-chosen", Label.class).getText()).isEqualTo(folder.toString());
        AppHarness.fill(robot, "#restore-passphrase", "wrong passphrase");
        AppHarness.click(robot, "#restore-submit");
        waitFor(() -> node(robot, "#restore-error", Label.class).getText().startsWith("The passphrase is wrong"));
        AppHarness.fill(robot, "#restore-passphrase", DemoSessions.PASSPHRASE);
        AppHarness.click(robot, "#restore-submit");
        waitForNode(robot, "#unlock-secret");
        AppHarness.fill(robot, "#unlock-secret", DemoSessions.PASSPHRASE);
        AppHarness.click(robot, "#unlock-submit");
        waitForNode(robot, "#case-table");
        assertThat(harness.app.shell().sessionProperty().get().folder()).isEqualTo(folder);
        AppHarness.click(robot, "#shell-lock");
        waitForNode(robot, "#unlock-secret");
        AppHarness.click(robot, "#casebook-back-to-welcome");
        waitForNode(robot, "#welcome-create");
        assertThat(robot.lookup(".hyperlink").queryAllAs(javafx.scene.control.Hyperlink.class))
                .extracting(javafx.scene.control.Hyperlink::getText).contains(folder.toString());
    }

    @Test
    void neverReplacesAnExistingCasebookWithoutAsking(FxRobot robot) throws Exception {
        Path backup = backup();
        Path folder = DemoSessions.closed(temp.resolve("in-use"), harness.clock, 1);
        byte[] before = Files.readAllBytes(folder.resolve("casebook.cairn"));
        harness.dialogs.confirmAnswer = false;
        AppHarness.menu(robot, "menu-file", "menu-restore");
        waitForNode(robot, "#restore-submit");
        harness.files.answers.add(backup);
        AppHarness.click(robot, "#restore-backup");
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#restore-folder");
        AppHarness.fill(robot, "#restore-passphrase", DemoSessions.PASSPHRASE);
        AppHarness.click(robot, "#restore-submit");
        waitFor(() -> node(robot, "#restore-error", Label.class).getText().startsWith("Nothing was restored."));
        assertThat(harness.dialogs.shown).singleElement().asString().contains("There is already a casebook");
        assertThat(Files.readAllBytes(folder.resolve("casebook.cairn"))).isEqualTo(before);
        AppHarness.click(robot, "#restore-back");
        waitForNode(robot, "#welcome-create");
    }
}
