package org.cairn.ui.common;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The font family the screens use for a language whose script the theme's font lacks. JavaFX 21 on Linux shapes
 * Arabic script correctly only in a font that has it: letters it borrows from a fallback font come out in the wrong
 * order (Urdu words broken apart at ہ and ے, two Arabic sentences of one label swapped). So the whole window, its
 * popups and its dialogs take an installed font that has the script. Languages in other scripts keep the theme's.
 */
public final class ScreenFont {
    /**
     * Per script (ISO 15924), the families to try in order: UI cuts first (their lines are closest together), then
     * Naskh, whose lines are closer together than Noto Sans Arabic's, then the usual fonts of Windows and macOS.
     * DejaVu Sans is not one: it lacks letters Urdu needs, and the borrowed ones come out in the wrong order again.
     */
    private static final Map<String, List<String>> BY_SCRIPT = Map.of("Arab", List.of("Noto Naskh Arabic UI",
            "Noto Sans Arabic UI", "Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", "Geeza Pro", "Tahoma"));

    private ScreenFont() {
    }

    /**
     * The family for screens whose words read like {@code sample} (a sentence of the language's bundle), among the
     * {@code installed} ones, or empty to keep the theme's font. The words decide, not the language tag: a
     * pseudo-language tagged Arabic for layout tests is written in Latin letters.
     */
    public static Optional<String> familyFor(String sample, Collection<String> installed) {
        String script = sample.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(s -> s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON)
                .findFirst().map(ScreenFont::iso).orElse("Latn");
        return BY_SCRIPT.getOrDefault(script, List.of()).stream().filter(installed::contains).findFirst();
    }

    private static String iso(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.ARABIC ? "Arab" : script.name();
    }

    /** The CSS declaration that sets {@code family}, or nothing. Families come from the list above, never typed. */
    public static String css(Optional<String> family) {
        return family.map(name -> "-fx-font-family: \"" + name + "\";").orElse("");
    }
}
