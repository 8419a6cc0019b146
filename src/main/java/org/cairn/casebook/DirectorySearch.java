package org.cairn.casebook;

import java.util.Locale;

/**
 * What to look for in the directory. Every non-blank part must match, ignoring case: {@code name} anywhere in
 * the name, the others anywhere in one of the entry's services, languages or areas.
 */
public record DirectorySearch(String name, String service, String language, String area, boolean includeArchived) {
    public static DirectorySearch all() {
        return new DirectorySearch(null, null, null, null, false);
    }

    public static DirectorySearch byName(String name) {
        return new DirectorySearch(name, null, null, null, false);
    }

    boolean matches(DirectoryEntry entry) {
        DirectoryDetails d = entry.details();
        return (includeArchived || !entry.archived()) && contains(d.name(), name)
                && anyContains(d.services(), service) && anyContains(d.languages(), language)
                && anyContains(d.areas(), area);
    }

    private static boolean anyContains(java.util.List<String> values, String wanted) {
        return blank(wanted) || values.stream().anyMatch(v -> contains(v, wanted));
    }

    private static boolean contains(String value, String wanted) {
        return blank(wanted) || value.toLowerCase(Locale.ROOT).contains(wanted.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
