package org.cairn.ui.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairn.casebook.RestrictedContent;
import org.cairn.ui.common.Messages;

/**
 * A restricted case's unsealed content as sections of lines to read, most needed first: notes, her details, the
 * people causing harm, who she must never be contacted through, then the rest. Empty values are left out.
 */
final class RestrictedReading {
    /** One heading and its lines, as the reading pane shows them. */
    public record Section(String title, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** Her sealed details, column then the words for it, in the order an advocate needs them. */
    private static final List<Map.Entry<String, String>> CLIENT_FIELDS = List.of(
            Map.entry("alias", "casefile.restricted.field.alias"),
            Map.entry("legal_names", "casefile.restricted.field.legalNames"),
            Map.entry("date_of_birth", "casefile.restricted.field.dateOfBirth"),
            Map.entry("code_word", "casefile.restricted.field.codeWord"),
            Map.entry("safe_contact", "casefile.restricted.field.safeContact"),
            Map.entry("safe_times", "casefile.restricted.field.safeTimes"),
            Map.entry("phone", "casefile.restricted.field.phone"),
            Map.entry("email", "casefile.restricted.field.email"),
            Map.entry("address", "casefile.restricted.field.address"),
            Map.entry("nationality", "casefile.restricted.field.nationality"),
            Map.entry("nhs_number", "casefile.restricted.field.nhsNumber"),
            Map.entry("access_needs", "casefile.restricted.field.accessNeeds"),
            Map.entry("areas_to_avoid", "casefile.restricted.field.areasToAvoid"),
            Map.entry("children_ages", "casefile.restricted.field.childrenAges"));

    private final Messages messages;

    RestrictedReading(Messages messages) {
        this.messages = messages;
    }

    List<Section> sections(RestrictedContent content) {
        List<Section> sections = new ArrayList<>();
        add(sections, "casefile.notes", notes(content));
        add(sections, "casefile.client", client(content));
        add(sections, "casefile.abusers", each(content.rows("client_abuser"), row -> join(", ",
                text(row, "name"), text(row, "relationship"), text(row, "address"))));
        add(sections, "blocked.title", each(content.rows("client_blocked_recipient"), row -> join(": ",
                text(row, "name"), text(row, "reason"))));
        add(sections, "casefile.restricted.languages", each(content.rows("client_language"),
                row -> text(row, "language")));
        add(sections, "casefile.tasks", each(content.rows("task"), this::taskTitle));
        add(sections, "casefile.restricted.letters", each(content.rows("letter"), row -> join(": ",
                text(row, "recipient_name"), text(row, "subject"))));
        add(sections, "casefile.restricted.other", each(content.rows("case_file"),
                row -> label("casefile.restricted.field.homeOfficeReference", text(row, "home_office_reference"))));
        return sections;
    }

    private List<String> notes(RestrictedContent content) {
        return each(content.rows("note"), row -> {
            String when = row.get("written_at") instanceof Long at ? messages.dates().moment(Instant.ofEpochMilli(at))
                    : "";
            return messages.format("casefile.note.meta", text(row, "author"), when) + "\n" + text(row, "text");
        });
    }

    private List<String> client(RestrictedContent content) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> row : content.rows("client")) {
            for (Map.Entry<String, String> field : CLIENT_FIELDS) {
                String line = label(field.getValue(), text(row, field.getKey()));
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private String label(String key, String value) {
        return value == null ? null : messages.format("casefile.restricted.field", messages.get(key), value);
    }

    private static void add(List<Section> sections, String titleKey, List<String> lines, Messages messages) {
        if (!lines.isEmpty()) {
            sections.add(new Section(messages.get(titleKey), lines));
        }
    }

    private void add(List<Section> sections, String titleKey, List<String> lines) {
        add(sections, titleKey, lines, messages);
    }

    private static List<String> each(List<Map<String, Object>> rows, java.util.function.Function<Map<String, Object>,
            String> line) {
        return rows.stream().map(line).filter(l -> l != null && !l.isBlank()).toList();
    }

    /** A sealed task's title: as typed, or the bundle's words for the code Cairn stored (sealed since v8). */
    private String taskTitle(Map<String, Object> row) {
        java.util.Optional<org.cairn.casebook.TaskTitle> code = org.cairn.casebook.TaskTitle.stored(
                text(row, "title_code"));
        List<String> args = org.cairn.casebook.TaskTitleArgs.decode(text(row, "title_args"));
        if (code.isEmpty() || args.size() != code.get().arguments()) {
            return text(row, "title");
        }
        return messages.format(org.cairn.ui.common.TaskTitleWords.key(code.get()), args.toArray());
    }

    private static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                present.add(part);
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }
}
