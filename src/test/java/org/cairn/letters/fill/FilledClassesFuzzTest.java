package org.cairn.letters.fill;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.templates.MarkdownBody;
import org.cairn.templates.ParseResult;
import org.cairn.templates.PlaceholderCatalogue;
import org.cairn.templates.PlaceholderDefinition;
import org.cairn.templates.SensitivityClass;
import org.cairn.templates.TemplateParser;
import org.junit.jupiter.api.AfterAll;

/**
 * Whatever body a template has, once it passes the template check the filled letter never contains the value of
 * a placeholder whose sensitive class the template did not declare: escaped braces, character references and
 * other spellings cannot slip a placeholder past the check.
 */
class FilledClassesFuzzTest {
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final String HEADER = """
            cairn-template: 1
            id: fuzzed
            version: 1
            title: Fuzzed
            kind: letter
            language: en-GB
            recipient: third-sector
            consent: none
            sensitive: %s
            requires-oisc: no
            source: Test
            last-checked: 2026-11-25
            translation: original
            ---

            """;
    private static final String[] PIECES = {"{{", "}}", "\\{", "\\}", "&#123;", "&#125;", "&lbrace;", "&rbrace;",
        "&#x7B;", "&#x7D;", "`", "[a](", ")", "<b>", "client.address", "client.phone", "case.nrpf", "client.alias",
        " ", "\n", "\n\n", "    ", "```\n", "*", "\\"};

    private final TemplateParser parser = TemplateParser.standard();
    private final BodyFiller filler = new BodyFiller();
    private final PlaceholderCatalogue catalogue = PlaceholderCatalogue.standard();

    @FuzzTest(maxDuration = "60s")
    void filledLetterCarriesOnlyDeclaredClasses(FuzzedDataProvider data) {
        RUNS.incrementAndGet();
        Set<SensitivityClass> declared = EnumSet.noneOf(SensitivityClass.class);
        for (SensitivityClass c : SensitivityClass.values()) {
            if (data.consumeBoolean()) {
                declared.add(c);
            }
        }
        StringBuilder body = new StringBuilder();
        int pieces = data.consumeInt(0, 40);
        for (int i = 0; i < pieces; i++) {
            body.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(6));
        }
        String sensitive = declared.isEmpty() ? "none"
                : String.join(", ", declared.stream().map(SensitivityClass::token).toList());
        ParseResult result = parser.parse(HEADER.formatted(sensitive) + body + "\n");
        if (result.template().isEmpty()) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        List<PlaceholderDefinition> all = catalogue.all();
        for (int i = 0; i < all.size(); i++) {
            values.put(all.get(i).name(), "VALUE" + i + "Z");
        }
        FilledBody filled = filler.fill((MarkdownBody) result.template().get().body(), values);
        String text = text(filled);
        for (int i = 0; i < all.size(); i++) {
            PlaceholderDefinition definition = all.get(i);
            if (definition.sensitivity().filter(c -> !declared.contains(c)).isPresent()) {
                assertThat(text).as(body.toString()).doesNotContain("VALUE" + i + "Z");
            }
        }
    }

    private static String text(FilledBody filled) {
        StringBuilder out = new StringBuilder(filled.subject().orElse(""));
        for (Block block : filled.blocks()) {
            List<List<Inline>> runs = block instanceof Block.Heading h ? List.of(h.inlines())
                    : block instanceof Block.Paragraph p ? List.of(p.inlines())
                    : block instanceof Block.BulletList l ? l.items() : ((Block.NumberedList) block).items();
            runs.forEach(run -> run.forEach(inline -> out.append(inline.text()).append('\n')));
        }
        return out.toString();
    }

    @AfterAll
    static void someInputsRan() {
        assertThat(RUNS.get()).as("seed inputs were executed").isGreaterThan(0);
    }
}
