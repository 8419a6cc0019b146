package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.present;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cairn.app.AppDirectories;
import org.cairn.casebook.AuditAction;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.Session;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An older copy of a casebook put back: the unlock asks, Enter cancels, and accepting opens it for writing. */
@ExtendWith(ApplicationExtension.class)
class OlderCopyFlowTest {
    private static final List<String> FILES = List.of("casebook.cairn", "casebook.log");
    @TempDir
    Path temp;
    private AppHarness harness;
    private VaultOptions options;

    @Start
    void start(Stage stage) {
        Path home = temp.resolve("home");
        options = VaultOptions.standard().withAnchors(new RollbackAnchors(new AppDirectories(home).anchorDirectory()));
        harness = new AppHarness(stage, home, 10, options);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
        // The primary stage is shared by every flow test: a quick exit must not leave it minimised for the next.
        robot.interact(() -> harness.stage.setIconified(false));
    }

    @Test
    void enterCancelsAndAcceptingIsAKnowingChoice(FxRobot robot) throws IOException {
        Path folder = olderCopyPutBack();
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#welcome-open");
        unlock(robot);
        Button cancel = node(robot, "#older-copy-cancel", Button.class);
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(node(robot, "#older-copy-accept", Button.class).isDefaultButton()).isFalse();
        assertThat(node(robot, "#older-copy-message", Label.class).getText()).contains("At risk");
        waitFor(cancel::isFocused);
        robot.type(KeyCode.ENTER);
        waitFor(() -> !present(robot, "#older-copy-cancel"));
        waitFor(() -> node(robot, "#unlock-error", Label.class).getText().startsWith("Nothing was changed."));
        unlock(robot);
        AppHarness.click(robot, "#older-copy-accept");
        waitForNode(robot, "#case-table");
        assertThat(node(robot, "#read-only-banner", Label.class).getText()).isEmpty();
    }

    @Test
    void quickExitStillWorksWhileTheQuestionIsOpen(FxRobot robot) throws IOException {
        Path folder = olderCopyPutBack();
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#welcome-open");
        unlock(robot);
        waitFor(node(robot, "#older-copy-cancel", Button.class)::isFocused);
        robot.press(KeyCode.SHIFT).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE).release(KeyCode.SHIFT);
        waitFor(() -> !present(robot, "#older-copy-cancel"));
        waitForNode(robot, "#neutral-screen");
        waitFor(harness.stage::isIconified);
        assertThat(harness.stage.getTitle()).isEqualTo("Untitled");
    }

    private void unlock(FxRobot robot) {
        waitForNode(robot, "#unlock-secret");
        AppHarness.fill(robot, "#unlock-secret", DemoSessions.PASSPHRASE);
        AppHarness.click(robot, "#unlock-submit");
        waitForNode(robot, "#older-copy-cancel");
    }

    /** A casebook changed after a copy of its files was taken, then that copy put back, on this "computer". */
    private Path olderCopyPutBack() throws IOException {
        CasebookGateway gateway = new CasebookGateway(KdfPolicy.fixed(KdfParams.floor()), options, harness.clock,
                "tester");
        Path folder = temp.resolve("book");
        Path older = Files.createDirectories(temp.resolve("older"));
        try (Passphrase passphrase = Passphrase.copyOf(DemoSessions.PASSPHRASE.toCharArray())) {
            gateway.createDemo(folder, passphrase, 3, 7L, written -> { }).close();
            copy(folder, older);
            try (Session session = gateway.open(folder, passphrase)) {
                session.casebook().audit().record(AuditAction.BACKUP_MADE, "after the older copy");
            }
        }
        copy(older, folder);
        return folder;
    }

    private static void copy(Path from, Path to) throws IOException {
        for (String name : FILES) {
            Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
