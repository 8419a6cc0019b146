package org.cairn.ui.common;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user-facing string, looked up by a dotted key in {@code org/cairn/ui/messages.properties} (or a translation
 * beside it). Every value is an ICU message pattern, so a translation can say "1 case" and "2 cases" (or its own
 * language's plural forms) from one key, and an apostrophe is written as itself (ADR 0045).
 */
public final class Messages {
    public static final String BUNDLE = "org.cairn.ui.messages";
    /** The bundle's own statement of its writing direction: {@code rtl} for right-to-left languages. */
    static final String DIRECTION_KEY = "app.direction";
    private final ResourceBundle bundle;
    private final Locale locale;
    private final Dates dates;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Messages(ResourceBundle bundle, Locale locale) {
        this(bundle, locale, new Dates(Dates.forDates(locale, bundle.getLocale()), ZoneId.systemDefault()));
    }

    public Messages(ResourceBundle bundle, Locale locale, Dates dates) {
        this.bundle = Objects.requireNonNull(bundle);
        this.locale = Objects.requireNonNull(locale);
        this.dates = Objects.requireNonNull(dates);
    }

    /**
     * The words for a language, falling back to English and never to the operating system's language: a language
     * chosen in Settings must not turn into the system's where a translation lacks it.
     */
    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /** How dates and times are written, the same on every screen. */
    public Dates dates() {
        return dates;
    }

    /** The language the words are shown in, as chosen (the system's or the one set in Settings). */
    public Locale locale() {
        return locale;
    }

    /** Whether the screens are laid out right to left: the words' bundle says so for its language. */
    public boolean rightToLeft() {
        return bundle.containsKey(DIRECTION_KEY) && "rtl".equals(bundle.getString(DIRECTION_KEY).strip());
    }

    /** A message without arguments. It is still read as a pattern, so {@code ''} shows one apostrophe everywhere. */
    public String get(String key) {
        return format(key);
    }

    public String format(String key, Object... arguments) {
        MessageFormat format = formats.computeIfAbsent(key,
                k -> new MessageFormat(bundle.getString(k), ULocale.forLocale(locale)));
        // A format keeps state while it works, and screens' background tasks share this object.
        synchronized (format) {
            return format.format(arguments);
        }
    }
}
