package org.cairn.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.cairn.app.AppComposition;
import org.cairn.app.AppDirectories;
import org.cairn.app.GuiConfig;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.VaultOptions;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real app on a headless stage, with the fastest key derivation, a hand-moved clock and fake choosers. */
public final class AppHarness {
    public final MutableClock clock = new MutableClock(Fakes.START);
    public final Fakes.Files files = new Fakes.Files();
    public final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    public final Stage stage;
    public final AppComposition app;

    public AppHarness(Stage stage, Path home, int demoCases) {
        this(stage, home, demoCases, VaultOptions.standard());
    }

    /** With the caller's vault options, for example with a rollback anchor as the real app has. */
    public AppHarness(Stage stage, Path home, int demoCases, VaultOptions options) {
        this(stage, home, demoCases, options, Locale.UK, org.cairn.ui.common.Messages::forLocale);
    }

    /** In a language of the caller's choosing, with its words: the pseudo-locale tests pass generated bundles. */
    public AppHarness(Stage stage, Path home, int demoCases, Locale locale,
            java.util.function.Function<Locale, org.cairn.ui.common.Messages> words) {
        this(stage, home, demoCases, VaultOptions.standard(), locale, words);
    }

    private AppHarness(Stage stage, Path home, int demoCases, VaultOptions options, Locale locale,
            java.util.function.Function<Locale, org.cairn.ui.common.Messages> words) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        GuiConfig config = new GuiConfig(new AppDirectories(home), clock, KdfPolicy.fixed(KdfParams.floor()),
                options, "tester", demoCases, Duration.ofMinutes(5), locale);
        this.app = new AppComposition(config, stage, files, dialogs, words);
        app.start();
    }

    /**
     * Waits up to a minute: on a machine loaded far beyond its cores (a load of 30 on two), four flows gave up after
     * 20 s waiting for the result of a save. A broken flow still fails, only later.
     */
    public static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the screen did not reach the expected state in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts text in a field at once: typing every character through the robot is slow. */
    public static void fill(FxRobot robot, String query, String text) {
        javafx.scene.control.TextInputControl field = robot.lookup(query).queryAs(
                javafx.scene.control.TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    public static boolean present(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    public static void waitForNode(FxRobot robot, String query) {
        waitFor(() -> present(robot, query));
    }

    /**
     * Opens a menu of the menu bar and chooses an entry, by clicking as the advocate would. Menus and their entries
     * are found by their ids, which the menu bar copies onto the nodes it shows.
     */
    public static void menu(FxRobot robot, String menuId, String itemId) {
        click(robot, "#" + menuId);
        click(robot, "#" + itemId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Clicks a node once it is there to be clicked: in a showing window, visible and enabled. A flow that clicks
     * straight after a screen change otherwise races the change on a loaded machine (the stress run, .ci/stress-ui).
     */
    public static FxRobot click(FxRobot robot, String query) {
        waitFor(() -> clickable(robot, query));
        robot.clickOn(query);
        return robot;
    }

    private static boolean clickable(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing() && n.isVisible() && !n.isDisabled()).isPresent();
    }

    public static <T extends Node> T node(FxRobot robot, String query, Class<T> type) {
        assertThat(present(robot, query)).as(query).isTrue();
        return robot.lookup(query).queryAs(type);
    }

    /**
     * The labelled node (a list row, a label) is tall enough for its whole text wrapped to its width: nothing is cut
     * off with "…". The text must need several lines, or the check would prove nothing.
     */
    public static void assertShownInFull(javafx.scene.control.Labeled shown) {
        javafx.scene.text.Text wrapped = new javafx.scene.text.Text(shown.getText());
        wrapped.setFont(shown.getFont());
        wrapped.setWrappingWidth(shown.getWidth() - shown.snappedLeftInset() - shown.snappedRightInset());
        double needed = wrapped.getLayoutBounds().getHeight();
        assertThat(needed).as("the text needs several lines").isGreaterThan(2 * shown.getFont().getSize());
        assertThat(shown.getHeight()).as("height for: %s", shown.getText()).isGreaterThanOrEqualTo(needed);
    }
}
