package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;

/**
 * The parser never throws, every problem has a position and a message, and whatever parses without problems
 * writes back to text that parses to the same template and writes back to the same bytes.
 */
class TemplateParserFuzzTest {
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final TemplateLimits SMALL = new TemplateLimits(64 * 1024, 2000, 500);
    private static final String[] KINDS = {"safety-plan", "risk-checklist", "referral", "letter"};

    private final TemplateParser parser = new TemplateParser(PlaceholderCatalogue.standard(), SMALL);
    private final TemplateWriter writer = new TemplateWriter();

    @FuzzTest(maxDuration = "60s")
    void arbitraryFile(byte[] data) {
        RUNS.incrementAndGet();
        check(parser.parse(data));
    }

    /** A valid header with a fuzzed body reaches the body parsers far more often than random bytes do. */
    @FuzzTest(maxDuration = "60s")
    void fuzzedBody(FuzzedDataProvider data) {
        RUNS.incrementAndGet();
        String kind = data.pickValue(KINDS);
        String header = Samples.HEADER.formatted(kind, "third-sector", "refer-to-organisation",
                "location, contact, immigration");
        check(parser.parse(header + data.consumeRemainingAsString()));
    }

    private void check(ParseResult result) {
        for (Problem problem : result.problems()) {
            assertThat(problem.line()).isPositive();
            assertThat(problem.column()).isPositive();
            assertThat(problem.message()).isNotBlank();
        }
        assertThat(result.problems().size()).isLessThanOrEqualTo(SMALL.maxProblems() + 1);
        result.template().ifPresent(template -> {
            String written = writer.write(template);
            ParseResult again = parser.parse(written);
            assertThat(again.problems()).as(written).isEmpty();
            assertThat(again.template()).contains(template);
            assertThat(writer.write(again.template().orElseThrow())).isEqualTo(written);
        });
    }

    @AfterAll
    static void someInputsRan() {
        assertThat(RUNS.get()).as("seed inputs were executed").isGreaterThan(2);
    }
}
