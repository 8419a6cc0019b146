package org.cairn.templates;

import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: parse text and print problems compactly as "line:column: message". */
final class Problems {
    private static final TemplateParser PARSER = TemplateParser.standard();

    static List<Problem> of(String text) {
        return PARSER.parse(text).problems();
    }

    static String printed(String text) {
        return of(text).stream().map(p -> p.line() + ":" + p.column() + ": " + p.message())
                .collect(Collectors.joining("\n"));
    }

    static Template valid(String text) {
        ParseResult result = PARSER.parse(text);
        return result.template().orElseThrow(() -> new AssertionError(printed(text)));
    }

    private Problems() {
    }
}
