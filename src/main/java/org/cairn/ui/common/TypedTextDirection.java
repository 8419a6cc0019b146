package org.cairn.ui.common;

import java.util.Set;
import java.util.WeakHashMap;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * In a right-to-left window, a text field takes the direction of what is in it rather than the window's: a name or
 * case reference in Latin letters reads from the left, Urdu from the right (as "auto" direction does on the web).
 * JavaFX 21 lays a field out in its node orientation whatever the text, and moving the caret through mixed text
 * then goes astray (ADR 0045); following the first strong letter avoids the worst of it.
 */
public final class TypedTextDirection {
    private final Set<TextInputControl> followed = java.util.Collections.newSetFromMap(new WeakHashMap<>());

    /** Fields get their direction when they are focused, and keep following their text from then on. */
    public void install(Scene scene) {
        scene.focusOwnerProperty().addListener((o, was, now) -> follow(now));
    }

    private void follow(Node node) {
        if (node instanceof TextInputControl field && followed.add(field)) {
            field.setNodeOrientation(forText(field.getText()));
            field.textProperty().addListener((o, was, now) -> field.setNodeOrientation(forText(now)));
        }
    }

    /**
     * The direction of the first letter with a strong direction (Unicode bidi classes L, R and AL); the window's
     * when there is none yet (empty, digits or punctuation only).
     */
    public static NodeOrientation forText(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                byte direction = Character.getDirectionality(c);
                if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return NodeOrientation.LEFT_TO_RIGHT;
                }
                if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return NodeOrientation.RIGHT_TO_LEFT;
                }
                i += Character.charCount(c);
            }
        }
        return NodeOrientation.INHERIT;
    }
}
