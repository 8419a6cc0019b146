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
        return date == null ? "" : withoutMarks(day.format(date));
    }

    /**
     * Reads a typed day: the app's own form ("7 Dec 2026"), the month in full, the locale's short numeric form
     * ("07/12/2026" in Britain) or ISO ("2026-12-07"). Blank reads as no day.
     *
     * @throws java.time.format.DateTimeParseException when the text is none of these; a date picker then keeps
     *     the day it had
     */
    public LocalDate parseDay(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = withoutMarks(text).strip();
        java.time.format.DateTimeParseException first = null;
        for (DateTimeFormatter form : readable()) {
            try {
                return existing(typed, form, LocalDate.parse(typed, form));
            } catch (java.time.format.DateTimeParseException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    /** The lenient reading turns 31 February into 28 February; a day that does not exist is refused instead. */
    private static LocalDate existing(String typed, DateTimeFormatter form, LocalDate read) {
        var raw = form.parseUnresolved(typed, new java.text.ParsePosition(0));
        var dayOfMonth = java.time.temporal.ChronoField.DAY_OF_MONTH;
        if (raw != null && raw.isSupported(dayOfMonth) && raw.getLong(dayOfMonth) != read.getDayOfMonth()) {
            throw new java.time.format.DateTimeParseException("no such day", typed, 0);
        }
        return read;
    }

    private java.util.List<DateTimeFormatter> readable() {
        // Without the direction marks, as day() writes them (an Arabic date read back must match its own pattern).
        return java.util.List.of(day, DateTimeFormatter.ofPattern(withoutMarks(localized(FormatStyle.MEDIUM)), locale),
                DateTimeFormatter.ofPattern("d MMMM uuuu", locale), DateTimeFormatter.ofPattern("d MMM uuuu", locale),
                DateTimeFormatter.ofPattern(withoutMarks(localized(FormatStyle.SHORT)), locale),
                DateTimeFormatter.ofPattern(withoutMarks(shortNumeric()), locale), DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private String localized(FormatStyle style) {
        return java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                java.time.chrono.IsoChronology.INSTANCE, locale);
    }

    // Four-digit years in the locale's numeric order, so "07/12/2026" is read as the locale writes it.
    private String shortNumeric() {
        String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT,
                null, java.time.chrono.IsoChronology.INSTANCE, locale);
        return pattern.replaceAll("y+", "uuuu").replaceAll("d+", "d").replaceAll("M+", "M");
    }

    /** For date pickers: they show and read days as the rest of the app writes them, not as "12/7/2026". */
    public javafx.util.StringConverter<LocalDate> converter() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return day(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parseDay(text);
            }
        };
    }

    /** A date picker that shows and reads days in the app's one format. */
    public javafx.scene.control.DatePicker picker() {
        javafx.scene.control.DatePicker picker = new javafx.scene.control.DatePicker();
        picker.setConverter(converter());
        return picker;
    }

    /** A moment as a local date and time, or "" for none. */
    public String moment(Instant at) {
        return at == null ? "" : withoutMarks(moment.format(at));
    }

    /**
     * Arabic and Urdu dates come with invisible direction marks (U+061C, U+200E, U+200F) between their parts.
     * JavaFX 21 draws them as empty boxes in a right-to-left window; the window's own direction already orders a
     * date's digits and separators, so they are left out.
     */
    private static String withoutMarks(String text) {
        return text.replaceAll("[\u061C\u200E\u200F]", "");
    }
}
