package org.cairn.templates;

import java.util.Set;

/** Splits detail lines ({@code  key: value}, indented by two spaces) and refuses unknown or repeated keys. */
final class BlockReader {
    private BlockReader() {
    }

    /** Adds the detail to {@code draft}; reports and returns false when it is not acceptable. */
    static boolean attribute(SourceLine line, ItemDraft draft, Set<String> allowed, String owner,
            ProblemList problems) {
        String text = line.text();
        int colon = text.indexOf(':');
        if (colon < 0) {
            problems.add(line.number(), 3, "Detail lines look like '  guidance: text', and this one has no colon.");
            return false;
        }
        String key = text.substring(2, colon).strip();
        if (!allowed.contains(key)) {
            problems.add(line.number(), 3, "Unknown detail '" + HeaderValues.shorten(key) + "' for this " + owner + "."
                    + Suggestions.didYouMean(key, allowed) + " Use " + Tokens.oneOf(allowed.stream().sorted()
                            .toArray(String[]::new)) + ".");
            return false;
        }
        ItemDraft.Attribute earlier = draft.attribute(key);
        if (earlier != null) {
            problems.add(line.number(), 3, "This " + owner + " already has a " + key + " line (line "
                    + earlier.line() + "). Keep only one.");
            return false;
        }
        String raw = text.substring(colon + 1);
        String value = raw.strip();
        int column = line.column(value.isEmpty() ? colon + 1 : colon + 1 + raw.indexOf(value));
        if (value.isEmpty()) {
            problems.add(line.number(), column, "The " + key + " line has no text. Write it after the colon, or "
                    + "delete the line.");
            return false;
        }
        draft.attributes.add(new ItemDraft.Attribute(key, value, line.number(), column));
        return true;
    }
}
