package org.cairn.casebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the service directory says about one organisation. Lists hold short free-text values (a service, a
 * language, an area) in the order the organisation wrote them. Every value is one line without control
 * characters, and list values have no commas, so any entry can go to a directory file and back unchanged.
 *
 * @param phone public contact details; null when not known
 * @param lastChecked when someone last confirmed these details; null when never
 */
public record DirectoryDetails(String name, RecipientKind kind, List<String> services, List<String> languages,
        List<String> areas, String howToRefer, String phone, String email, String address, LocalDate lastChecked) {
    public DirectoryDetails {
        if (name == null || name.isBlank()) {
            throw new DirectoryRefusedException(DirectoryRefusedException.Reason.NAME_NEEDED,
                    "a directory entry needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        for (String text : new String[] {name, howToRefer, phone, email, address}) {
            requirePlainLine(text);
        }
        name = name.strip();
        services = tidy(services);
        languages = tidy(languages);
        areas = tidy(areas);
        howToRefer = howToRefer == null ? "" : howToRefer.strip();
        phone = orNull(phone);
        email = orNull(email);
        address = orNull(address);
    }

    /** Outer spaces and empty values are dropped, so what is stored reads back equal. */
    private static List<String> tidy(List<String> values) {
        for (String value : values) {
            requirePlainLine(value);
            if (value.contains(",")) {
                throw new DirectoryRefusedException(DirectoryRefusedException.Reason.COMMA_IN_LIST,
                        "a service, language or area cannot contain a comma, "
                        + "because commas separate them");
            }
        }
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** One line of visible text, so every entry can be written to a directory file and read back unchanged. */
    private static void requirePlainLine(String text) {
        if (!DirectoryText.plain(text)) {
            throw new DirectoryRefusedException(DirectoryRefusedException.Reason.NOT_ONE_LINE,
                    "directory details must each fit on one line, without tabs or "
                    + "control characters");
        }
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
