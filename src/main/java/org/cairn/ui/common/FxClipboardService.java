package org.cairn.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard. Call on the JavaFX application thread. */
public final class FxClipboardService implements ClipboardService {
    private String ours;

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        ours = text;
    }

    @Override
    public void clearIfOurs() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (ours != null && ours.equals(clipboard.getString())) {
            clipboard.clear();
        }
        ours = null;
    }
}
