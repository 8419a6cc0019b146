package org.cairn.ui.shell;

import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.PopupControl;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Gives the window's own popups (context menus, tooltips, the menus of the menu bar) the text size the advocate
 * chose. The menu bar's menus take it from the bar, but the context menu JavaFX makes for every text field and
 * table does not: at 200 % text it stayed at the normal size.
 */
final class PopupTextSize {
    private PopupTextSize() {
    }

    /** From now on, every popup of {@code owner} (or of one of its popups) carries {@code style}. */
    static void follow(Window owner, ObservableStringValue style) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof PopupControl popup && ownedBy(popup, owner)
                            && !popup.styleProperty().isBound()) {
                        popup.styleProperty().bind(style);
                    }
                }
            }
        });
    }

    private static boolean ownedBy(PopupWindow popup, Window owner) {
        for (Window window = popup.getOwnerWindow(); window != null;
                window = window instanceof PopupWindow inner ? inner.getOwnerWindow() : null) {
            if (window == owner) {
                return true;
            }
        }
        return false;
    }
}
