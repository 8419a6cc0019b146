package org.cairn.casebook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A human-friendly case reference such as {@code C-2026-0042}: year of opening and a per-year sequence. */
public record CaseReference(int year, int sequence) {
    private static final Pattern FORMAT = Pattern.compile("C-(\\d{4})-(\\d{4,9})");

    public CaseReference {
        if (year < 1900 || year > 9999 || sequence < 1) {
            throw new IllegalArgumentException("invalid case reference");
        }
    }

    public static CaseReference parse(String text) {
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a case reference looks like C-2026-0042");
        }
        return new CaseReference(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public String toString() {
        return String.format("C-%04d-%04d", year, sequence);
    }
}
