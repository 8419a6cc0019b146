package org.cairn.ui.common;

import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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

    /** The family for {@code locale} among the {@code installed} ones, or empty to keep the theme's font. */
    public static Optional<String> familyFor(Locale locale, Collection<String> installed) {
        String script = ULocale.addLikelySubtags(ULocale.forLocale(locale)).getScript();
        return BY_SCRIPT.getOrDefault(script, List.of()).stream().filter(installed::contains).findFirst();
    }

    /** The CSS declaration that sets {@code family}, or nothing. Families come from the list above, never typed. */
    public static String css(Optional<String> family) {
        return family.map(name -> "-fx-font-family: \"" + name + "\";").orElse("");
    }
}
