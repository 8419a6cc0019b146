package org.cairn.templates;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads a referral or letter body: Markdown kept as written, with every placeholder found and checked. */
final class MarkdownBodyParser {
    private final PlaceholderScanner scanner;

    MarkdownBodyParser(PlaceholderScanner scanner) {
        this.scanner = scanner;
    }

    Optional<MarkdownBody> parse(List<SourceLine> lines, int start, int separatorLine, List<PlaceholderUse> uses,
            ProblemList problems) {
        int first = start;
        while (first < lines.size() && lines.get(first).text().isBlank()) {
            first++;
        }
        int last = lines.size() - 1;
        while (last >= first && lines.get(last).text().isBlank()) {
            last--;
        }
        if (first > last) {
            problems.add(separatorLine + 1, 1, "The body is empty. Write the text of the referral or letter below "
                    + "the --- line.");
            return Optional.empty();
        }
        List<SourceLine> body = lines.subList(first, last + 1);
        for (SourceLine line : body) {
            scanner.scan(line, uses, problems);
        }
        return Optional.of(new MarkdownBody(body.stream().map(SourceLine::text).collect(Collectors.joining("\n"))));
    }
}
