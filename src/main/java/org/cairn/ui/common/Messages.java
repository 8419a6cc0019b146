package org.cairn.ui.common;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** Every user-facing string, looked up by a dotted key in {@code org/cairn/ui/messages.properties}. */
public final class Messages {
    public static final String BUNDLE = "org.cairn.ui.messages";
    private final ResourceBundle bundle;
    private final Locale locale;
    private final Dates dates;

    public Messages(ResourceBundle bundle, Locale locale) {
        this(bundle, locale, new Dates(Dates.forDates(locale, bundle.getLocale()), ZoneId.systemDefault()));
    }

    public Messages(ResourceBundle bundle, Locale locale, Dates dates) {
        this.bundle = Objects.requireNonNull(bundle);
        this.locale = Objects.requireNonNull(locale);
        this.dates = Objects.requireNonNull(dates);
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    /** How dates and times are written, the same on every screen. */
    public Dates dates() {
        return dates;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
