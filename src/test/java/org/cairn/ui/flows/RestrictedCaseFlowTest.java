package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.Note;
import org.cairn.vault.CreatedVault;
import org.cairn.vault.Passphrase;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An advocate restricts her case from its case file, reads it there, adds a sealed note, and lifts it again. */
@ExtendWith(ApplicationExtension.class)
class RestrictedCaseFlowTest {
    private static final String NAME = "Amina Khan";
    private static final String PASSPHRASE = "five quiet otters under a wooden bridge";
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
    void restrictReadAddASealedNoteAndLift(FxRobot robot) {
        Path folder = namedCasebookWithOneCase(temp.resolve("book"));
        harness.files.answers.add(folder);
        AppHarness.click(robot, "#welcome-open");
        waitForNode(robot, "#unlock-secret");
        AppHarness.fill(robot, "#unlock-name", NAME);
        AppHarness.fill(robot, "#unlock-secret", PASSPHRASE);
        AppHarness.click(robot, "#unlock-submit");
        waitForNode(robot, "#case-table");
        TableView<CaseSummary> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 1);
        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.type(KeyCode.ENTER);
        waitForNode(robot, "#casefile-notes");
        waitFor(() -> visible(robot, "#casefile-restrict"));

        AppHarness.click(robot, "#casefile-restrict");
        waitFor(() -> visible(robot, "#casefile-restricted"));
        assertThat(harness.dialogs.shown).last().asString().contains(NAME);
        assertThat(node(robot, "#casefile-tabs", Node.class).isVisible()).as("no emptied tabs").isFalse();
        assertThat(node(robot, "#casefile-restricted-notice", Label.class).getText()).contains(NAME);
        waitFor(() -> labels(robot).stream().anyMatch(text -> text.contains("Visited at the drop-in")));

        AppHarness.fill(robot, "#casefile-restricted-new-note", "Sealed while restricted");
        AppHarness.click(robot, "#casefile-restricted-add-note");
        waitFor(() -> labels(robot).stream().anyMatch(text -> text.contains("Sealed while restricted")));

        AppHarness.click(robot, "#casefile-unrestrict");
        waitFor(() -> node(robot, "#casefile-tabs", Node.class).isVisible());
        ListView<Note> notes = node(robot, "#casefile-notes", ListView.class);
        waitFor(() -> notes.getItems().size() == 2);
        assertThat(notes.getItems()).extracting(Note::text).contains("Sealed while restricted");
    }

    private static boolean visible(FxRobot robot, String query) {
        return AppHarness.present(robot, query) && node(robot, query, Node.class).isVisible();
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup("#casefile-restricted-content .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    private static Path namedCasebookWithOneCase(Path folder) {
        CreatedVault created;
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE.toCharArray())) {
            created = Vault.create(folder, NAME, "administrator", passphrase, TestVaults.fastKdf(),
                    VaultOptions.standard());
        }
        created.recoveryKey().close();
        try (Vault vault = created.vault()) {
            Casebook casebook = Casebook.open(vault, java.time.Clock.systemUTC(), NAME);
            long client = casebook.clients().create(ClientDetails.withAlias("Mira")).id();
            long caseId = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 1, 5), NAME)).id();
            casebook.notes().add(caseId, "Visited at the drop-in");
        }
        return folder;
    }
}
