package org.cairn.ui.settings;

import java.util.Optional;
import org.cairn.letters.pdf.LetterScript;

/** Which font on this computer letters would use for a script; behind an interface so tests need no fonts. */
@FunctionalInterface
public interface ScriptFonts {
    /** The font's file name, or empty when no installed font covers the script. Slow: looks at font files. */
    Optional<String> fontFor(LetterScript script);
}
