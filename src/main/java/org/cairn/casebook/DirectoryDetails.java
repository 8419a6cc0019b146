package org.cairn.casebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the service directory says about one organisation. Lists hold short free-text values (a service, a
 * language, an area) in the order the organisation wrote them.
 *
 * @param phone public contact details; null when not known
 * @param lastChecked when someone last confirmed these details; null when never
 */
public record DirectoryDetails(String name, RecipientKind kind, List<String> services, List<String> languages,
        List<String> areas, String howToRefer, String phone, String email, String address, LocalDate lastChecked) {
    public DirectoryDetails {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a directory entry needs a name");
        }
        Objects.requireNonNull(kind, "kind");
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
        if (values.stream().anyMatch(v -> v.contains("\n") || v.contains("\r"))) {
            throw new IllegalArgumentException("each service, language and area must fit on one line");
        }
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
