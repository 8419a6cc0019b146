package org.cairn.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of her readable copy (headings, subject, opening sentence) in the first of her languages that has them,
 * else in the casebook's language for printed outputs (when it has them), else in English, with a note saying so. Translations sit beside the English words as
 * {@code subject-access_<language>.properties}; like the letters' translations they need a translator's review.
 *
 * @param languageTag the copy's language, for the PDF writer's shaping and page numbers
 * @param missing her first language when no translation of it is installed (the copy then says so), else null
 */
record SubjectAccessWords(String languageTag, Properties words, String missing) {
    private static final String ENGLISH = "en-GB";

    static SubjectAccessWords forLanguages(List<String> languages) {
        return forLanguages(languages, null);
    }

    /** Her languages first; {@code casebookDefault} (the casebook's language for printed outputs) before English. */
    static SubjectAccessWords forLanguages(List<String> languages, String casebookDefault) {
        SubjectAccessWords hers = first(languages);
        if (hers != null) {
            return hers;
        }
        SubjectAccessWords fallback = casebookDefault == null ? null : first(List.of(casebookDefault));
        String first = languages.isEmpty() ? null : Locale.forLanguageTag(languages.get(0).strip()).getLanguage();
        String missing = first == null || first.isEmpty() ? null : first;
        return fallback != null ? new SubjectAccessWords(fallback.languageTag(), fallback.words(), missing)
                : new SubjectAccessWords(ENGLISH, load(""), missing);
    }

    private static SubjectAccessWords first(List<String> languages) {
        for (String tag : languages) {
            String language = Locale.forLanguageTag(tag.strip()).getLanguage();
            if (language.equals("en")) {
                return new SubjectAccessWords(ENGLISH, load(""), null);
            }
            // Letters and digits only, so a stored value can never name another resource.
            if (language.matches("[a-z]{2,3}") && resource("_" + language) != null) {
                return new SubjectAccessWords(language, load("_" + language), null);
            }
        }
        return null;
    }

    String get(String key) {
        return words.getProperty(key, key);
    }

    /**
     * A task's title as her copy lists it: as typed, or the English words of a title Cairn wrote (the records
     * themselves are listed as we keep them; only the headings follow her language).
     */
    static String taskTitle(org.cairn.casebook.Task task) {
        if (task.titleCode() == null) {
            return task.title();
        }
        String pattern = load("").getProperty("task.title." + task.titleCode().name());
        return java.text.MessageFormat.format(pattern.replace("'", "''"), task.titleArgs().toArray());
    }

    /** The note printed when her language has no translation, in English, naming her language. */
    String missingNote() {
        return missing == null ? null : "No translation of these headings into "
                + Locale.forLanguageTag(missing).getDisplayLanguage(Locale.ENGLISH)
                + " is installed, so they are in "
                + Locale.forLanguageTag(languageTag).getDisplayLanguage(Locale.ENGLISH) + "; your records are as we wrote them. Ask us if you would "
                + "like an interpreter to go through this copy with you.";
    }

    private static InputStream resource(String suffix) {
        return SubjectAccessWords.class.getResourceAsStream("subject-access" + suffix + ".properties");
    }

    private static Properties load(String suffix) {
        Properties properties = new Properties();
        try (InputStream in = resource(suffix)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the subject access words are missing from Cairn's files", e);
        }
        return properties;
    }
}
