package org.cairn.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Who signed off which translation, read from {@code org/cairn/ui/translation-reviews.properties}, kept beside the
 * bundles. A translation is a draft until a native speaker's review is recorded there: their name, the date, what
 * they reviewed, and the SHA-256 of the bundle file as they read it. A bundle changed since (new keys, edited words)
 * no longer matches its review and is a draft again until someone reviews the change, so the picker never calls
 * unread words reviewed.
 */
public final class TranslationReviews {
    static final String RESOURCE = "/org/cairn/ui/translation-reviews.properties";

    /** One sign-off: a native speaker's name, the date, what they read, and the bundle's hash when they read it. */
    public record Review(String tag, String reviewer, LocalDate date, String reviewed, String sha256) {
    }

    private final Properties lines;
    private final Function<String, byte[]> bundles;

    TranslationReviews(Properties lines, Function<String, byte[]> bundles) {
        this.lines = lines;
        this.bundles = bundles;
    }

    /** The reviews shipped with Cairn, checked against the bundles on the class path. */
    public static TranslationReviews shipped() {
        Properties lines = new Properties();
        try (InputStream in = TranslationReviews.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the translation reviews could not be read", e);
        }
        return new TranslationReviews(lines, TranslationReviews::bundleBytes);
    }

    /** The review recorded for {@code tag}, when every part of it is there and the date is a real one. */
    public Optional<Review> review(String tag) {
        String reviewer = field(tag, "reviewer");
        String reviewed = field(tag, "reviewed");
        String hash = field(tag, "sha256").toLowerCase(Locale.ROOT);
        if (reviewer.isEmpty() || reviewed.isEmpty() || !hash.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Review(tag, reviewer, LocalDate.parse(field(tag, "date")), reviewed, hash));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code tag}'s bundle is, byte for byte, the one a reviewer signed off. */
    public boolean signedOff(String tag) {
        Optional<Review> review = review(tag);
        byte[] bundle = bundles.apply(tag);
        return review.isPresent() && bundle != null && review.get().sha256().equals(sha256(bundle));
    }

    /** The tags that have a line in the file, whatever its state, so the tests can hold them to the bundles. */
    public java.util.Set<String> tags() {
        java.util.Set<String> tags = new java.util.TreeSet<>();
        lines.stringPropertyNames().forEach(key -> tags.add(key.contains(".") ? key.substring(0, key.indexOf('.'))
                : key));
        return tags;
    }

    private String field(String tag, String name) {
        String value = lines.getProperty(tag + "." + name);
        return value == null ? "" : value.strip();
    }

    /** The bundle file's name for a tag: {@code messages_pt_BR.properties} for {@code pt-BR}. */
    public static String bundleFile(String tag) {
        return "messages_" + tag.replace('-', '_') + ".properties";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] bundleBytes(String tag) {
        try (InputStream in = TranslationReviews.class.getResourceAsStream("/org/cairn/ui/" + bundleFile(tag))) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a translation could not be read", e);
        }
    }
}
