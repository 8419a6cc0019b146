package org.cairn.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way the app writes dates and times, e.g. "25 Nov 2026" and "25 Nov 2026, 14:05". It travels with
 * {@link Messages} so every screen formats alike, whatever locale the JVM happens to start in (ADR 0016).
 */
public final class Dates {
    static final Locale BRITISH = Locale.UK;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter moment;

    public Dates(Locale locale, ZoneId zone) {
        this.locale = Objects.requireNonNull(locale);
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(Objects.requireNonNull(zone));
    }

    /**
     * The locale for dates: the system's when the words are translated into its language or it is another
     * English-speaking country's; otherwise British English, the language of the words and of the advocates.
     * A US or bare "en" locale (the usual default of headless and fresh systems) would give "Nov 25, 2026".
     *
     * @param wordsLocale the locale of the message bundle actually loaded (ROOT for the English words)
     */
    public static Locale forDates(Locale system, Locale wordsLocale) {
        String language = system.getLanguage();
        boolean translated = !wordsLocale.getLanguage().isEmpty() && !"en".equals(wordsLocale.getLanguage())
                && wordsLocale.getLanguage().equals(language);
        boolean otherEnglish = "en".equals(language) && !system.getCountry().isEmpty()
                && !"US".equals(system.getCountry());
        return translated || otherEnglish ? system : BRITISH;
    }

    public Locale locale() {
        return locale;
    }

    /** A calendar day, or "" for none. */
    public String day(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    /** A moment as a local date and time, or "" for none. */
    public String moment(Instant at) {
        return at == null ? "" : moment.format(at);
    }
}
