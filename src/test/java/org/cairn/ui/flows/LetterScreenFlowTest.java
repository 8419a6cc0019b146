package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The letter screen says what it needs: no verdict before a letter is chosen, the preview area names what is
 * missing, the usual recipient of the letter is chosen, typed values stay, and every field has a visible label.
 */
@ExtendWith(ApplicationExtension.class)
class LetterScreenFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(stage, temp.resolve("home"), 3);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLetterScreenSaysWhatItNeedsAndKeepsWhatWasTyped(FxRobot robot) {
        LetterFlowTest.openFirstCase(robot, harness);
        robot.interact(() -> node(robot, "#casefile-new-letter", Button.class).fire());
        waitForNode(robot, "#letter-template");
        ListView<String> findings = node(robot, "#letter-findings", ListView.class);
        assertThat(((Label) findings.getPlaceholder()).getText()).doesNotContain("Nothing in this letter")
                .contains("choose a letter");
        assertThat(node(robot, "#letter-preview-note", Label.class).getText()).contains("Choose a letter");

        ComboBox<Template> template = node(robot, "#letter-template", ComboBox.class);
        robot.interact(() -> template.setValue(pick(template, "letter-gp-registration")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(robot, "#letter-recipient-client", RadioButton.class).isSelected())
                .as("a letter to a practice is not addressed to the client").isFalse();
        assertThat(node(robot, "#letter-recipient-directory", RadioButton.class).isSelected()).isTrue();
        assertThat(node(robot, "#letter-preview-note", Label.class).getText()).contains("Choose who");

        robot.interact(() -> node(robot, "#letter-recipient-typed", RadioButton.class).fire());
        AppHarness.fill(robot, "#letter-recipient-name", "Intake team");
        robot.interact(() -> node(robot, "#letter-recipient-kind", ComboBox.class)
                .setValue(RecipientKind.THIRD_SECTOR));
        robot.interact(() -> template.setValue(pick(template, "letter-referral-cover")));
        waitForNode(robot, "#letter-missing-referral-reason");
        Label note = node(robot, "#letter-preview-note", Label.class);
        waitFor(() -> note.getText().contains("no value for"));
        assertEveryFieldLabelled(robot);

        AppHarness.fill(robot, "#letter-missing-referral-reason", "Needs advice on a housing order");
        robot.interact(() -> node(robot, "#letter-update", Button.class).fire());
        waitFor(() -> !node(robot, "#letter-status", Label.class).getText().isEmpty()
                && !node(robot, "#letter-update", Button.class).isDisabled());
        assertThat(node(robot, "#letter-missing-referral-reason", TextField.class).getText())
                .isEqualTo("Needs advice on a housing order");
        assertThat(node(robot, "#letter-preview-note", Label.class).getText()).doesNotContain("Reason for");
        robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> f.getId() != null && f.getId().startsWith("letter-missing-") && f.getText().isEmpty())
                .forEach(f -> AppHarness.fill(robot, "#" + f.getId(), "Example"));
        robot.interact(() -> node(robot, "#letter-update", Button.class).fire());
        waitFor(() -> node(robot, "#letter-consent-reason", TextField.class).isVisible());
        assertEveryFieldLabelled(robot);
    }

    private static Template pick(ComboBox<Template> template, String id) {
        return template.getItems().stream().filter(t -> t.header().id().equals(id)).findFirst().orElseThrow();
    }

    /** Each shown field has a visible label before it in its box: placeholder text alone vanishes on typing. */
    private static void assertEveryFieldLabelled(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Parent screen = robot.lookup("#letter-template").query().getParent().getParent();
        int checked = 0;
        for (Node node : robot.lookup(n -> n instanceof TextInputControl || n instanceof ComboBox).queryAll()) {
            if (!(node instanceof Control field) || field.getId() == null || !field.getId().startsWith("letter-")
                    || !shown(field) || !inside(field, screen)) {
                continue;
            }
            Parent box = field.getParent();
            int at = box.getChildrenUnmodifiable().indexOf(field);
            boolean labelled = box.getChildrenUnmodifiable().subList(0, at).stream()
                    .anyMatch(n -> n instanceof Labeled l && n.isVisible() && !l.getText().isBlank());
            assertThat(labelled).as("a visible label for %s", field.getId()).isTrue();
            checked++;
        }
        assertThat(checked).as("fields checked").isGreaterThan(4);
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(Node node, Parent screen) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == screen) {
                return true;
            }
        }
        return false;
    }
}
