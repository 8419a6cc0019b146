package org.cairn.letters.lists;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.Casebook;
import org.cairn.names.Names;
import org.cairn.templates.RecipientKind;

/**
 * The statutory bodies an advocate meets, with their common names and abbreviations, each line
 * {@code KIND: name} where KIND is {@code statutory} or {@code immigration-authority}. A typed recipient whose
 * name or organisation matches an entry (the same name, or every word of it with more around it) takes that kind.
 */
public final class StatutoryBodies {
    public static final String KEY = "names.statutory-bodies";
    static final String RESOURCE = "/org/cairn/letters/lists/statutory-bodies.txt";
    private final EditableList list;
    private final Names names;

    public StatutoryBodies(Casebook casebook) {
        this(new EditableList(casebook, KEY, RESOURCE), casebook.names());
    }

    StatutoryBodies(EditableList list, Names names) {
        this.list = Objects.requireNonNull(list);
        this.names = Objects.requireNonNull(names);
    }

    public EditableList list() {
        return list;
    }

    /** The listed kind for a recipient of these names; immigration authority wins over statutory. */
    public Optional<RecipientKind> kindOf(List<String> recipientNames) {
        Optional<RecipientKind> found = Optional.empty();
        for (String line : list.entries()) {
            Entry entry = Entry.parse(line);
            if (entry == null) {
                continue;
            }
            boolean matches = recipientNames.stream().filter(Objects::nonNull)
                    .anyMatch(name -> names.compare(name, entry.name()).resembles());
            if (matches && (found.isEmpty() || entry.kind() == RecipientKind.IMMIGRATION_AUTHORITY)) {
                found = Optional.of(entry.kind());
            }
        }
        return found;
    }

    /** Lines that cannot be read, so an edit can be refused with a message naming them (1-based numbers). */
    public static List<Integer> unreadableLines(String text) {
        List<String> lines = text.lines().toList();
        return java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> !lines.get(i).isBlank() && !lines.get(i).strip().startsWith("#")
                        && Entry.parse(lines.get(i).strip()) == null)
                .mapToObj(i -> i + 1).toList();
    }

    private record Entry(RecipientKind kind, String name) {
        static Entry parse(String line) {
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank()) {
                return null;
            }
            String token = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            for (RecipientKind kind : List.of(RecipientKind.STATUTORY, RecipientKind.IMMIGRATION_AUTHORITY)) {
                if (kind.token().equals(token)) {
                    return new Entry(kind, line.substring(colon + 1).strip());
                }
            }
            return null;
        }
    }
}
