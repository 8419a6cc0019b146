package org.cairn.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a scroll pane so that the control the keyboard reaches inside it is in view. A JavaFX scroll pane does not
 * follow focus by itself, so with large text on a small screen Tab would move into fields below the fold, unseen.
 */
public final class FocusInView {
    /** Room left above or below a control brought into view, so its label or outline is not on the edge. */
    private static final double MARGIN = 8;

    private FocusInView() {
    }

    /** Makes {@code scroll} follow the focus for as long as it is in a scene; returns it. */
    public static ScrollPane follow(ScrollPane scroll) {
        ChangeListener<Node> reveal = (o, was, now) -> reveal(scroll, now);
        scroll.sceneProperty().addListener((o, was, now) -> listen(was, now, reveal));
        listen(null, scroll.getScene(), reveal);
        return scroll;
    }

    private static void listen(Scene was, Scene now, ChangeListener<Node> reveal) {
        if (was != null) {
            was.focusOwnerProperty().removeListener(reveal);
        }
        if (now != null) {
            now.focusOwnerProperty().addListener(reveal);
        }
    }

    /** Moves the vertical scroll position just enough for {@code focused}'s box to be inside the viewport. */
    static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !inside(focused, content)) {
            return;
        }
        Bounds box = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double viewport = scroll.getViewportBounds().getHeight();
        double range = content.getLayoutBounds().getHeight() - viewport;
        if (box == null || range <= 0) {
            return;
        }
        double span = scroll.getVmax() - scroll.getVmin();
        double top = (scroll.getVvalue() - scroll.getVmin()) / span * range;
        if (box.getMinY() - MARGIN < top) {
            top = box.getMinY() - MARGIN;
        } else if (box.getMaxY() + MARGIN > top + viewport) {
            top = box.getMaxY() + MARGIN - viewport;
        } else {
            return;
        }
        scroll.setVvalue(scroll.getVmin() + Math.max(0, Math.min(range, top)) / range * span);
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }
}
