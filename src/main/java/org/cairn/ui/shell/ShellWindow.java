package org.cairn.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Stylesheets;
import org.cairn.ui.shell.Shortcut.Action;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window: one scene with a menu bar on every screen and the screen below it. While a casebook is open,
 * Lock and Quick exit sit at the right of the menu bar, always visible.
 */
public final class ShellWindow {
    private static final double BASE_FONT = 14;
    /** The pulse that renders the neutral page, then two more so that its frame has been handed to the screen. */
    private static final int FRAMES_BEFORE_MINIMISING = 3;
    private final Stage stage;
    private final ShellViewModel model;
    private final Messages messages;
    private final StackPane host = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final BooleanProperty chrome = new SimpleBooleanProperty();
    private final ShortcutsDialog shortcuts;
    private final TransferActions transfers;
    private final Timeline ticker;
    private WindowMemory memory = WindowMemory.NONE;

    public ShellWindow(Stage stage, ShellViewModel model, Messages messages) {
        this.stage = stage;
        this.model = model;
        this.messages = messages;
        this.shortcuts = new ShortcutsDialog(messages);
        this.transfers = new TransferActions(model);
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /** The transfer screens' menu entries and shortcuts, for the composition root to say what they open. */
    public TransferActions transfers() {
        return transfers;
    }

    /** Where to read and keep the window's place and size; set before {@link #open()}. */
    public void setWindowMemory(WindowMemory memory) {
        this.memory = java.util.Objects.requireNonNull(memory);
    }

    public void open() {
        Scene scene = new Scene(decorated(host), 1100, 720);
        if (messages.rightToLeft()) { // the whole window mirrors; dialogs it owns inherit this (ADR 0045)
            scene.setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
            new org.cairn.ui.common.TypedTextDirection().install(scene);
            scene.getStylesheets().add(Stylesheets.rightToLeft());
        }
        scene.getStylesheets().add(Stylesheets.cairn());
        host.getStyleClass().add("cairn-root");
        // The family only where the theme's font lacks the language's script (ScreenFont says why).
        String family = org.cairn.ui.common.ScreenFont.css(org.cairn.ui.common.ScreenFont.familyFor(
                messages.get("welcome.lead"), javafx.scene.text.Font.getFamilies()));
        host.styleProperty().bind(model.textScaleProperty().multiply(BASE_FONT).asString(
                java.util.Locale.ROOT, "-fx-font-size: %.1fpx;" + family));
        PopupTextSize.follow(stage, host.styleProperty());
        frame.setTop(new VBox(topBar(), readOnlyBanner(), reminder()));
        frame.setCenter(new Region());
        host.getChildren().setAll(frame);
        // A screen taller than the window (the directory at 200 % text) must not push the menu bar out of view:
        // a stack pane centres a child it cannot shrink, so the frame may shrink and sits at the top.
        frame.setMinSize(0, 0);
        StackPane.setAlignment(frame, Pos.TOP_LEFT);
        installShortcuts(scene);
        new org.cairn.ui.common.TextAreaTabs().install(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> model.activity());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> model.activity());
        model.hiddenProperty().addListener((o, was, now) -> hiddenChanged(now));
        applyTheme(model.darkProperty().get());
        model.darkProperty().addListener((o, was, now) -> applyTheme(now));
        // Cairn's own focus and selection colours (cairn.css) follow the theme through this class.
        darkClass(model.darkProperty().get());
        model.darkProperty().addListener((o, was, now) -> darkClass(now));
        model.setOnShortcuts(() -> shortcuts.show(stage, host.getStyle()));
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(scene);
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        WindowPlacement.Box placed = place();
        stage.show();
        if (placed != null) {
            SettlingSize.hold(stage, placed.width(), placed.height());
        }
        ticker.play();
    }

    /**
     * The window's content inside the pane ControlsFX draws field checks on. Without one above a checked field,
     * ControlsFX makes its own the scene's root when the field joins the scene, which happens while the scene is
     * being styled (a scroll pane adds its content then): ours moves under the new root mid-pass and the theme
     * warns of every colour it cannot look up. With it there from the start, nothing is moved.
     */
    private static Parent decorated(Parent content) {
        impl.org.controlsfx.skin.DecorationPane pane = new impl.org.controlsfx.skin.DecorationPane();
        pane.setRoot(content);
        return pane;
    }

