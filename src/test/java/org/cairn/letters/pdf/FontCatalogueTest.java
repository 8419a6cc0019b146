package org.cairn.letters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue reports the scripts this machine's fonts cover. */
class FontCatalogueTest {

    @Test
    void findsTheNotoFontsForBengaliDevanagariAndArabicScript() {
        Fonts.require(LetterScript.BENGALI);
        assertThat(Fonts.SYSTEM.family(LetterScript.BENGALI).orElseThrow().regular().name())
                .startsWith("NotoSansBengali");
        assertThat(Fonts.SYSTEM.availableScripts()).contains(LetterScript.LATIN, LetterScript.BENGALI);
    }

    @Test
    void aFolderWithoutFontsAddsNothingToTheBundledScripts(@TempDir Path empty) {
        assertThat(FontCatalogue.scanning(List.of(empty, empty.resolve("missing"))).availableScripts())
                .containsExactly(LetterScript.LATIN, LetterScript.CYRILLIC, LetterScript.GREEK);
    }
}
