package org.cairn.ui.common;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;

/**
 * Where the keyboard goes when a screen is shown: the field or list the advocate works in, never a button that
 * happens to come first. Otherwise a second Enter after opening a screen could press Lock or Quick exit.
 */
public final class ScreenFocus {
    /** A node a view marks as the one to focus first, when the first field is not the right one. */
    private static final String FIRST = "cairn.focus.first";

    private ScreenFocus() {
    }

    /** Marks {@code node} as the one that gets the keyboard when its screen is shown. */
    public static <T extends Node> T first(T node) {
        node.getProperties().put(FIRST, Boolean.TRUE);
        return node;
    }

    /**
     * The node to focus in {@code screen}: one marked with {@link #first}, else the first usable field or list (in
     * the order of the scene graph), else the first usable control of any kind.
     */
    public static Optional<Node> target(Node screen) {
        Optional<Node> marked = find(screen, node -> node.getProperties().containsKey(FIRST));
        if (marked.isPresent()) {
            return marked;
        }
        Optional<Node> field = find(screen, ScreenFocus::isWorkArea);
        return field.isPresent() ? field : find(screen, Node::isFocusTraversable);
    }

    /** Focuses the screen's target, or the screen itself, so that focus never stays on the window's buttons. */
    public static void focus(Node screen) {
        Node target = target(screen).filter(node -> node.getScene() != null).orElse(screen);
        target.requestFocus();
    }

    private static boolean isWorkArea(Node node) {
        return node.isFocusTraversable() && (node instanceof TextInputControl || node instanceof ListView
                || node instanceof TableView || node instanceof TreeView || node instanceof TreeTableView
                || node instanceof ComboBoxBase || node instanceof javafx.scene.control.Spinner
                || node instanceof javafx.scene.control.ChoiceBox);
    }

    private static Optional<Node> find(Node node, java.util.function.Predicate<Node> wanted) {
        if (!usable(node)) {
            return Optional.empty();
        }
        if (wanted.test(node)) {
            return Optional.of(node);
        }
        // A control's inner parts (a text field's skin, a table's cells) are never the target themselves.
        if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = find(child, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            return find(scroll.getContent(), wanted);
        }
        if (node instanceof javafx.scene.control.TabPane tabs && tabs.getSelectionModel().getSelectedItem() != null
                && tabs.getSelectionModel().getSelectedItem().getContent() != null) {
            return find(tabs.getSelectionModel().getSelectedItem().getContent(), wanted);
        }
        if (node instanceof javafx.scene.control.SplitPane split) {
            for (Node item : split.getItems()) {
                Optional<Node> found = find(item, wanted);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean usable(Node node) {
        return node.isVisible() && !node.isDisabled();
    }
}
