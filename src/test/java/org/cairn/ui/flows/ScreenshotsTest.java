package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cairn.ui.common.DemoSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks through the screens and saves a PNG of each into target/screenshots, and also into the folder named by
 * {@code -Dcairn.screenshots} (for docs/screenshots: {@code mvn test -Dtest=ScreenshotsTest -Dcairn.screenshots=docs/screenshots}).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
    @TempDir
    Path temp;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        stage.setWidth(1100);
        stage.setHeight(720);
        harness = new AppHarness(stage, temp.resolve("home"), 120);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(harness.app::close);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyScreen(FxRobot robot) throws Exception {
        List<Path> written = new ArrayList<>();
        written.addAll(shoot("1-welcome"));
        harness.files.answers.add(temp.resolve("new-book"));
        AppHarness.click(robot, "#welcome-create");
        waitForNode(robot, "#new-passphrase");
        AppHarness.fill(robot, "#new-passphrase", "amber river lamp quiet");
        AppHarness.fill(robot, "#repeat-passphrase", "amber river lamp");
        written.addAll(shoot("2-create"));
        AppHarness.fill(robot, "#repeat-passphrase", "amber river lamp quiet");
        AppHarness.click(robot, "#create-submit");
        waitForNode(robot, "#recovery-key");
        written.addAll(shoot("3-recovery-key"));
        AppHarness.click(robot, "#recovery-stored");
        AppHarness.click(robot, "#recovery-continue");
        waitForNode(robot, "#case-table");
        AppHarness.click(robot, "#shell-lock");
        waitForNode(robot, "#unlock-secret");
        AppHarness.click(robot, "#unlock-secret").write("not it at all");
        AppHarness.click(robot, "#unlock-submit");
        waitFor(() -> !node(robot, "#unlock-error", Label.class).getText().isEmpty());
        written.addAll(shoot("4-unlock-wrong-passphrase"));
        AppHarness.click(robot, "#casebook-back-to-welcome");
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        written.addAll(shoot("5-demo-ready"));
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<Object> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 120);
        written.addAll(shoot("6-cases"));
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.interact(table::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> AppHarness.present(robot, "#contact-safety-banner")
                && !node(robot, "#contact-safety-banner", Label.class).getText().isEmpty());
        written.addAll(shoot("7-case-file"));
        robot.interact(() -> harness.app.shell().toggleTheme());
        WaitForAsyncUtils.waitForFxEvents();
        written.addAll(shoot("8-case-file-dark"));
        robot.interact(() -> harness.app.shell().toggleTheme());
        CaseEditFlowTest.selectTab(robot, "tab-client");
        written.addAll(shoot("9-client-details"));
        CaseEditFlowTest.selectTab(robot, "tab-case");
        written.addAll(shoot("10-case-details"));
        CaseEditFlowTest.selectTab(robot, "tab-tasks");
        AppHarness.fill(robot, "#task-title", "Chase the housing officer about the refuge place");
        AppHarness.click(robot, "#task-add");
        written.addAll(shoot("11-tasks"));
        CaseEditFlowTest.selectTab(robot, "tab-consent");
        written.addAll(shoot("12-consent"));
        AppHarness.click(robot, "#casefile-back");
        waitForNode(robot, "#case-table");
        AppHarness.click(robot, "#cases-new");
        waitForNode(robot, "#newcase-alias");
        written.addAll(shoot("13-new-case"));
        AppHarness.click(robot, "#newcase-cancel");
        waitForNode(robot, "#case-table");
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.interact(table::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> AppHarness.present(robot, "#contact-safety-banner")
                && !node(robot, "#contact-safety-banner", Label.class).getText().isEmpty());
        written.addAll(plansAndTemplates(robot));
        AppHarness.menu(robot, "menu-tools", "menu-coordinator");
        waitForNode(robot, "#coordinator-preview");
        AppHarness.click(robot, "#coordinator-preview");
        waitFor(() -> !node(robot, "#coordinator-preview-tables", javafx.scene.layout.VBox.class).getChildren()
                .isEmpty());
        written.addAll(shoot("16-coordinator-preview"));
        written.addAll(referralsBlockedAndLetter(robot));
        AppHarness.menu(robot, "menu-tools", "menu-coordinator");
        waitForNode(robot, "#coordinator-back");
        written.addAll(letters(robot));
        written.addAll(appShell(robot));
        assertThat(written).allSatisfy(png -> assertThat(Files.size(png)).isGreaterThan(5_000));
    }

    @SuppressWarnings("unchecked")
    private List<Path> plansAndTemplates(FxRobot robot) throws Exception {
        List<Path> written = new ArrayList<>();
        CaseEditFlowTest.selectTab(robot, "tab-plans");
        javafx.scene.control.ComboBox<org.cairn.templates.LibraryTemplate> choose =
                node(robot, "#plans-template", javafx.scene.control.ComboBox.class);
        waitFor(() -> !choose.getItems().isEmpty());
        robot.interact(() -> choose.setValue(choose.getItems().stream()
                .filter(t -> t.header().id().equals("checklist-risk")).findFirst().orElseThrow()));
        AppHarness.click(robot, "#plans-start");
        waitForNode(robot, "#item-strangled-yes");
        for (String item : new String[] {"strangled", "weapon", "afraid-killed", "threats-to-kill", "sexual"}) {
            PlansFlowTest.answerYes(robot, item);
        }
        written.addAll(shoot("14-plans-checklist"));
        AppHarness.menu(robot, "menu-tools", "menu-templates");
        waitForNode(robot, "#templates-table");
        TableView<Object> library = node(robot, "#templates-table", TableView.class);
        waitFor(() -> library.getItems().size() >= 14);
        written.addAll(shoot("15-templates"));
        return written;
    }

    /** The app shell's screens: settings, the shortcuts dialog, and Restore… on the welcome screen. */
    private List<Path> appShell(FxRobot robot) throws Exception {
        List<Path> written = new ArrayList<>();
        written.addAll(people(robot));
        AppHarness.menu(robot, "menu-file", "menu-settings");
        javafx.scene.layout.GridPane scripts = node(robot, "#settings-scripts", javafx.scene.layout.GridPane.class);
        waitFor(() -> !scripts.getChildren().isEmpty());
        // Tall enough to show every section, down to the scripts letters can use.
        robot.interact(() -> harness.stage.setHeight(1180));
        written.addAll(shoot("17-app-settings"));
        robot.interact(() -> harness.stage.setHeight(720));
        robot.type(javafx.scene.input.KeyCode.F1);
        waitForNode(robot, "#shortcuts-table");
        javafx.scene.Scene dialog = robot.lookup("#shortcuts-table").query().getScene();
        written.addAll(shoot("18-app-shortcuts", dialog));
        AppHarness.click(robot, "#shortcuts-close");
        AppHarness.click(robot, "#shell-lock");
        waitForNode(robot, "#unlock-secret");
        AppHarness.click(robot, "#casebook-back-to-welcome");
        AppHarness.click(robot, "#welcome-restore");
        waitForNode(robot, "#restore-submit");
        harness.files.answers.add(Path.of("/media/usb-stick/cairn-backup-2026-03-02.cairnbackup"));
        AppHarness.click(robot, "#restore-backup");
        written.addAll(shoot("19-app-restore"));
        return written;
    }

    /** People and passphrases, with a colleague of each other role added first. */
    @SuppressWarnings("unchecked")
    private List<Path> people(FxRobot robot) throws Exception {
        var open = harness.app.shell().sessionProperty().get();
        var fast = org.cairn.vault.KdfPolicy.fixed(org.cairn.vault.KdfParams.floor());
        try (var amina = org.cairn.vault.Passphrase.copyOf("violet kettles marching under quiet rain".toCharArray());
                var priya = org.cairn.vault.Passphrase.copyOf("copper lanterns drifting past walls".toCharArray())) {
            open.casework().people().add("Amina Yusuf", org.cairn.casework.Role.ADVOCATE, amina, fast);
            open.casework().people().add("Priya Shah", org.cairn.casework.Role.COORDINATOR, priya, fast);
        }
        AppHarness.menu(robot, "menu-file", "menu-people");
        TableView<Object> people = node(robot, "#people-table", TableView.class);
        waitFor(() -> people.getItems().size() == 3);
        robot.interact(() -> people.getSelectionModel().select(1));
        robot.interact(() -> harness.stage.setHeight(1080));
        List<Path> written = shoot("26-people");
        robot.interact(() -> harness.stage.setHeight(720));
        return written;
    }

    /** Referrals area: the never-contact pane, the marked referral picker and a referral letter. */
    @SuppressWarnings("unchecked")
    private List<Path> referralsBlockedAndLetter(FxRobot robot) throws Exception {
        List<Path> written = new ArrayList<>();
        AppHarness.click(robot, "#coordinator-back");
        waitForNode(robot, "#case-table");
        TableView<Object> table = node(robot, "#case-table", TableView.class);
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.interact(table::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitForNode(robot, "#casefile-heading");
        CaseEditFlowTest.selectTab(robot, "tab-abusers");
        javafx.scene.control.ComboBox<org.cairn.casebook.DirectoryEntry> entries =
                node(robot, "#blocked-entry", javafx.scene.control.ComboBox.class);
        waitFor(() -> !entries.getItems().isEmpty());
        TableView<Object> marks = node(robot, "#blocked-table", TableView.class);
        int before = marks.getItems().size();
        AppHarness.fill(robot, "#blocked-name", "Harbour Cars (taxi firm)");
        AppHarness.fill(robot, "#blocked-reason", "The person harming her drives for them and knows the drivers");
        robot.interact(() -> node(robot, "#blocked-add", javafx.scene.control.Button.class).fire());
        waitFor(() -> marks.getItems().size() == before + 1);
        robot.interact(() -> entries.getSelectionModel().select(entries.getItems().stream()
                .filter(e -> e.name().equals("Eastgate Community Centre")).findFirst().orElseThrow()));
        AppHarness.fill(robot, "#blocked-reason", "He volunteers at the centre");
        robot.interact(() -> node(robot, "#blocked-add", javafx.scene.control.Button.class).fire());
        waitFor(() -> marks.getItems().size() == before + 2
                || !node(robot, "#blocked-error", Label.class).getText().isEmpty());
        robot.interact(() -> node(robot, "#casefile-abusers-scroll", javafx.scene.control.ScrollPane.class)
                .setVvalue(1));
        written.addAll(shoot("20-referrals-blocked-recipients"));

        CaseEditFlowTest.selectTab(robot, "tab-referrals");
        robot.interact(() -> node(robot, "#referrals-new", javafx.scene.control.Button.class).fire());
        javafx.scene.control.ComboBox<org.cairn.casebook.DirectoryEntry> recipient =
                node(robot, "#referrals-recipient", javafx.scene.control.ComboBox.class);
        waitFor(() -> !recipient.getItems().isEmpty());
        javafx.scene.control.ComboBox<org.cairn.templates.Template> template =
                node(robot, "#referrals-template", javafx.scene.control.ComboBox.class);
        robot.interact(() -> {
            template.getSelectionModel().select(template.getItems().stream()
                    .filter(t -> t.header().id().equals("referral-dv-service")).findFirst().orElseThrow());
            recipient.getSelectionModel().select(recipient.getItems().stream()
                    .filter(e -> e.name().equals("Eastgate Community Centre")).findFirst().orElseThrow());
        });
        waitFor(() -> node(robot, "#referrals-consent", Label.class).getText().contains("linked to the client"));
        written.addAll(shoot("21-referrals-blocked-in-picker"));

        robot.interact(() -> node(robot, "#referrals-source-typed", javafx.scene.control.RadioButton.class).fire());
        AppHarness.fill(robot, "#referrals-typed-name", "Harbour Family Law Clinic");
        AppHarness.fill(robot, "#referrals-typed-contact", "4 Quay Street\nMillford MF1 2AB");
        javafx.scene.control.ComboBox<org.cairn.casebook.RecipientKind> kind =
                node(robot, "#referrals-typed-kind", javafx.scene.control.ComboBox.class);
        robot.interact(() -> {
            template.getSelectionModel().select(template.getItems().stream()
                    .filter(t -> t.header().id().equals("referral-family-law")).findFirst().orElseThrow());
            kind.getSelectionModel().select(org.cairn.casebook.RecipientKind.THIRD_SECTOR);
        });
        waitFor(() -> node(robot, "#referrals-consent", Label.class).getText().contains("no recorded consent"));
        AppHarness.fill(robot, "#referrals-override-reason", "She asked for this in today's session");
        robot.interact(() -> node(robot, "#referrals-make", javafx.scene.control.Button.class).fire());
        TableView<Object> referrals = node(robot, "#referrals-table", TableView.class);
        waitFor(() -> referrals.getSelectionModel().getSelectedItem() != null);
        robot.interact(() -> node(robot, "#referrals-letter", javafx.scene.control.Button.class).fire());
        waitForNode(robot, "#letter-missing-referral-reason");
        AppHarness.fill(robot, "#letter-missing-referral-reason",
                "She needs advice on a child arrangements order; the father has threatened to take the children abroad.");
        AppHarness.fill(robot, "#letter-missing-referral-urgency", "Within the week");
        robot.lookup("#letter-missing-referral-consentDate").tryQuery().ifPresent(node ->
                AppHarness.fill(robot, "#letter-missing-referral-consentDate", "2 March 2026"));
        robot.interact(() -> node(robot, "#letter-update", javafx.scene.control.Button.class).fire());
        waitFor(() -> AppHarness.present(robot, "#letter-consent-reason")
                && node(robot, "#letter-consent-reason", TextField.class).isVisible());
        AppHarness.fill(robot, "#letter-consent-reason", "She agreed in today's session; the signed form follows");
        robot.interact(() -> node(robot, "#letter-update", javafx.scene.control.Button.class).fire());
        waitFor(() -> AppHarness.present(robot, ".cairn-letter-page"));
        written.addAll(shoot("22-referrals-cover-letter"));
        return written;
    }

    /** Letters: a GP letter checked and previewed, then the organisation profile with a logo. */
    @SuppressWarnings("unchecked")
    private List<Path> letters(FxRobot robot) throws Exception {
        List<Path> written = new ArrayList<>();
        robot.interact(() -> node(robot, "#coordinator-back", javafx.scene.control.Button.class).fire());
        waitForNode(robot, "#case-table");
        TableView<Object> table = node(robot, "#case-table", TableView.class);
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.interact(table::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitForNode(robot, "#casefile-new-letter");
        robot.interact(() -> node(robot, "#casefile-new-letter", javafx.scene.control.Button.class).fire());
        waitForNode(robot, "#letter-template");
        javafx.scene.control.ComboBox<org.cairn.templates.Template> template =
                node(robot, "#letter-template", javafx.scene.control.ComboBox.class);
        robot.interact(() -> template.setValue(template.getItems().stream()
                .filter(t -> t.header().id().equals("letter-gp-registration")).findFirst().orElseThrow()));
        // The community centre was marked "never contact" for this client above: the picker says so in red.
        robot.interact(() -> node(robot, "#letter-recipient-directory", javafx.scene.control.RadioButton.class)
                .fire());
        javafx.scene.control.ComboBox<org.cairn.letters.check.Recipient> entries =
                node(robot, "#letter-recipient-entry", javafx.scene.control.ComboBox.class);
        waitFor(() -> !entries.getItems().isEmpty());
        robot.interact(() -> entries.setValue(entries.getItems().stream()
                .filter(r -> r.name().equals("Eastgate Community Centre")).findFirst().orElseThrow()));
        robot.interact(() -> node(robot, "#letter-update", javafx.scene.control.Button.class).fire());
        waitFor(() -> entries.getButtonCell().getText() != null
                && entries.getButtonCell().getText().contains("blocked for this client"));
        Label checked = node(robot, "#letter-status", Label.class);
        waitFor(() -> checked.getText().contains("stops this letter") || checked.getText().contains("missing"));
        written.addAll(shoot("25-letters-blocked-in-picker"));
        robot.interact(() -> node(robot, "#letter-recipient-typed", javafx.scene.control.RadioButton.class).fire());
        AppHarness.fill(robot, "#letter-recipient-name", "Dr Lee");
        AppHarness.fill(robot, "#letter-recipient-organisation", "Hill Surgery");
        AppHarness.fill(robot, "#letter-recipient-address", "2 Hill Road\nExampletown EX1 1AA");
        robot.interact(() -> node(robot, "#letter-recipient-kind", javafx.scene.control.ComboBox.class)
                .setValue(org.cairn.templates.RecipientKind.STATUTORY));
        robot.interact(() -> node(robot, "#letter-update", javafx.scene.control.Button.class).fire());
        Label status = node(robot, "#letter-status", Label.class);
        waitFor(() -> status.getText().contains("stops this letter") || status.getText().contains("missing")
                || status.getText().contains("ready"));
        for (javafx.scene.Node missing : robot.lookup(".text-field").queryAll()) {
            if (missing.getId() != null && missing.getId().startsWith("letter-missing-")) {
                AppHarness.fill(robot, "#" + missing.getId(), "Example");
            }
        }
        robot.interact(() -> node(robot, "#letter-update", javafx.scene.control.Button.class).fire());
        waitFor(() -> node(robot, "#letter-consent-reason", TextField.class).isVisible()
                || status.getText().contains("ready"));
        AppHarness.fill(robot, "#letter-consent-reason", "She asked us in person today; form signed tomorrow");
        robot.interact(() -> node(robot, "#letter-update", javafx.scene.control.Button.class).fire());
        // Shot whatever the check says about this demo client: the findings or the preview are what to look at.
        waitFor(() -> status.getText().contains("ready") || status.getText().contains("stops this letter"));
        written.addAll(shoot("23-letters-letter"));
        robot.interact(() -> node(robot, "#letter-settings", javafx.scene.control.Button.class).fire());
        waitForNode(robot, "#orgprofile-name");
        harness.files.answers.add(LetterFlowTest.logo(temp.resolve("logo.png")));
        robot.interact(() -> node(robot, "#orgprofile-logo-choose", javafx.scene.control.Button.class).fire());
        waitFor(() -> node(robot, "#orgprofile-logo-preview", javafx.scene.image.ImageView.class).getImage() != null);
        written.addAll(shoot("24-letters-orgprofile"));
        return written;
    }

    private List<Path> shoot(String name) throws IOException, InterruptedException, ExecutionException {
        return shoot(name, harness.stage.getScene());
    }

    private List<Path> shoot(String name, javafx.scene.Scene scene)
            throws IOException, InterruptedException, ExecutionException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        List<Path> folders = new ArrayList<>(List.of(Path.of("target", "screenshots")));
        String extra = System.getProperty("cairn.screenshots");
        if (extra != null && !extra.isBlank()) {
            folders.add(Path.of(extra));
        }
        List<Path> written = new ArrayList<>();
        for (Path folder : folders) {
            Files.createDirectories(folder);
            Path png = folder.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
            written.add(png);
        }
        return written;
    }
}
