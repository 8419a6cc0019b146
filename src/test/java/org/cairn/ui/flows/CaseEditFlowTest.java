package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.present;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.cairn.casebook.CaseSummary;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Journey 5: edit client details, save them, and see that unsaved edits are asked about or, on lock, discarded. */
@ExtendWith(ApplicationExtension.class)
class CaseEditFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        // TestFX reuses one stage; a quick-exit test before this one may have left it minimised, without keyboard.
        stage.setIconified(false);
        harness = new AppHarness(stage, temp.resolve("home"), 10);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void editSaveAskBeforeLeavingAndDiscardOnLock(FxRobot robot) {
        Path folder = DemoSessions.closed(temp.resolve("book"), harness.clock, 6);
        unlock(robot, folder);
        TableView<CaseSummary> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 6);
        CaseSummary wanted = table.getItems().get(0);
        openFirstCase(robot, table);
        selectTab(robot, "tab-client");
        assertThat(node(robot, "#client-save", Button.class).isDisabled()).isTrue();
        AppHarness.fill(robot, "#client-code-word", "heron");
        assertThat(node(robot, "#client-save", Button.class).isDisabled()).isFalse();
        AppHarness.click(robot, "#client-save");
        waitFor(() -> node(robot, "#contact-safety-banner", Label.class).getText().contains("Code word: heron"));
        assertThat(node(robot, "#client-save", Button.class).isDisabled()).isTrue();

        AppHarness.fill(robot, "#client-alias", "");
        AppHarness.click(robot, "#client-save");
        waitFor(() -> harness.stage.getScene().getRoot().lookupAll(".label").stream()
                .anyMatch(label -> ((Label) label).getText() != null
                        && ((Label) label).getText().contains("alias cannot be empty")));
        AppHarness.fill(robot, "#client-alias", "Changed but not saved");
        harness.dialogs.confirmAnswer = false;
        AppHarness.click(robot, "#casefile-back");
        assertThat(harness.dialogs.shown).hasSize(1);
        assertThat(present(robot, "#client-alias")).isTrue();
        assertThat(node(robot, "#client-alias", TextField.class).getText()).isEqualTo("Changed but not saved");
        // The menu's other screens ask too, instead of dropping the draft.
        AppHarness.menu(robot, "menu-tools", "menu-directory");
        assertThat(harness.dialogs.shown).hasSize(2);
        assertThat(present(robot, "#directory-entries")).isFalse();
        assertThat(node(robot, "#client-alias", TextField.class).getText()).isEqualTo("Changed but not saved");

        Session session = harness.app.shell().sessionProperty().get();
        harness.clock.advance(Duration.ofMinutes(5));
        waitFor(session::isClosed);
        waitForNode(robot, "#unlock-secret");
        assertThat(harness.dialogs.shown).as("locking never waits for an answer").hasSize(2);
        AppHarness.fill(robot, "#unlock-secret", DemoSessions.PASSPHRASE);
        AppHarness.click(robot, "#unlock-submit");
        waitForNode(robot, "#case-table");
        TableView<CaseSummary> again = node(robot, "#case-table", TableView.class);
        waitFor(() -> again.getItems().size() == 6);
        assertThat(again.getItems()).extracting(CaseSummary::alias).contains(wanted.alias())
                .doesNotContain("Changed but not saved");
    }

    @Test
    @SuppressWarnings("unchecked")
    void addATaskMarkItDoneRecordConsentAndCloseAndReopenTheCase(FxRobot robot) {
        unlock(robot, DemoSessions.closed(temp.resolve("book"), harness.clock, 6));
        TableView<CaseSummary> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 6);
        openFirstCase(robot, table);
        selectTab(robot, "tab-tasks");
        TableView<org.cairn.casebook.Task> tasks = node(robot, "#casefile-tasks", TableView.class);
        int before = tasks.getItems().size();
        AppHarness.fill(robot, "#task-title", "Ring the GP surgery about registration");
        AppHarness.click(robot, "#task-add");
        waitFor(() -> tasks.getItems().size() == before + 1);
        var added = tasks.getItems().stream().filter(t -> t.title().startsWith("Ring the GP")).findFirst()
                .orElseThrow();
        robot.interact(() -> tasks.getSelectionModel().select(added));
        AppHarness.click(robot, "#task-toggle");
        waitFor(() -> tasks.getItems().stream().anyMatch(t -> t.id() == added.id() && t.done()));

        selectTab(robot, "tab-consent");
        TableView<org.cairn.casebook.ConsentEntry> consents = node(robot, "#casefile-consents", TableView.class);
        int entries = consents.getItems().size();
        robot.interact(() -> node(robot, "#consent-purpose", javafx.scene.control.ComboBox.class)
                .setValue(org.cairn.casebook.ConsentPurpose.SHARE_WITH_ORGANISATION));
        AppHarness.click(robot, "#consent-give");
        assertThat(consents.getItems()).hasSize(entries);
        AppHarness.fill(robot, "#consent-organisation", "Community Law Centre");
        AppHarness.click(robot, "#consent-give");
        waitFor(() -> consents.getItems().size() == entries + 1);
        assertThat(consents.getItems().get(consents.getItems().size() - 1).record().organisation())
                .isEqualTo("Community Law Centre");

        if (present(robot, "#casefile-reopen") && node(robot, "#casefile-reopen", Button.class).isVisible()) {
            AppHarness.click(robot, "#casefile-reopen");
            waitFor(() -> node(robot, "#casefile-close", Button.class).isVisible());
        }
        AppHarness.click(robot, "#casefile-close");
        waitFor(() -> node(robot, "#casefile-reopen", Button.class).isVisible());
        AppHarness.click(robot, "#casefile-reopen");
        waitFor(() -> node(robot, "#casefile-close", Button.class).isVisible());
        selectTab(robot, "tab-audit");
        Session session = harness.app.shell().sessionProperty().get();
        assertThat(session.casebook().audit().recent(10)).extracting(org.cairn.casebook.AuditEntry::action)
                .contains(org.cairn.casebook.AuditAction.CASE_CLOSED, org.cairn.casebook.AuditAction.CASE_REOPENED,
                        org.cairn.casebook.AuditAction.TASK_DONE, org.cairn.casebook.AuditAction.CONSENT_RECORDED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ctrlNCreatesANewClientAndCaseAndOpensIt(FxRobot robot) {
        unlock(robot, DemoSessions.closed(temp.resolve("book"), harness.clock, 3));
        waitFor(() -> node(robot, "#backup-reminder", Label.class).getText().contains("not been backed up"));
        AppHarness.click(robot, "#case-table");
        harness.files.answers.add(temp.resolve("stick.cairnbackup"));
        AppHarness.click(robot, "#backup-reminder-now");
        waitFor(() -> node(robot, "#backup-reminder", Label.class).getText().isEmpty());
        assertThat(present(robot, "#backup-reminder-now") && node(robot, "#backup-reminder-now", Button.class)
                .isVisible() && node(robot, "#backup-reminder-now", Button.class).getParent().isVisible()).isFalse();
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N).release(javafx.scene.input.KeyCode.CONTROL);
        waitForNode(robot, "#newcase-alias");
        AppHarness.click(robot, "#newcase-create");
        assertThat(present(robot, "#contact-safety-banner")).isFalse();
        AppHarness.fill(robot, "#newcase-alias", "Mina");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> present(robot, "#casefile-heading")
                && node(robot, "#casefile-heading", Label.class).getText().contains("Mina"));
        AppHarness.click(robot, "#casefile-back");
        waitForNode(robot, "#case-table");
        TableView<CaseSummary> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 4);
        AppHarness.click(robot, "#cases-mine-only");
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).alias()).isEqualTo("Mina");
    }

    private void unlock(FxRobot robot, Path folder) {
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#welcome-open");
        waitForNode(robot, "#unlock-secret");
        AppHarness.fill(robot, "#unlock-secret", DemoSessions.PASSPHRASE);
        AppHarness.click(robot, "#unlock-submit");
        waitForNode(robot, "#case-table");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLongNoteIsShownInFullInTheTimeline(FxRobot robot) {
        unlock(robot, DemoSessions.closed(temp.resolve("book"), harness.clock, 3));
        TableView<CaseSummary> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 3);
        openFirstCase(robot, table);
        String note = "Met her at the library as agreed. She has kept the screenshots of the messages on the old "
                + "phone, which she hides at her friend's flat, and wants to talk to a solicitor about a non-"
                + "molestation order before she decides anything else. Next contact on Thursday by text only.";
        AppHarness.fill(robot, "#casefile-new-note", note);
        AppHarness.click(robot, "#casefile-add-note");
        waitFor(() -> robot.lookup("#casefile-notes .label").queryAllAs(Label.class).stream()
                .anyMatch(label -> note.equals(label.getText())));

        AppHarness.assertShownInFull(robot.lookup("#casefile-notes .label").queryAllAs(Label.class).stream()
                .filter(label -> note.equals(label.getText())).findFirst().orElseThrow());
    }

    private static void openFirstCase(FxRobot robot, TableView<CaseSummary> table) {
        // A click first gives the window the keyboard, as when other tests ran in the same JVM before.
        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(table::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> present(robot, "#contact-safety-banner")
                && !node(robot, "#contact-safety-banner", Label.class).getText().isEmpty());
    }

    static void selectTab(FxRobot robot, String id) {
        TabPane tabs = node(robot, "#casefile-tabs", TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> id.equals(tab.getId())).findFirst().orElseThrow()));
        waitFor(() -> true);
    }
}
