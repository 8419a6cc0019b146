package org.cairn.templates;

import java.util.List;
import java.util.Optional;

/** The outcome of reading a template file: the template when there are no problems, else every problem found. */
public record ParseResult(Optional<Template> template, List<Problem> problems) {
    public ParseResult {
        problems = List.copyOf(problems);
        if (template.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result has either a template or problems");
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
