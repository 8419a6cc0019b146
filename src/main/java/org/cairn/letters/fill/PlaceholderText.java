package org.cairn.letters.fill;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.templates.PlaceholderTokens;

/**
 * Replaces {@code {{name}}} in one piece of template text, in a single pass: an inserted value is never scanned
 * again, so a value that itself looks like {@code {{case.reference}}} stays exactly as typed.
 */
final class PlaceholderText {
    // The same definition the template check uses, so the check sees every placeholder filled here.
    private static final Pattern PLACEHOLDER = PlaceholderTokens.PLACEHOLDER;

    private PlaceholderText() {
    }

    /**
     * @param used receives each name found, in order (repeats included)
     * @param missing receives each name with no value or a blank one
     */
    static String fill(String template, Map<String, String> values, List<String> used, Set<String> missing) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length());
        int last = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            used.add(name);
            String value = values.get(name);
            out.append(template, last, matcher.start());
            if (value == null || value.isBlank()) {
                missing.add(name);
            } else {
                out.append(oneLine(value));
            }
            last = matcher.end();
        }
        return out.append(template, last, template.length()).toString();
    }

    /** Values inside running text stay on one line: an address typed over several lines reads "a, b, c". */
    static String oneLine(String value) {
        return value.strip().replaceAll("\\s*\\R\\s*", ", ");
    }
}
