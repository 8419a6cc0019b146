package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.cairn.templates.LibraryTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In the app: the template library from the shell bar, then a risk checklist filled in a case file. */
@ExtendWith(ApplicationExtension.class)
class PlansFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        stage.setWidth(1200);
        stage.setHeight(800);
        harness = new AppHarness(stage, temp.resolve("home"), 3);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void libraryThenChecklistWithAcceptedProposal(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");

        AppHarness.menu(robot, "menu-tools", "menu-templates");
        waitForNode(robot, "#templates-table");
        TableView<LibraryTemplate> library = node(robot, "#templates-table", TableView.class);
        waitFor(() -> library.getItems().size() >= 14);
        assertThat(library.getItems()).anyMatch(t -> t.header().id().equals("checklist-risk") && t.builtIn());
        AppHarness.click(robot, "#templates-back");

        TableView<Object> cases = node(robot, "#case-table", TableView.class);
        waitFor(() -> cases.getItems().size() == 3);
        robot.interact(() -> cases.getSelectionModel().select(0));
        robot.interact(cases::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitForNode(robot, "#plans-template");
        CaseEditFlowTest.selectTab(robot, "tab-plans");

        ComboBox<LibraryTemplate> choose = node(robot, "#plans-template", ComboBox.class);
        waitFor(() -> !choose.getItems().isEmpty());
        robot.interact(() -> choose.setValue(choose.getItems().stream()
                .filter(t -> t.header().id().equals("checklist-risk")).findFirst().orElseThrow()));
        ListView<Object> forms = node(robot, "#plans-forms", ListView.class);
        int before = forms.getItems().size();
        AppHarness.click(robot, "#plans-start");
        waitFor(() -> forms.getItems().size() == before + 1 && AppHarness.present(robot, "#item-strangled-yes"));
        Label score = node(robot, "#plans-score", Label.class);
        assertThat(score.getText()).startsWith("Score 0 of");

        for (String item : new String[] {"strangled", "weapon", "afraid-killed", "threats-to-kill", "afraid"}) {
            answerYes(robot, item);
        }
        assertThat(score.getText()).startsWith("Score 13 of");
        answerYes(robot, "sexual");
        assertThat(score.getText()).startsWith("Score 14 of").endsWith("high risk");
        Label proposal = node(robot, "#plans-proposal", Label.class);
        assertThat(proposal.getParent().isVisible()).isTrue();
        assertThat(proposal.getText()).contains("MARAC referral");

        AppHarness.click(robot, "#plans-accept");
        waitFor(() -> node(robot, "#plans-status", Label.class).getText().startsWith("Accepted")
                || !node(robot, "#plans-error", Label.class).getText().isEmpty());
        assertThat(node(robot, "#plans-error", Label.class).getText()).isEmpty();
        assertThat(node(robot, "#plans-status", Label.class).getText()).startsWith("Accepted");
        waitFor(() -> node(robot, "#plans-risk-current", Label.class).getText().endsWith("high"));
        ListView<Object> history = node(robot, "#plans-risk-history", ListView.class);
        waitFor(() -> !history.getItems().isEmpty());
        waitFor(() -> !node(robot, "#plans-proposal", Label.class).getParent().isVisible());
        ListView<Object> versions = node(robot, "#plans-versions", ListView.class);
        assertThat(versions.getItems()).hasSize(1);
    }

    /** Scrolls the form so the item's Yes button shows, then clicks it as the advocate would. */
    static void answerYes(FxRobot robot, String item) {
        ScrollPane editor = robot.lookup("#plans-editor").queryAs(ScrollPane.class);
        Node button = robot.lookup("#item-" + item + "-yes").query();
        robot.interact(() -> {
            Node content = editor.getContent();
            double y = content.sceneToLocal(button.localToScene(0, 0)).getY();
            double free = content.getBoundsInLocal().getHeight() - editor.getViewportBounds().getHeight();
            editor.setVvalue(free <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / free)));
        });
        robot.clickOn(button);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSafetyPlanIsMarkedCompletedWithItsDateAndOpenedAgain(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<Object> cases = node(robot, "#case-table", TableView.class);
        waitFor(() -> cases.getItems().size() == 3);
        robot.interact(() -> cases.getSelectionModel().select(1));
        robot.interact(cases::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitForNode(robot, "#plans-template");
        ComboBox<LibraryTemplate> choose = node(robot, "#plans-template", ComboBox.class);
        assertThat(choose.getItems()).as("the plans tab reads nothing until it is shown").isEmpty();
        CaseEditFlowTest.selectTab(robot, "tab-plans");
        waitFor(() -> !choose.getItems().isEmpty());
        robot.interact(() -> choose.setValue(choose.getItems().stream()
                .filter(t -> t.header().id().equals("plan-documents")).findFirst().orElseThrow()));
        ListView<org.cairn.casebook.CaseForm> forms = node(robot, "#plans-forms", ListView.class);
        int before = forms.getItems().size();
        AppHarness.click(robot, "#plans-start");
        waitFor(() -> forms.getItems().size() == before + 1 && AppHarness.present(robot, "#plans-complete")
                && node(robot, "#plans-complete", javafx.scene.control.Button.class).isVisible()
                && !node(robot, "#plans-complete", javafx.scene.control.Button.class).isDisabled());

        robot.interact(() -> node(robot, "#plans-complete", javafx.scene.control.Button.class).fire());
        Label completed = node(robot, "#plans-completed", Label.class);
        String today = org.cairn.ui.common.Fakes.messages().dates().day(java.time.LocalDate.now(harness.clock));
        waitFor(() -> completed.getText().equals("Completed on " + today));
        waitFor(() -> forms.getItems().stream().anyMatch(f -> f.completed()));
        assertThat(node(robot, "#plans-reopen", javafx.scene.control.Button.class).isVisible()).isTrue();
        assertThat(node(robot, "#plans-complete", javafx.scene.control.Button.class).isVisible()).isFalse();

        robot.interact(() -> node(robot, "#plans-reopen", javafx.scene.control.Button.class).fire());
        waitFor(() -> completed.getText().isEmpty());
        waitFor(() -> forms.getItems().stream().noneMatch(f -> f.completed()));
        var casebook = harness.app.shell().sessionProperty().get().casebook();
        assertThat(casebook.audit().recent(5)).extracting(e -> e.action()).contains(
                org.cairn.casebook.AuditAction.FORM_COMPLETED, org.cairn.casebook.AuditAction.FORM_REOPENED);
    }
}
