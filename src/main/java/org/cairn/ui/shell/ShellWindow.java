package org.cairn.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Stylesheets;
import org.kordamp.ikonli.feather.Feather;

/** The main window: one scene whose content is swapped per screen, with lock and quick exit always at hand. */
public final class ShellWindow {
    private static final double BASE_FONT = 14;
    private final Stage stage;
    private final ShellViewModel model;
    private final Messages messages;
    private final StackPane host = new StackPane();
    private final Timeline ticker;
    private Node content = new Region();

    public ShellWindow(Stage stage, ShellViewModel model, Messages messages) {
        this.stage = stage;
        this.model = model;
        this.messages = messages;
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    public void open() {
        Scene scene = new Scene(host, 1100, 720);
        scene.getStylesheets().add(Stylesheets.cairn());
        host.getStyleClass().add("cairn-root");
        host.styleProperty().bind(model.textScaleProperty().multiply(BASE_FONT).asString(
                java.util.Locale.ROOT, "-fx-font-size: %.1fpx;"));
        installShortcuts(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> model.activity());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> model.activity());
        model.hiddenProperty().addListener((o, was, now) -> hiddenChanged(now));
        model.darkProperty().addListener((o, was, now) -> Application.setUserAgentStylesheet(now
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.show();
        ticker.play();
    }

    /** Shows a screen; {@code withChrome} adds the bar with lock and quick exit for an open casebook. */
    public void show(Parent screen, boolean withChrome) {
        content = withChrome ? chrome(screen) : screen;
        if (!model.hiddenProperty().get()) {
            host.getChildren().setAll(content);
        }
    }

    public void close() {
        ticker.stop();
    }

    private void hiddenChanged(boolean hidden) {
        if (hidden) {
            host.getChildren().setAll(NeutralScreen.build(model::reveal));
            stage.setIconified(true);
        } else {
            host.getChildren().setAll(content);
        }
    }

    private BorderPane chrome(Parent screen) {
        Label name = new Label(messages.get("app.title"));
        name.getStyleClass().addAll(Styles.TITLE_4, "cairn-brand");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button smaller = Icons.iconOnly(Feather.ZOOM_OUT, messages.get("shell.smaller"));
        smaller.setOnAction(event -> model.smaller());
        Button larger = Icons.iconOnly(Feather.ZOOM_IN, messages.get("shell.larger"));
        larger.setOnAction(event -> model.larger());
        Button theme = Icons.iconOnly(Feather.MOON, messages.get("shell.theme"));
        theme.setOnAction(event -> model.toggleTheme());
        Button help = Icons.iconOnly(Feather.HELP_CIRCLE, messages.get("shell.shortcuts"));
        help.setId("shell-shortcuts");
        help.setOnAction(event -> model.showShortcuts());
        Button backup = Icons.iconOnly(Feather.HARD_DRIVE, messages.get("shell.backup"));
        backup.setId("shell-backup");
        backup.disableProperty().bind(model.backup().busyProperty());
        backup.setOnAction(event -> model.backUp());
        Button counts = Icons.iconOnly(Feather.BAR_CHART_2, messages.get("shell.coordinator"));
        counts.setId("shell-coordinator");
        counts.setOnAction(event -> model.coordinator());
        Button lock = Icons.withIcon(new Button(messages.get("shell.lock")), Feather.LOCK);
        lock.setId("shell-lock");
        lock.setOnAction(event -> model.lock());
        Button exit = Icons.withIcon(new Button(messages.get("shell.quickExit")), Feather.EYE_OFF);
        exit.setId("shell-quick-exit");
        exit.getStyleClass().add(Styles.DANGER);
        exit.setOnAction(event -> model.quickExit());
        exit.setAccessibleHelp(messages.get("shell.quickExit.help"));
        Button directory = Icons.withIcon(new Button(messages.get("shell.directory")), Feather.USERS);
        directory.setId("shell-directory");
        directory.setOnAction(event -> model.openDirectory());
        Button organisation = Icons.iconOnly(Feather.SETTINGS, messages.get("shell.orgProfile"));
        organisation.setId("shell-org-profile");
        organisation.setOnAction(event -> model.openOrgProfile());
        Button templates = Icons.iconOnly(Feather.BOOK_OPEN, messages.get("shell.templates"));
        templates.setId("shell-templates");
        templates.setOnAction(event -> model.openTemplates());
        HBox bar = new HBox(8, name, spacer, directory, templates, organisation, smaller, larger, theme, help, counts,
                backup, lock, exit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 24));
        bar.getStyleClass().add("cairn-bar");
        BorderPane frame = new BorderPane(screen);
        frame.setTop(new javafx.scene.layout.VBox(bar, reminder()));
        return frame;
    }

    /** A quiet line under the bar when the last backup is older than the chosen number of days. */
    private Node reminder() {
        Label text = new Label();
        text.setId("backup-reminder");
        text.textProperty().bind(model.backup().reminderProperty());
        text.setWrapText(true);
        Button now = new Button(messages.get("backup.reminder.now"));
        now.setId("backup-reminder-now");
        now.getStyleClass().add(Styles.SMALL);
        now.disableProperty().bind(model.backup().busyProperty());
        now.setOnAction(event -> model.backUp());
        HBox line = new HBox(12, Icons.icon(Feather.HARD_DRIVE), text, now);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(6, 16, 6, 24));
        line.getStyleClass().add("cairn-reminder");
        line.visibleProperty().bind(text.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && event.isShiftDown()) {
                model.quickExit();
                event.consume();
            }
        });
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.F1), model::showShortcuts);
        keys.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), model::lock);
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), model::larger);
        keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), model::larger);
        keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), model::larger);
        keys.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), model::smaller);
        keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), model::smaller);
        keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), model::normalSize);
    }
}
