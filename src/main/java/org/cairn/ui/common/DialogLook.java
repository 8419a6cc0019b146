package org.cairn.ui.common;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A dialog looks like the window it belongs to: the text size the advocate chose and, in a right-to-left language,
 * the font with the script and Cairn's line breaks (ADR 0060). Dialogs are windows of their own, so the main
 * window's style does not reach them by itself.
 */
public final class DialogLook {
    private DialogLook() {
    }

    /** Gives {@code dialog} the look of {@code owner}'s window; does nothing for a window without Cairn's root. */
    public static void follow(Dialog<?> dialog, Window owner) {
        Node root = owner == null || owner.getScene() == null ? null : owner.getScene().lookup(".cairn-root");
        if (root == null) {
            return;
        }
        dialog.getDialogPane().setStyle(root.getStyle());
        if (root.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT) {
            dialog.getDialogPane().getStylesheets().add(Stylesheets.rightToLeft());
        }
    }
}
