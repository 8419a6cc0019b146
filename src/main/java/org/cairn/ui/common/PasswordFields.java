package org.cairn.ui.common;

import javafx.scene.control.PasswordField;

/** Reads a password field without making a String of it, then empties the field. */
public final class PasswordFields {
    private PasswordFields() {
    }

    /** The characters typed; the caller owns and wipes the array. */
    public static char[] read(PasswordField field) {
        CharSequence typed = field.getCharacters();
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        return chars;
    }

    public static char[] take(PasswordField field) {
        char[] chars = read(field);
        field.clear();
        return chars;
    }
}
