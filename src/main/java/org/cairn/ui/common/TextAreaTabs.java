package org.cairn.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab leaves a text area as it leaves every other field (Shift+Tab goes back); Ctrl+Tab types a tab instead.
 * JavaFX text areas do the opposite by default, which traps keyboard users in the note box.
 */
public final class TextAreaTabs {
    // True while the handed-on key passes this filter again on its way to the text area.
    private boolean forwarding;

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
    }

    private void handle(KeyEvent event) {
        if (forwarding || event.getCode() != KeyCode.TAB || event.isAltDown() || event.isMetaDown()
                || !(event.getTarget() instanceof TextArea area)) {
            return;
        }
        event.consume();
        if (event.isControlDown()) {
            if (area.isEditable()) {
                area.replaceSelection("\t");
            }
            return;
        }
        // The text area's own keys move the focus on Ctrl+Tab, so hand it that: the scene's traversal then decides
        // where the next field is, as it does for every other control.
        forwarding = true;
        try {
            area.fireEvent(new KeyEvent(area, area, KeyEvent.KEY_PRESSED, event.getCharacter(), event.getText(),
                    KeyCode.TAB, event.isShiftDown(), true, false, false));
        } finally {
            forwarding = false;
        }
    }
}
