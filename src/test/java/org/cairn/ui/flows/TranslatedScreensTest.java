package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.ui.flows.AppHarness.node;
import static org.cairn.ui.flows.AppHarness.waitFor;
import static org.cairn.ui.flows.AppHarness.waitForNode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cairn.ui.common.Languages;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.ScreenFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every translation the Settings screen offers, on the screens an advocate starts her day with (welcome, the cases,
 * a case file) at 1366 by 768: no label is cut short, a right-to-left language mirrors the window, and its words are
 * drawn in a font that has their script. The screens are saved in target/screenshots-languages, one per language.
 */
@ExtendWith(ApplicationExtension.class)
class TranslatedScreensTest {
    private Stage stage;
    private AppHarness harness;

    @Start
    void start(Stage stage) {
        stage.setWidth(1366);
        stage.setHeight(768);
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (harness != null) {
            robot.interact(harness.app::close);
        }
    }

    static Stream<Languages.Language> translations() {
        return Languages.offered().stream().filter(language -> !language.tag().equals("en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translations")
    void theMainScreensFitAndReadInTheirScript(Languages.Language language, FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Messages words = Messages.forLocale(language.locale());
        robot.interact(() -> harness = new AppHarness(stage, temp.resolve("home"), 12, language.locale(),
                Messages::forLocale));
        ScreenWords screens = new ScreenWords(stage, Path.of("target", "screenshots-languages"), language.tag());
        List<String> problems = new ArrayList<>();
        waitForNode(robot, "#welcome-demo");
        problems.addAll(cutShort(screens.check("welcome")));
        AppHarness.click(robot, "#welcome-demo");
        waitFor(() -> !node(robot, "#demo-passphrase", TextField.class).getText().isEmpty());
        problems.addAll(cutShort(screens.check("demo")));
        AppHarness.click(robot, "#demo-continue");
        waitForNode(robot, "#case-table");
        TableView<?> table = node(robot, "#case-table", TableView.class);
        waitFor(() -> table.getItems().size() == 12);
        problems.addAll(cutShort(screens.check("cases")));
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.ENTER);
        waitForNode(robot, "#casefile-heading");
        problems.addAll(cutShort(screens.check("case-file")));
        assertThat(problems).isEmpty();
        assertThat(stage.getScene().getEffectiveNodeOrientation()).isEqualTo(words.rightToLeft()
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        Labeled back = node(robot, "#casefile-back", Labeled.class);
        assertThat(back.getText()).as("a word of the bundle").isEqualTo(words.get("casefile.back"));
        var family = ScreenFont.familyFor(words.get("welcome.lead"), javafx.scene.text.Font.getFamilies());
        if (words.rightToLeft()) {
            assumeTrue(family.isPresent(), "no font with the Arabic script is installed (Debian: fonts-noto-core)");
        }
        if (family.isPresent()) {
            assertThat(back.getFont().getFamily()).as("the family %s is drawn in", back.getText())
                    .isEqualTo(family.get());
        }
    }

    private static List<String> cutShort(List<String> problems) {
        // A real language is not marked like the pseudo-languages; only labels cut short count here.
        return problems.stream().filter(problem -> problem.contains(ScreenWords.CUT_SHORT)).toList();
    }
}
