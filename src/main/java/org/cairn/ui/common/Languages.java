package org.cairn.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The languages Cairn's screens can be shown in, read from {@code org/cairn/ui/languages.properties}: one line per
 * translated bundle. Choosing one in Settings is independent of the operating system's language (ADR 0045).
 */
public final class Languages {
    static final String RESOURCE = "/org/cairn/ui/languages.properties";
    /** English: the words every translation is made from, so never a draft. */
    static final String REFERENCE = "en";

    /**
     * One language on offer.
     *
     * @param tag its IETF language tag, as stored in the settings file ({@code en}, {@code ur}, {@code pl})
     * @param name its name in its own language, as the picker shows it
     * @param draft true while no native speaker has signed off the translation as it is now
     *     ({@link TranslationReviews}); English, the reference, never is
     */
    public record Language(String tag, String name, boolean draft) {
        public Locale locale() {
            return Locale.forLanguageTag(tag);
        }
    }

    private Languages() {
    }

    /** Every language with a bundle, in the order of the file. */
    public static List<Language> offered() {
        // Properties forgets the order of its lines; record it so the picker lists English first, as the file does.
        List<String> tags = new ArrayList<>();
        Properties lines = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (!containsKey(key)) {
                    tags.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (InputStream in = Languages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of(new Language("en", "English", false));
            }
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the list of languages could not be read", e);
        }
        TranslationReviews reviews = TranslationReviews.shipped();
        List<Language> languages = new ArrayList<>();
        for (String tag : tags) {
            // A "|draft" after the name (how drafts were marked before the reviews file) still marks a draft; a
            // translation without it is a draft too until its review is recorded beside the bundle.
            String[] parts = lines.getProperty(tag).split("\\|", 2);
            boolean marked = parts.length > 1 && "draft".equals(parts[1].strip());
            boolean draft = !REFERENCE.equals(tag) && (marked || !reviews.signedOff(tag));
            languages.add(new Language(tag, parts[0].strip(), draft));
        }
        return List.copyOf(languages);
    }

    /**
     * The locale the screens use: the language stored in Settings when it is one on offer, else the system's.
     * A tag that is not on offer (typed by hand or left by a newer version) is ignored rather than trusted.
     */
    public static Locale chosen(String storedTag, Locale system) {
        return find(storedTag).map(Language::locale).orElse(system);
    }

    public static Optional<Language> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return offered().stream().filter(language -> language.tag().equalsIgnoreCase(tag.strip())).findFirst();
    }
}
