package org.cairn.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.cairn.ui.shell.ShellViewModel;

/**
 * Inside the probe app on a real X server: opens every menu of the menu bar and the context menu of the first
 * text field on each main screen, one after the other, and reports each entry whose words are cut short with
 * "…", each menu that reaches past the screen's edge or has to scroll, and each whose text is not at the size the
 * advocate chose. Prints "menu-problem: ..." per finding, "menu-opened: NAME" per menu looked at and "menus-done"
 * at the end. With {@code -Dcairn.probe.photographs=true} each open menu is also photographed (the whole X screen)
 * into target/desktop-checks for a person to look at; the checks do not depend on it, and each photograph holds
 * the toolkit for a moment, so the routine run leaves them out.
 */
final class MenuProbe {
    /** Long enough for a shown menu to be laid out by a few pulses, also on a busy machine. */
    private static final Duration SETTLE = Duration.millis(400);
    private static final boolean PHOTOGRAPHS = Boolean.getBoolean("cairn.probe.photographs");
    private final Stage stage;
    private final ShellViewModel shell;
    private final double fontSize;
    private final List<Runnable> steps = new ArrayList<>();

    MenuProbe(Stage stage, ShellViewModel shell, double fontSize) {
        this.stage = stage;
        this.shell = shell;
        this.fontSize = fontSize;
    }

    /** Queues the checks of the screen that {@code open} shows, named {@code screen} in the report. */
    MenuProbe screen(String screen, Runnable open) {
        steps.add(open);
        steps.add(() -> {
            MenuBar bar = (MenuBar) stage.getScene().lookup("#shell-menu");
            Bounds inScene = bar.localToScene(bar.getBoundsInLocal());
            if (inScene.getMinY() < 0 || inScene.getMinX() < 0) {
                report(String.format("%s: the menu bar is pushed out of the window (at %.0f, %.0f in it)", screen,
                        inScene.getMinX(), inScene.getMinY()));
            }
            Node shown = ((javafx.scene.layout.BorderPane) bar.getParent().getParent().getParent()).getCenter();
            double top = shown.localToScene(shown.getBoundsInLocal()).getMinY();
            if (top < inScene.getMaxY() - 1) {
                report(String.format("%s: the screen is drawn over the menu bar (from %.0f, the bar ends at %.0f)",
                        screen, top, inScene.getMaxY()));
            }
            List<Menu> menus = bar.getMenus().stream().filter(Menu::isVisible).toList();
            List<Runnable> more = new ArrayList<>();
            for (Menu menu : menus) {
                more.add(menu::show);
                more.add(() -> {
                    inspect(screen + "-" + menu.getId());
                    menu.hide();
                });
            }
            more.add(() -> contextMenu(screen));
            more.add(() -> {
                if (firstField(stage.getScene().getRoot()) != null) {
                    inspect(screen + "-context-menu");
                }
                List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof ContextMenu).forEach(Window::hide);
            });
            steps.addAll(0, more);
        });
        return this;
    }

    void run() {
        next();
    }

    private void next() {
        if (steps.isEmpty()) {
            System.out.println("menus-done");
            System.out.flush();
            return;
        }
        Runnable step = steps.remove(0);
        step.run();
        PauseTransition wait = new PauseTransition(SETTLE);
        wait.setOnFinished(event -> next());
        wait.play();
    }

    /** The context menu a right click on the screen's first text field opens. */
    private void contextMenu(String screen) {
        TextInputControl field = firstField(stage.getScene().getRoot());
        if (field == null) {
            System.out.println("menu-none: " + screen + " has no text field to open a context menu on");
            return;
        }
        Bounds box = field.localToScreen(field.getBoundsInLocal());
        double x = box.getWidth() / 2;
        double y = box.getHeight() / 2;
        field.requestFocus();
        Event.fireEvent(field, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y,
                box.getMinX() + x, box.getMinY() + y, false, null));
    }

    private static TextInputControl firstField(Node node) {
        if (!node.isVisible()) {
            return null;
        }
        if (node instanceof TextInputControl field && field.isEditable() && !field.isDisabled()) {
            return field;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                TextInputControl found = firstField(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void inspect(String name) {
        List<PopupWindow> open = Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing()
                && w.getScene().getRoot().lookup(".context-menu") != null).map(w -> (PopupWindow) w).toList();
        if (open.isEmpty()) {
            report(name + ": no menu opened");
            return;
        }
        System.out.println("menu-opened: " + name);
        if (PHOTOGRAPHS) {
            photograph(name);
        }
        Rectangle2D screen = Screen.getPrimary().getBounds();
        for (PopupWindow popup : open) {
            Parent root = popup.getScene().getRoot();
            // the menu's own box, without its shadow (the popup's window and the node's visual bounds hold it)
            Node menu = root.lookup(".context-menu");
            Bounds box = menu.localToScreen(menu.getLayoutBounds());
            if (box.getMinX() < screen.getMinX() || box.getMinY() < screen.getMinY()
                    || box.getMaxX() > screen.getMaxX() || box.getMaxY() > screen.getMaxY()) {
                report(String.format("%s: reaches past the screen's edge (%.0f, %.0f, %.0f by %.0f on %.0f by %.0f;"
                        + " the window at %.0f, %.0f, %.0f by %.0f)", name, box.getMinX(), box.getMinY(),
                        box.getWidth(), box.getHeight(), screen.getWidth(), screen.getHeight(), stage.getX(),
                        stage.getY(), stage.getWidth(), stage.getHeight()));
            }
            if (root.lookupAll(".scroll-arrow").stream().anyMatch(Node::isVisible)) {
                report(name + ": has to scroll to show all its entries");
            }
            entries(root, name);
        }
    }

    private void entries(Node node, String name) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            Node drawn = labeled.lookup(".text");
            String shown = drawn instanceof Text text ? text.getText().replace("_", "") : null;
            if (shown != null && !shown.equals(labeled.getText().replace("_", ""))) {
                report(name + ": shows \"" + shown + "\" for \"" + labeled.getText() + "\"");
            }
            if (Math.abs(labeled.getFont().getSize() - fontSize) > 0.5) {
                report(String.format("%s: \"%s\" is drawn at %.1f px, not %.1f", name, labeled.getText(),
                        labeled.getFont().getSize(), fontSize));
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> entries(child, name));
        }
    }

    /** The whole X screen with the menu open, for a person to look at; the check does not depend on it. */
    private static void photograph(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "desktop-checks"));
            Process p = new ProcessBuilder("import", "-silent", "-window", "root",
                    folder.resolve("menu-" + name + ".png").toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(20, TimeUnit.SECONDS);
        } catch (java.io.IOException e) {
            report(name + ": could not be photographed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void report(String problem) {
        System.out.println("menu-problem: " + problem);
        System.out.flush();
    }
}
