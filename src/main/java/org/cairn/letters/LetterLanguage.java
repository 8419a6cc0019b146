package org.cairn.letters;

import java.util.Locale;
import org.cairn.letters.layout.PageLabels;

/** What depends on the letter's language besides its words: how pages are numbered. */
public final class LetterLanguage {
    private LetterLanguage() {
    }

    public static PageLabels pageLabels(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return switch (language) {
            case "en" -> PageLabels.english();
            case "es", "pt" -> new PageLabels("Página {n} de {m}");
            case "pl" -> new PageLabels("Strona {n} z {m}");
            // in words, so a right-to-left page label cannot be read as "2 / 1"; like the letters, needs review
            case "ar" -> new PageLabels("صفحة {n} من {m}");
            case "ur" -> new PageLabels("صفحہ {n} از {m}");
            case "fa" -> new PageLabels("صفحهٔ {n} از {m}");
            case "pa" -> new PageLabels("ਪੰਨਾ {n} / {m}");
            case "zh" -> new PageLabels("第 {n} 页，共 {m} 页");
            case "ta" -> new PageLabels("பக்கம் {n} / {m}");
            case "ti" -> new PageLabels("ገጽ {n} ካብ {m}");
            default -> PageLabels.neutral();
        };
    }
}
