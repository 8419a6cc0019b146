package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spellings that only become a placeholder once Markdown is read are refused, so the check sees every one. */
class FillTimePlaceholderTest {
    private final TemplateParser parser = TemplateParser.standard();

    @ParameterizedTest
    @ValueSource(strings = {"\\{\\{client.address}}", "&#123;&#123;client.address&#125;&#125;",
        "&lbrace;&lbrace;client.address&rbrace;&rbrace;", "&#x7B;{client.address}&#x7D;",
        "{&#123;client.address}}", "[here](https://x.invalid/&#123;&#123;client.address&#125;&#125;)"})
    void aPlaceholderHiddenFromTheLineScanIsRefused(String hidden) {
        ParseResult result = parser.parse(Samples.HEADER.formatted("letter", "third-sector", "none", "none")
                + "Dear reader, " + hidden + "\n");

        assertThat(result.template()).isEmpty();
        assertThat(result.problems()).anyMatch(p -> p.message().contains("{{client.address}}")
                && p.message().contains("cannot see"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dear {{client.alias}}", "Braces as text: \\{ and \\}", "A code span `{x}`"})
    void plainPlaceholdersAndLiteralBracesStillParse(String body) {
        ParseResult result = parser.parse(Samples.HEADER.formatted("letter", "third-sector", "none", "none")
                + body + "\n");

        assertThat(result.problems()).isEmpty();
        assertThat(PlaceholderTokens.atFillTime(body)).isEqualTo(PlaceholderTokens.names(body.replace("\\", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001B[2J", "\u0000", "\u202E"})
    void messagesShowControlAndInvisibleCharactersEscaped(String control) {
        ParseResult result = parser.parse(Samples.HEADER.formatted("letter", "third-sector", "none", "none")
                .replace("id: sample", "id: sam" + control + "ple") + "Hello {{x" + control + "y}}\n");

        assertThat(result.problems()).isNotEmpty();
        List<String> messages = result.problems().stream().map(Problem::message).toList();
        assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContain(control));
        String escaped = String.format("\\u%04X", control.codePointAt(0));
        assertThat(messages).anyMatch(m -> m.contains("The id") && m.contains(escaped));
    }
}
