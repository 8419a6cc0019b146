package org.cairn.letters.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;

/**
 * Picks fonts out of a TrueType collection (.ttc): the first font that covers a script, preferring one that is
 * not bold, and its bold sibling in the same file when there is one. A collection that cannot be read offers
 * nothing.
 */
final class CollectionFonts {

    private CollectionFonts() {
    }

    static Optional<FontFamily> family(Path file, LetterScript script) {
        List<String> covering = new ArrayList<>();
        try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
            collection.processAllFonts(font -> {
                if (FontCatalogue.covers(font, script) && font.getName() != null) {
                    covering.add(font.getName());
                }
            });
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable or unusual collection is simply not a candidate
        }
        Optional<String> regular = covering.stream().filter(name -> !isBold(name)).findFirst()
                .or(() -> covering.stream().findFirst());
        if (regular.isEmpty()) {
            return Optional.empty();
        }
        String base = regular.get().endsWith("-Regular")
                ? regular.get().substring(0, regular.get().length() - "-Regular".length()) : regular.get();
        FontSource bold = covering.stream()
                .filter(name -> name.equalsIgnoreCase(base + "-Bold") || name.equalsIgnoreCase(base + "Bold"))
                .findFirst().map(name -> FontSource.inCollection(file, name)).orElse(null);
        return Optional.of(new FontFamily(FontSource.inCollection(file, regular.get()), bold, null, null));
    }

    private static boolean isBold(String postScriptName) {
        return postScriptName.toLowerCase(Locale.ROOT).contains("bold");
    }
}
