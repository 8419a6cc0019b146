package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.Referral;
import org.cairn.casebook.ReferralOutcome;
import org.cairn.templates.Template;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Find a service in the directory, then refer a client to it from her case file. */
@ExtendWith(ApplicationExtension.class)
class DirectoryAndReferralFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        harness = new AppHarness(stage, temp.resolve("home"), 5);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void referWithAnOverrideReasonThenSearchTheDirectoryAndAddAnEntry(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<CaseSummary> cases = node(robot, "#case-table", TableView.class);
        waitFor(() -> cases.getItems().size() == 5);

        robot.doubleClickOn(robot.lookup("#case-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitForNode(robot, "#casefile-heading");
        CaseEditFlowTest.selectTab(robot, "tab-referrals");
        TabPane tabs = node(robot, "#casefile-tabs", TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Referrals");
        AppHarness.click(robot, "#referrals-new");
        waitForNode(robot, "#referrals-form");
        waitFor(() -> node(robot, "#referrals-form", javafx.scene.layout.VBox.class).isVisible());
        ComboBox<Template> template = node(robot, "#referrals-template", ComboBox.class);
        ComboBox<DirectoryEntry> recipient = node(robot, "#referrals-recipient", ComboBox.class);
        robot.interact(() -> {
            template.getSelectionModel().select(template.getItems().stream()
                    .filter(t -> t.header().id().equals("referral-gp-registration")).findFirst().orElseThrow());
            recipient.getSelectionModel().select(recipient.getItems().stream()
                    .filter(e -> e.name().equals("Rivermouth Migrant Health Project")).findFirst().orElseThrow());
        });
        Label consent = node(robot, "#referrals-consent", Label.class);
        waitFor(() -> consent.getText().contains("no recorded consent in force"));
        assertThat(node(robot, "#referrals-fields", ListView.class).getItems()).isNotEmpty();
        // The form can grow below a small window's edge, so press the button directly rather than by position.
        robot.interact(() -> node(robot, "#referrals-make", javafx.scene.control.Button.class).fire());
        waitFor(() -> node(robot, "#referrals-error", Label.class).getText().contains("Write your reason"));
        AppHarness.fill(robot, "#referrals-override-reason", "She asked us in person; form signed tomorrow");
        robot.interact(() -> node(robot, "#referrals-make", javafx.scene.control.Button.class).fire());
        TableView<Referral> referrals = node(robot, "#referrals-table", TableView.class);
        waitFor(() -> referrals.getItems().size() == 1);
        assertThat(node(robot, "#referrals-status", Label.class).getText())
                .contains("Rivermouth Migrant Health Project");

        robot.interact(() -> {
            referrals.getSelectionModel().select(0);
            node(robot, "#referrals-outcome", ComboBox.class).getSelectionModel().select(ReferralOutcome.DECLINED);
        });
        robot.interact(() -> node(robot, "#referrals-record-outcome", javafx.scene.control.Button.class).fire());
        waitFor(() -> referrals.getItems().size() == 1
                && referrals.getItems().get(0).outcome() == ReferralOutcome.DECLINED);
        AppHarness.click(robot, "#casefile-back");
        waitForNode(robot, "#case-table");

        AppHarness.menu(robot, "menu-tools", "menu-directory");
        waitForNode(robot, "#directory-entries");
        ListView<DirectoryEntry> entries = node(robot, "#directory-entries", ListView.class);
        waitFor(() -> entries.getItems().size() > 10);
        AppHarness.fill(robot, "#directory-search-language", "tigrinya");
        waitFor(() -> entries.getItems().size() == 1);
        assertThat(entries.getItems().get(0).name()).isEqualTo("Rivermouth Migrant Health Project");
        AppHarness.fill(robot, "#directory-search-language", "");
        AppHarness.click(robot, "#directory-new");
        AppHarness.fill(robot, "#directory-name", "Quayside Welfare Rights");
        AppHarness.fill(robot, "#directory-services", "benefits, debt");
        AppHarness.click(robot, "#directory-save");
        waitFor(() -> !node(robot, "#directory-status", Label.class).getText().isEmpty()
                || !node(robot, "#directory-error", Label.class).getText().isEmpty());
        assertThat(node(robot, "#directory-error", Label.class).getText()).isEmpty();
        assertThat(node(robot, "#directory-status", Label.class).getText()).contains("Saved");
        waitFor(() -> entries.getItems().stream().anyMatch(e -> e.name().equals("Quayside Welfare Rights")));
        var casebook = harness.app.shell().sessionProperty().get().casebook();
        assertThat(casebook.audit().recent(10)).extracting(e -> e.action()).contains(AuditAction.REFERRAL_MADE,
                AuditAction.CONSENT_OVERRIDE, AuditAction.REFERRAL_OUTCOME);
    }

    @Test
    void theDirectoryBackButtonReturnsToTheCaseListByClickAndByEscape(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");

        AppHarness.menu(robot, "menu-tools", "menu-directory");
        waitForNode(robot, "#directory-entries");
        AppHarness.click(robot, "#directory-back");
        waitFor(() -> AppHarness.present(robot, "#case-table") && !AppHarness.present(robot, "#directory-entries"));

        // Typing in a search box first must not stop Back (its cancel key included) from leaving.
        AppHarness.menu(robot, "menu-tools", "menu-directory");
        waitForNode(robot, "#directory-entries");
        AppHarness.fill(robot, "#directory-search-name", "refuge");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitFor(() -> AppHarness.present(robot, "#case-table") && !AppHarness.present(robot, "#directory-entries"));
    }
}
