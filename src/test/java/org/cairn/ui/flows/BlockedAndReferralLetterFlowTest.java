package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.BlockedRecipient;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.RecipientKind;
import org.cairn.casebook.Referral;
import org.cairn.templates.Template;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Mark a service as never to be contacted about a client, see it marked in the referral picker, refer
 * her to a typed organisation instead and open its cover letter on the letter screen, then remove the mark.
 */
@ExtendWith(ApplicationExtension.class)
class BlockedAndReferralLetterFlowTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        stage.setWidth(1200);
        stage.setHeight(820);
        harness = new AppHarness(stage, temp.resolve("home"), 3);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void blockAServiceReferToATypedOrganisationAndOpenItsLetter(FxRobot robot) {
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<CaseSummary> cases = node(robot, "#case-table", TableView.class);
        waitFor(() -> cases.getItems().size() == 3);
        long caseId = cases.getItems().get(0).caseId();
        robot.doubleClickOn(robot.lookup("#case-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitForNode(robot, "#casefile-heading");

        CaseEditFlowTest.selectTab(robot, "tab-abusers");
        ComboBox<DirectoryEntry> entries = node(robot, "#blocked-entry", ComboBox.class);
        waitFor(() -> !entries.getItems().isEmpty());
        TableView<BlockedRecipient> marks = node(robot, "#blocked-table", TableView.class);
        int before = marks.getItems().size();
        robot.interact(() -> entries.getSelectionModel().select(entries.getItems().stream()
                .filter(e -> e.name().equals("Millford Refuge Network")).findFirst().orElseThrow()));
        robot.interact(() -> node(robot, "#blocked-add", Button.class).fire());
        waitFor(() -> node(robot, "#blocked-error", Label.class).getText().contains("Write the reason"));
        AppHarness.fill(robot, "#blocked-reason", "The person harming her delivers to the refuge office");
        robot.interact(() -> node(robot, "#blocked-add", Button.class).fire());
        waitFor(() -> marks.getItems().size() == before + 1);
        assertThat(node(robot, "#blocked-status", Label.class).getText()).contains("Millford Refuge Network");

        CaseEditFlowTest.selectTab(robot, "tab-referrals");
        robot.interact(() -> node(robot, "#referrals-new", Button.class).fire());
        waitFor(() -> node(robot, "#referrals-form", javafx.scene.layout.VBox.class).isVisible());
        ComboBox<DirectoryEntry> recipient = node(robot, "#referrals-recipient", ComboBox.class);
        waitFor(() -> !recipient.getItems().isEmpty());
        robot.interact(() -> recipient.getSelectionModel().select(recipient.getItems().stream()
                .filter(e -> e.name().equals("Millford Refuge Network")).findFirst().orElseThrow()));
        // The picker itself says so, before any check runs.
        ListCell<DirectoryEntry> shown = (ListCell<DirectoryEntry>) recipient.getButtonCell();
        waitFor(() -> shown.getText() != null && shown.getText().endsWith("blocked for this client"));
        ComboBox<Template> template = node(robot, "#referrals-template", ComboBox.class);
        robot.interact(() -> template.getSelectionModel().select(template.getItems().stream()
                .filter(t -> t.header().id().equals("referral-refuge")).findFirst().orElseThrow()));
        waitFor(() -> node(robot, "#referrals-consent", Label.class).getText().contains("linked to the client"));
        assertThat(node(robot, "#referrals-make", Button.class).isDisabled()).isTrue();

        robot.interact(() -> node(robot, "#referrals-source-typed", RadioButton.class).fire());
        AppHarness.fill(robot, "#referrals-typed-name", "Harbour Family Law Clinic");
        AppHarness.fill(robot, "#referrals-typed-contact", "4 Quay Street\nMillford MF1 2AB");
        assertThat(node(robot, "#referrals-make", Button.class).isDisabled()).as("no kind chosen yet").isTrue();
        ComboBox<RecipientKind> kind = node(robot, "#referrals-typed-kind", ComboBox.class);
        robot.interact(() -> kind.getSelectionModel().select(RecipientKind.THIRD_SECTOR));
        waitFor(() -> node(robot, "#referrals-consent", Label.class).getText().contains("no recorded consent"));
        AppHarness.fill(robot, "#referrals-override-reason", "She asked for this in today's session");
        robot.interact(() -> node(robot, "#referrals-make", Button.class).fire());
        TableView<Referral> referrals = node(robot, "#referrals-table", TableView.class);
        waitFor(() -> referrals.getItems().stream().anyMatch(r -> r.recipientName().equals("Harbour Family Law Clinic")));
        waitFor(() -> referrals.getSelectionModel().getSelectedItem() != null);

        robot.interact(() -> node(robot, "#referrals-letter", Button.class).fire());
        waitForNode(robot, "#letter-template");
        ComboBox<Template> letter = node(robot, "#letter-template", ComboBox.class);
        assertThat(letter.getValue().header().id()).isEqualTo("letter-referral-cover");
        assertThat(node(robot, "#letter-recipient-typed", RadioButton.class).isSelected()).isTrue();
        assertThat(node(robot, "#letter-recipient-name", TextField.class).getText())
                .isEqualTo("Harbour Family Law Clinic");
        assertThat(node(robot, "#letter-recipient-address", javafx.scene.control.TextArea.class).getText())
                .isEqualTo("4 Quay Street\nMillford MF1 2AB");
        AppHarness.click(robot, "#letter-back");
        waitForNode(robot, "#casefile-heading");

        CaseEditFlowTest.selectTab(robot, "tab-abusers");
        TableView<BlockedRecipient> again = node(robot, "#blocked-table", TableView.class);
        waitFor(() -> again.getItems().stream().anyMatch(b -> b.name().equals("Millford Refuge Network")));
        robot.interact(() -> again.getSelectionModel().select(again.getItems().stream()
                .filter(b -> b.name().equals("Millford Refuge Network")).findFirst().orElseThrow()));
        robot.interact(() -> node(robot, "#blocked-remove", Button.class).fire());
        waitFor(() -> again.getItems().stream().noneMatch(b -> b.name().equals("Millford Refuge Network")));
        assertThat(harness.dialogs.shown).anyMatch(m -> m.contains("allowed again"));

        var casebook = harness.app.shell().sessionProperty().get().casebook();
        assertThat(casebook.referrals().forCase(caseId)).extracting(Referral::recipientName)
                .contains("Harbour Family Law Clinic").doesNotContain("Millford Refuge Network");
        assertThat(casebook.audit().recent(20)).extracting(e -> e.action()).contains(
                AuditAction.BLOCKED_RECIPIENT_ADDED, AuditAction.REFERRAL_MADE, AuditAction.BLOCKED_RECIPIENT_REMOVED);
    }
}
