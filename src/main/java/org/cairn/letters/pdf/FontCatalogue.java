package org.cairn.letters.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The fonts letters can use on this machine: the bundled Latin/Cyrillic/Greek font plus the
 * system fonts, and which scripts they cover (the settings screen lists these).
 */
public final class FontCatalogue {

    private FontCatalogue() {
    }

    /** The bundled font plus the fonts in this operating system's usual font folders. */
    public static FontCatalogue system() {
        throw new UnsupportedOperationException("implementation follows in the next commits");
    }

    /** The bundled font plus the fonts under these folders (searched recursively). */
    public static FontCatalogue scanning(List<Path> folders) {
        throw new UnsupportedOperationException("implementation follows in the next commits");
    }

    /** Scripts for which a font is available. */
    public Set<LetterScript> availableScripts() {
        throw new UnsupportedOperationException("implementation follows in the next commits");
    }
}
