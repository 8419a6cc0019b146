package org.cairn.templates;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses a body in which Markdown makes a placeholder the line-by-line scan did not see (written with escaped
 * braces, character references or the like): whatever the filler will replace must have been checked against
 * the template's declared sensitive classes.
 */
final class FillTimeCheck {
    void check(MarkdownBody body, List<PlaceholderUse> uses, int bodyLine, ProblemList problems) {
        // Written plainly, a placeholder is the line scan's business (it names unknown or malformed ones itself).
        Set<String> seen = new LinkedHashSet<>(PlaceholderTokens.names(body.text()));
        uses.forEach(use -> seen.add(use.definition().name()));
        Set<String> hidden = new LinkedHashSet<>(PlaceholderTokens.atFillTime(body.text()));
        hidden.removeAll(seen);
        for (String name : hidden) {
            if (problems.full()) {
                return;
            }
            problems.add(bodyLine, 1, "Once its Markdown is read, this body holds the placeholder {{"
                    + HeaderValues.shorten(Printable.of(name)) + "}}, written in a way the check cannot see "
                    + "(escaped braces, character references such as &#123;, or a link). Write it plainly as "
                    + "{{name}} if it is meant, or write the braces another way.");
        }
    }
}
