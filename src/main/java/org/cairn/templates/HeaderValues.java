package org.cairn.templates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks one header value and stores it in the draft, or reports why it is not acceptable. */
final class HeaderValues {
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final int MAX_ID = 64;
    static final int MAX_TITLE = 200;
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    void read(HeaderField field, String value, HeaderParser.Position at, HeaderDraft draft, ProblemList problems) {
        Reporter report = message -> problems.add(at.line(), at.column(), message);
        switch (field) {
            case FORMAT -> {
                if (!value.equals("1")) {
                    report.say("This file is in template format '" + value + "', and this Cairn reads format 1. "
                            + "Write cairn-template: 1, or update Cairn if the file came from a newer version.");
                }
            }
            case ID -> draft.id = id(value, "The id", report);
            case VERSION -> {
                if (VERSION.matcher(value).matches()) {
                    draft.version = Integer.valueOf(value);
                } else {
                    report.say("The version must be a whole number from 1 upwards, such as 1 or 12, without "
                            + "leading zeros.");
                }
            }
            case TITLE -> draft.title = title(value, report);
            case KIND -> draft.kind = token(TemplateKind.class, value, "kind", report);
            case LANGUAGE -> draft.language = language(value, report);
            case RECIPIENT -> draft.recipient = token(RecipientKind.class, value, "recipient", report);
            case CONSENT -> draft.consent = token(ConsentNeed.class, value, "consent", report);
            case SENSITIVE -> draft.sensitive = sensitive(value, report);
            case REQUIRES_OISC -> draft.requiresOisc = yesNo(value, report);
            case SOURCE -> draft.source = value;
            case LAST_CHECKED -> draft.lastChecked = date(value, report);
            case TRANSLATION -> draft.translation = token(TranslationStatus.class, value, "translation", report);
        }
    }

    static String id(String value, String what, Reporter report) {
        if (value.length() > MAX_ID || !ID.matcher(value).matches()) {
            report.say(what + " '" + shorten(value) + "' is not usable. Use up to " + MAX_ID + " lower-case "
                    + "letters, digits and single hyphens, starting with a letter, such as plan-leaving."
                    + hiddenCharacter(value));
            return null;
        }
        return value;
    }

    private static String title(String value, Reporter report) {
        if (value.codePointCount(0, value.length()) > MAX_TITLE) {
            report.say("The title is longer than " + MAX_TITLE + " characters. Shorten it.");
            return null;
        }
        return value;
    }

    private static <E extends Enum<E>> E token(Class<E> type, String value, String what, Reporter report) {
        Optional<E> parsed = Tokens.parse(type, value);
        if (parsed.isEmpty()) {
            report.say("Unknown " + what + " '" + shorten(value) + "'. Use " + Tokens.choices(type) + ".");
        }
        return parsed.orElse(null);
    }

    private static String language(String value, Reporter report) {
        try {
            String canonical = new Locale.Builder().setLanguageTag(value).build().toLanguageTag();
            if (canonical.equals(value) && !canonical.equals("und")) {
                return value;
            }
            report.say("Write the language tag as " + canonical + ".");
        } catch (IllformedLocaleException e) {
            report.say("'" + shorten(value) + "' is not a language tag. Use a BCP 47 tag such as en-GB, es, pt-BR, "
                    + "ur or bn.");
        }
        return null;
    }

    private static Set<SensitivityClass> sensitive(String value, Reporter report) {
        if (value.equals("none")) {
            return Set.of();
        }
        Set<SensitivityClass> classes = EnumSet.noneOf(SensitivityClass.class);
        boolean ok = true;
        for (String part : value.split(",", -1)) {
            Optional<SensitivityClass> parsed = Tokens.parse(SensitivityClass.class, part.strip());
            if (parsed.isEmpty()) {
                report.say("Unknown sensitive field class '" + shorten(part.strip()) + "'. Write none, or a comma-"
                        + "separated list of " + Tokens.choices(SensitivityClass.class) + ".");
                ok = false;
            } else if (!classes.add(parsed.get())) {
                report.say(parsed.get().token() + " is listed twice under sensitive. List it once.");
                ok = false;
            }
        }
        return ok ? classes : null;
    }

    private static Boolean yesNo(String value, Reporter report) {
        if (value.equals("yes") || value.equals("no")) {
            return value.equals("yes");
        }
        report.say("requires-oisc must be yes or no.");
        return null;
    }

    private static LocalDate date(String value, Reporter report) {
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                // falls through to the message below
            }
        }
        report.say("'" + shorten(value) + "' is not a date. Write it as year-month-day, such as 2026-11-25.");
        return null;
    }

    /** At most 60 characters, with control and invisible characters shown escaped (a message never carries them). */
    static String shorten(String value) {
        String shown = value.codePointCount(0, value.length()) <= 60 ? value
                : value.substring(0, value.offsetByCodePoints(0, 57)) + "…";
        return Printable.of(shown);
    }

    /** Names the first invisible or control character in a value, or says nothing when there is none. */
    static String hiddenCharacter(String value) {
        return value.codePoints().filter(Printable::hidden).limit(1)
                .mapToObj(cp -> " It contains the invisible character " + Printable.describe(cp) + "; delete it.")
                .findFirst().orElse("");
    }

    /** Where a message about the value goes. */
    @FunctionalInterface
    interface Reporter {
        void say(String message);
    }
}
