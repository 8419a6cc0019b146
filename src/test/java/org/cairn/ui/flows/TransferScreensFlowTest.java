package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cairn.casebook.CaseSummary;
import org.cairn.casework.TransferCasebooks;
import org.cairn.casework.TransferCasebooks.Laptop;
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
 * With the keyboard only: the advocate pairs with an outreach laptop by its pasted card and fingerprint, sends the
 * case chosen in the list as a move, and finds it awaiting its receipt. Every control on the three screens has a
 * name a screen reader can say.
 */
@ExtendWith(ApplicationExtension.class)
class TransferScreensFlowTest {
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
    @SuppressWarnings("unchecked")
    void pairThenSendTheChosenCaseAsAMove(FxRobot robot) throws Exception {
        Path folder = temp.resolve("book");
        casebooks = new TransferCasebooks(temp.resolve("others"));
        Laptop outreach = casebooks.laptop("outreach");
        String centreFingerprint;
        try (Session centre = DemoSessions.create(folder, harness.clock, 1)) {
            centreFingerprint = centre.casework().transfers().pairingCard().fingerprint();
            // The other side of the pairing, done there: only so that the outreach laptop can open the file.
            outreach.work().transfers().pair("centre", org.cairn.transfer.PairingCard.parse(
                    centre.casework().transfers().pairingCard().toFileText()));
        }
        String card = outreach.work().transfers().pairingCard().toFileText();
        String fingerprint = outreach.work().transfers().pairingCard().fingerprint();
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#welcome-open");
        waitForNode(robot, "#unlock-secret");
        AppHarness.fill(robot, "#unlock-secret", DemoSessions.PASSPHRASE);
        AppHarness.click(robot, "#unlock-submit");
        waitForNode(robot, "#case-table");
        TableView<CaseSummary> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().selectFirst());
        String reference = table.getSelectionModel().getSelectedItem().reference().toString();

        shortcut(robot, KeyCode.K);
        waitForNode(robot, "#pair-own-fingerprint");
        assertThat(node(robot, "#pair-own-fingerprint", Label.class).getText()).endsWith(centreFingerprint);
        assertNamed(robot);
        AppHarness.fill(robot, "#pair-name", "outreach");
        AppHarness.fill(robot, "#pair-card", card);
        activate(robot, "#pair-check");
        waitFor(() -> node(robot, "#pair-checked-fingerprint", Label.class).getText().endsWith(fingerprint));
        assertThat(node(robot, "#pair-keep", ButtonBase.class).isDisabled()).as("compare first").isTrue();
        activate(robot, "#pair-match");
        activate(robot, "#pair-keep");
        VBox paired = node(robot, "#pair-list", VBox.class);
        waitFor(() -> paired.getChildren().stream().anyMatch(line -> ((Label) line).getText()
                .startsWith("outreach: fingerprint " + fingerprint)));

        shortcut(robot, KeyCode.E);
        waitForNode(robot, "#send-cases");
        assertThat(node(robot, "#send-cases", TextInputControl.class).getText()).isEqualTo(reference);
        assertThat(node(robot, "#send-to", ComboBox.class).getValue()).isEqualTo("outreach");
        assertNamed(robot);
        activate(robot, "#send-move");
        Path file = temp.resolve("moved.cairn-transfer");
        harness.files.answers.add(file);
        activate(robot, "#send-send");
        waitFor(() -> !node(robot, "#send-summary", Label.class).getText().isEmpty());
        assertThat(node(robot, "#send-summary", Label.class).getText()).contains("for outreach as transfer 1");
        var arriving = outreach.work().transfers().preview(Files.readAllBytes(file));
        assertThat(arriving.kind()).isEqualTo(TransferKind.MOVE);
        assertThat(arriving.cases()).singleElement().extracting(c -> c.reference()).isEqualTo(reference);

        shortcut(robot, KeyCode.M);
        waitForNode(robot, "#moves-list");
        VBox moves = node(robot, "#moves-list", VBox.class);
        assertThat(moves.getChildren()).singleElement().extracting(line -> ((Label) line).getText()).asString()
                .startsWith(reference + ": sent to outreach").endsWith("awaiting its receipt");
        assertNamed(robot);
    }

    /** Focuses a button or box as Tab would, which brings it into view, and presses Space on it. */
    private static void activate(FxRobot robot, String query) {
        Node target = robot.lookup(query).query();
        waitFor(() -> target.isVisible() && !target.isDisabled());
        robot.interact(target::requestFocus);
        waitFor(target::isFocused);
        robot.type(KeyCode.SPACE);
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.SHORTCUT);
    }

    /** Every button, field, box and choice on the screen has words of its own or an accessible name. */
    private static void assertNamed(FxRobot robot) {
        Parent root = robot.lookup(".cairn-root").queryAs(Parent.class);
        List<Control> unnamed = new java.util.ArrayList<>();
        collect(root, unnamed);
        assertThat(unnamed).as("controls without an accessible name").isEmpty();
    }

    private static void collect(Node node, List<Control> unnamed) {
        if (node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBox<?>) {
            Control control = (Control) node;
            String words = control instanceof Labeled labeled ? labeled.getText() : null;
            boolean named = (control.getAccessibleText() != null && !control.getAccessibleText().isBlank())
                    || (words != null && !words.isBlank());
            if (!named && control.isVisible()) {
                unnamed.add(control);
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, unnamed));
        }
    }
}
