package org.cairn.templates;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds {@code {{name}}} in one line of a body. Deliberately tiny: no sections, conditions, loops, partials or
 * unescaped output, so a template can never do more than name a value.
 */
final class PlaceholderScanner {
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*");
    private static final String LOGIC = "#^/!>&=";

    private final PlaceholderCatalogue catalogue;
    private final List<String> names;

    PlaceholderScanner(PlaceholderCatalogue catalogue) {
        this.catalogue = catalogue;
        this.names = catalogue.all().stream().map(PlaceholderDefinition::name).toList();
    }

    void scan(SourceLine line, List<PlaceholderUse> uses, ProblemList problems) {
        String text = line.text();
        int from = 0;
        int open;
        int counted = 0;
        int column = 1;
        while ((open = text.indexOf("{{", from)) >= 0 && !problems.full()) {
            column += text.codePointCount(counted, open); // counted so far: a long line costs linear time
            counted = open;
            if (text.startsWith("{{{", open)) {
                problems.add(line.number(), column, "Triple braces are not supported: values are always inserted "
                        + "as plain text. Write {{name}} with two braces.");
                int close = text.indexOf("}}}", open + 3);
                from = close < 0 ? text.length() : close + 3;
                continue;
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                problems.add(line.number(), column, "This {{ is never closed on this line. Write placeholders as "
                        + "{{name}} on one line.");
                return;
            }
            check(text.substring(open + 2, close).strip(), line, column, uses, problems);
            from = close + 2;
        }
    }

    private void check(String name, SourceLine line, int column, List<PlaceholderUse> uses, ProblemList problems) {
        if (name.isEmpty()) {
            problems.add(line.number(), column, "This placeholder is empty. Write a name between the braces, such "
                    + "as {{client.alias}}, or delete it.");
        } else if (LOGIC.indexOf(name.charAt(0)) >= 0) {
            problems.add(line.number(), column, "Templates have no logic: sections, conditions, loops, comments "
                    + "and partials ({{#…}}, {{^…}}, {{/…}}, {{!…}}, {{>…}}) are not supported. Write the text "
                    + "plainly and use {{name}} only for values.");
        } else if (!NAME.matcher(name).matches()) {
            problems.add(line.number(), column, "'" + HeaderValues.shorten(name) + "' is not a placeholder name. "
                    + "Names look like client.alias: letters and digits, parts joined by dots.");
        } else {
            var definition = catalogue.find(name);
            if (definition.isPresent()) {
                uses.add(new PlaceholderUse(definition.get(), line.number(), column));
            } else {
                problems.add(line.number(), column, "Unknown placeholder {{" + HeaderValues.shorten(name) + "}}."
                        + Suggestions.didYouMean(name, names) + " docs/TEMPLATES.md lists every placeholder.");
            }
        }
    }
}
