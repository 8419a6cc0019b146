package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cairn.casebook.CaseReference;
import org.cairn.casework.TransferCasebooks;
import org.cairn.casework.TransferCasebooks.Laptop;
import org.cairn.transfer.PairingCard;
import org.cairn.transfer.TransferKind;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A shared case changed on both laptops comes back: the advocate opens the import screen with its shortcut, sees
 * the conflicts, chooses the others in one go and the contact-safety one on its own, and imports.
 */
@ExtendWith(ApplicationExtension.class)
class TransferImportFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;
    private TransferCasebooks casebooks;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(stage, temp.resolve("home"), 1);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
        if (casebooks != null) {
            casebooks.close();
        }
    }

    @Test
    void conflictsAreChosenThenTheFileIsImported(FxRobot robot) throws Exception {
        Path folder = temp.resolve("book");
        Path file = sharedCaseChangedOnBothSides(folder);
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#welcome-open");
        waitForNode(robot, "#unlock-secret");
        AppHarness.fill(robot, "#unlock-secret", DemoSessions.PASSPHRASE);
        AppHarness.click(robot, "#unlock-submit");
        waitForNode(robot, "#case-table");

        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitForNode(robot, "#transfer-choose");
        harness.files.answers.add(file);
        AppHarness.click(robot, "#transfer-choose");
        VBox conflicts = node(robot, "#transfer-conflicts", VBox.class);
        waitFor(() -> conflicts.getChildren().size() == 2);
        Button importNow = node(robot, "#transfer-import", Button.class);
        assertThat(importNow.isDisabled()).isTrue();
        assertThat(node(robot, "#transfer-blocked", Label.class).getText()).startsWith("2 conflicts");
        assertThat(node(robot, "#transfer-sender", Label.class).getText()).contains("outreach");
        List<Node> marked = conflicts.getChildren().stream()
                .filter(row -> row.lookup(".transfer-contact-safety") != null).toList();
        assertThat(marked).hasSize(1);

        Button takeOthers = node(robot, "#transfer-take-others", Button.class);
        javafx.geometry.Bounds where = takeOthers.localToScene(takeOthers.getBoundsInLocal());
        assertThat(where.getMaxY()).as("the bulk buttons are on the screen, " + where + " in a scene "
                + takeOthers.getScene().getHeight() + " high").isLessThanOrEqualTo(takeOthers.getScene().getHeight());
        AppHarness.click(robot, "#transfer-take-others");
        waitFor(() -> node(robot, "#transfer-blocked", Label.class).getText().startsWith("1 conflict"));
        assertThat(importNow.isDisabled()).as("contact safety is still open").isTrue();
        // The conflicts come last in the preview: scroll down to them, as the advocate would.
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) robot.lookup(".scroll-pane")
                .match(n -> n instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null
                        && scroll.getContent().lookup("#transfer-conflicts") != null).query();
        robot.interact(() -> page.setVvalue(page.getVmax()));
        ToggleButton keep = marked.get(0).lookupAll(".toggle-button").stream().map(ToggleButton.class::cast)
                .filter(toggle -> toggle.getText().equals("Keep ours")).findFirst().orElseThrow();
        robot.clickOn(keep);
        waitFor(() -> !importNow.isDisabled());
        AppHarness.click(robot, "#transfer-import");
        waitFor(() -> !node(robot, "#transfer-summary", Label.class).getText().isEmpty());
        assertThat(node(robot, "#transfer-summary", Label.class).getText()).contains("merged 1, as import 2");
    }

    /** The demo casebook and an outreach laptop, paired, share a case; both change its alias and phone. */
    private Path sharedCaseChangedOnBothSides(Path folder) throws Exception {
        casebooks = new TransferCasebooks(temp.resolve("others"));
        Laptop outreach = casebooks.laptop("outreach");
        try (Session centre = DemoSessions.create(folder, harness.clock, 1)) {
            var transfers = centre.casework().transfers();
            outreach.work().transfers().pair("centre", PairingCard.parse(transfers.pairingCard().toFileText()));
            transfers.pair("outreach", PairingCard.parse(outreach.work().transfers().pairingCard().toFileText()));
            String reference = outreach.caseWithHistory("Amal").reference().toString();
            transfers.importFile(centre.vault(), send(outreach, reference), temp.resolve("first.backup"));
            outreach.vault().write(tx -> tx.execute("UPDATE client SET alias = 'Amal H.', phone = '07700 900111'"));
            centre.vault().write(tx -> tx.execute("UPDATE client SET alias = 'Amal K.', phone = '07700 900222' "
                    + "WHERE uid = (SELECT k.uid FROM client k JOIN case_file c ON c.client_id = k.id "
                    + "WHERE c.uid = (SELECT uid FROM case_file ORDER BY id DESC LIMIT 1))"));
            return Files.write(temp.resolve("second.transfer"), send(outreach, reference));
        }
    }

    private static byte[] send(Laptop from, String reference) {
        return from.work().transfers().export(List.of(CaseReference.parse(reference)), "centre",
                TransferKind.SHARE).file();
    }
}