    /** Shows a screen; {@code withChrome} adds Lock, Quick exit and the backup reminder for an open casebook. */
    public void show(Parent screen, boolean withChrome) {
        model.screenLeft();
        chrome.set(withChrome);
        BorderPane.setAlignment(screen, Pos.TOP_LEFT); // a screen taller than the window runs off its bottom only
        frame.setCenter(screen);
        // What a scroll pane shows joins the scene only once its skin exists, at the next pulse; until then the
        // screen itself holds the focus (were it left on the old screen, the scene would give it to Lock), and
        // right after that pulse the screen's field or list gets it. Styling early instead (applyCss) made the
        // theme warn about colours it could not resolve.
        org.cairn.ui.common.ScreenFocus.focus(screen);
        Scene scene = host.getScene();
        if (scene != null) {
            Runnable[] once = new Runnable[1];
            boolean[] done = new boolean[1];
            once[0] = () -> {
                if (done[0]) {
                    return;
                }
                done[0] = true;
                // Not during the scene's own round of listeners, which may not expect its list to change.
                javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
                Node owner = scene.getFocusOwner();
                if (frame.getCenter() == screen && (owner == screen || !insideScreen(screen))) {
                    org.cairn.ui.common.ScreenFocus.focus(screen);
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }

    /** Whether the keyboard is somewhere in {@code screen} (not on the bar's buttons or nowhere). */
    private boolean insideScreen(Parent screen) {
        Node owner = host.getScene() == null ? null : host.getScene().getFocusOwner();
        for (Node node = owner; node != null; node = node.getParent()) {
            if (node == screen) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets the window's size and place before it is shown, so that no window manager falls back to the minimum
     * size: the last place when it is still on a screen, otherwise a comfortable size on the main screen. Returns
     * the box set, or null when the stage came already sized.
     */
    private WindowPlacement.Box place() {
        if (!Double.isNaN(stage.getWidth())) {
            return null; // sized by whoever made the stage (the screenshot test does)
        }
        List<WindowPlacement.Box> screens = new java.util.ArrayList<>();
        javafx.stage.Screen primary = javafx.stage.Screen.getPrimary();
        screens.add(box(primary.getVisualBounds()));
        javafx.stage.Screen.getScreens().stream().filter(screen -> !screen.equals(primary))
                .forEach(screen -> screens.add(box(screen.getVisualBounds())));
        WindowPlacement.Box chosen = WindowPlacement.place(memory.window(), screens);
        stage.setX(chosen.x());
        stage.setY(chosen.y());
        stage.setWidth(chosen.width());
        stage.setHeight(chosen.height());
        return chosen;
    }

    private static WindowPlacement.Box box(javafx.geometry.Rectangle2D bounds) {
        return new WindowPlacement.Box(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }

    public void close() {
        ticker.stop();
        // Only an ordinary window is remembered: a maximised or minimised one would come back at a strange size.
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            try {
                memory.rememberWindow(new WindowPlacement.Box(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight()));
            } catch (java.io.UncheckedIOException e) {
                // The settings folder is not writable: the next start uses the first-run size, nothing else is lost.
            }
        }
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void darkClass(boolean dark) {
        host.getStyleClass().remove("cairn-dark");
        if (dark) {
            host.getStyleClass().add("cairn-dark");
        }
    }

    /**
     * Quick exit: the neutral page replaces everything first, other windows (menus, tooltips, dialogs) close, and
     * only once the page has been drawn is the window minimised. Minimising first let some desktops keep the last
     * frame of the casebook on screen, and without a window manager minimising is refused altogether, so the drawn
     * neutral page is what stays.
     */
    private void hiddenChanged(boolean hidden) {
        if (hidden) {
            host.getChildren().setAll(NeutralScreen.build(model::reveal));
            List.copyOf(Window.getWindows()).stream().filter(window -> window != stage).forEach(Window::hide);
            AfterFrames.run(FRAMES_BEFORE_MINIMISING, () -> {
                if (model.hiddenProperty().get()) {
                    stage.setIconified(true);
                }
            });
        } else {
            host.getChildren().setAll(frame);
        }
    }

    private Node topBar() {
        MenuBar menus = new ShellMenus(model, transfers, messages).bar();
        menus.setId("shell-menu");
        menus.getStyleClass().add("cairn-menu");
        HBox.setHgrow(menus, Priority.ALWAYS);
        Button lock = Icons.withIcon(new Button(messages.get("shell.lock")), Feather.LOCK);
        lock.setId("shell-lock");
        lock.setOnAction(event -> model.lock());
        lock.setTooltip(new javafx.scene.control.Tooltip(messages.get("shell.lock.help")));
        Button exit = Icons.withIcon(new Button(messages.get("shell.quickExit")), Feather.EYE_OFF);
        exit.setId("shell-quick-exit");
        exit.getStyleClass().add(Styles.DANGER);
        exit.setOnAction(event -> model.quickExit());
        exit.setAccessibleHelp(messages.get("shell.quickExit.help"));
        exit.setTooltip(new javafx.scene.control.Tooltip(messages.get("shell.quickExit.help")));
        HBox buttons = new HBox(8, lock, exit);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(4, 16, 4, 8));
        buttons.visibleProperty().bind(chrome);
        buttons.managedProperty().bind(chrome);
        HBox bar = new HBox(menus, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("cairn-bar");
        return bar;
    }

    /** A line that stays under the bar while the casebook is open read-only, saying why and what to do. */
    private Node readOnlyBanner() {
        Label text = new Label();
        text.setId("read-only-banner");
        text.textProperty().bind(model.readOnlyBannerProperty());
        text.setWrapText(true);
        HBox line = new HBox(12, Icons.icon(Feather.LOCK), text);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(6, 16, 6, 24));
        line.getStyleClass().addAll("cairn-reminder", "cairn-read-only");
        line.visibleProperty().bind(text.textProperty().isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
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
        org.cairn.ui.common.Layouts.whole(now); // the reminder's text wraps instead
        now.disableProperty().bind(model.backup().busyProperty());
        now.setOnAction(event -> model.backUp());
        HBox line = new HBox(12, Icons.icon(Feather.HARD_DRIVE), text, now);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(6, 16, 6, 24));
        line.getStyleClass().add("cairn-reminder");
        line.visibleProperty().bind(text.textProperty().isNotEmpty().and(chrome));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /**
     * The menus carry each shortcut's first combination; the others (Ctrl+= for Ctrl+plus on keyboards without a
     * plus key, the keypad) go straight on the scene. Shift+Esc is also caught before any control can take it.
     */
    private void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && event.isShiftDown()) {
                model.quickExit();
                event.consume();
            }
        });
        for (Shortcut shortcut : Shortcuts.ALL) {
            if (shortcut.action() != Action.SCREEN && shortcut.action() != Action.QUICK_EXIT) {
                shortcut.keys().stream().skip(1)
                        .forEach(keys -> scene.getAccelerators().put(keys, () -> transfers.run(shortcut.action())));
            }
        }
    }
}
