package org.cairn.templates;

import java.util.List;

/** Reads the header block: {@code key: value} lines up to a line holding only {@code ---}. */
final class HeaderParser {
    static final String SEPARATOR = "---";

    private final HeaderValues values = new HeaderValues();

    HeaderDraft parse(List<SourceLine> lines, ProblemList problems) {
        HeaderDraft draft = new HeaderDraft();
        int index = 0;
        for (; index < lines.size(); index++) {
            SourceLine line = lines.get(index);
            String text = line.text();
            if (text.strip().equals(SEPARATOR)) {
                draft.bodyStart = index + 1;
                draft.separatorLine = line.number();
                break;
            }
            if (!text.isBlank() && !problems.full()) {
                field(line, draft, problems);
            }
        }
        if (draft.bodyStart < 0) {
            SourceLine last = lines.get(lines.size() - 1);
            draft.separatorLine = last.number();
            problems.add(last.number() + 1, 1, "The header never ends. Add a line with only --- after the last "
                    + "header field, then the body.");
        }
        for (HeaderField field : HeaderField.values()) {
            if (!draft.lines.containsKey(field)) {
                problems.add(draft.separatorLine, 1, "The header has no " + field.key() + " line. Add one above "
                        + "the --- line (docs/TEMPLATES.md lists every header field).");
            }
        }
        return draft;
    }

    private void field(SourceLine line, HeaderDraft draft, ProblemList problems) {
        String text = line.text();
        int colon = text.indexOf(':');
        if (colon < 0) {
            problems.add(line.number(), 1, "Header lines look like key: value, and this one has no colon. "
                    + "If the header is finished, add a line with only --- before the body.");
            return;
        }
        String key = text.substring(0, colon).strip();
        int keyColumn = line.column(text.indexOf(key.isEmpty() ? ":" : key));
        var field = HeaderField.byKey(key);
        if (field.isEmpty()) {
            problems.add(line.number(), keyColumn, "Unknown header field '" + key + "'."
                    + Suggestions.didYouMean(key, HeaderField.keys()) + " The fields are "
                    + String.join(", ", HeaderField.keys()) + ".");
            return;
        }
        Integer earlier = draft.lines.putIfAbsent(field.get(), line.number());
        if (earlier != null) {
            problems.add(line.number(), keyColumn, "The " + key + " field is given twice (first on line " + earlier
                    + "). Keep only one.");
            return;
        }
        String raw = text.substring(colon + 1);
        String value = raw.strip();
        int valueColumn = value.isEmpty() ? line.column(colon + 1)
                : line.column(colon + 1 + raw.indexOf(value));
        if (value.isEmpty()) {
            problems.add(line.number(), valueColumn, "The " + key + " field has no value. Write one after the "
                    + "colon.");
            return;
        }
        values.read(field.get(), value, new Position(line.number(), valueColumn), draft, problems);
    }

    /** Where a value starts, for messages about it. */
    record Position(int line, int column) {
    }
}
