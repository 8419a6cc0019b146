package org.cairn.templates;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * Text from a file or a command line made safe to put in a message: control, formatting and other invisible
 * characters are shown as escapes (a backslash, 'u' and four hex digits: ESC becomes backslash-u001B), so a
 * template cannot rewrite the terminal or hide a character in what the advocate reads.
 */
public final class Printable {
    private Printable() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (hidden(cp)) {
                out.append(escape(cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** True for a character a reader cannot see or that a terminal acts on. */
    public static boolean hidden(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacterCategory.CONTROL || type == UCharacterCategory.FORMAT
                || type == UCharacterCategory.UNASSIGNED || type == UCharacterCategory.PRIVATE_USE
                || type == UCharacterCategory.SURROGATE || type == UCharacterCategory.LINE_SEPARATOR
                || type == UCharacterCategory.PARAGRAPH_SEPARATOR
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR);
    }

    /** Backslash-u and four hex digits for a character of the basic plane, with braces around the digits beyond. */
    public static String escape(int cp) {
        return cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\u{%X}", cp);
    }

    /** The escape and the character's Unicode name, for a message that must say what was found. */
    public static String describe(int cp) {
        // Java knows the alias names of control characters (ESCAPE, NULL); ICU names the rest.
        String name = Character.getName(cp);
        if (name == null) {
            name = UCharacter.getExtendedName(cp);
        }
        return escape(cp) + (name == null ? "" : " (" + name + ")");
    }
}
