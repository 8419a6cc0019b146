package org.cairn.templates;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a template file and reports every problem in it, with line and column. Never runs anything from the
 * file, and reports problems as values: it does not throw on any input.
 */
public final class TemplateParser {
    private final PlaceholderCatalogue catalogue;
    private final TemplateLimits limits;

    public TemplateParser(PlaceholderCatalogue catalogue, TemplateLimits limits) {
        this.catalogue = catalogue;
        this.limits = limits;
    }

    /** A parser with the shipped catalogue and the standard limits. */
    public static TemplateParser standard() {
        return new TemplateParser(PlaceholderCatalogue.standard(), TemplateLimits.standard());
    }

    public TemplateLimits limits() {
        return limits;
    }

    public ParseResult parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    public ParseResult parse(byte[] bytes) {
        ProblemList problems = new ProblemList(limits.maxProblems());
        Optional<List<SourceLine>> read = SourceText.lines(bytes, limits, problems);
        if (read.isEmpty()) {
            return failed(problems);
        }
        List<SourceLine> lines = read.get();
        new CharacterCheck(limits).check(lines, problems);
        HeaderDraft header = new HeaderParser().parse(lines, problems);
        Optional<? extends TemplateBody> body = Optional.empty();
        List<PlaceholderUse> uses = new ArrayList<>();
        if (header.bodyStart >= 0 && header.kind != null) {
            body = header.kind.structured()
                    ? new StructuredBodyParser(header.kind).parse(lines, header.bodyStart, header.separatorLine,
                            problems)
                    : new MarkdownBodyParser(new PlaceholderScanner(catalogue)).parse(lines, header.bodyStart,
                            header.separatorLine, uses, problems);
        }
        if (body.isPresent() && body.get() instanceof MarkdownBody markdown) {
            new FillTimeCheck().check(markdown, uses, header.separatorLine + 1, problems);
        }
        new TemplateRules().check(header, uses, problems);
        Optional<TemplateHeader> built = header.build();
        if (!problems.isEmpty() || built.isEmpty() || body.isEmpty()) {
            return failed(problems);
        }
        return new ParseResult(Optional.of(new Template(built.get(), body.get())), List.of());
    }

    private static ParseResult failed(ProblemList problems) {
        if (problems.isEmpty()) {
            // Defensive: a template that could not be built always has a reason; never return "invalid, no why".
            problems.add(1, 1, "The template could not be read. Compare it with the examples in docs/TEMPLATES.md.");
        }
        return new ParseResult(Optional.empty(), problems.sorted());
    }
}
