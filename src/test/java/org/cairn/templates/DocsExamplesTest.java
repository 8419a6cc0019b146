package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/TEMPLATES.md stays true: its examples are valid and canonical, and its table lists every placeholder. */
class DocsExamplesTest {
    private static final Pattern EXAMPLE = Pattern.compile("```cairn-template\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyExampleIsValidAndCanonical() throws Exception {
        List<String> examples = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(doc());
        while (matcher.find()) {
            examples.add(matcher.group(1));
        }
        assertThat(examples).hasSize(3);
        for (String example : examples) {
            assertThat(new TemplateWriter().write(Problems.valid(example))).isEqualTo(example);
        }
    }

    @Test
    void thePlaceholderTableMatchesTheCatalogue() throws Exception {
        String doc = doc();
        for (PlaceholderDefinition p : PlaceholderCatalogue.standard().all()) {
            String sensitivity = p.sensitivity().map(SensitivityClass::token).orElse("—");
            assertThat(doc).contains("| `" + p.name() + "` | " + sensitivity + " | " + p.description() + " |");
        }
    }

    private static String doc() throws Exception {
        return Files.readString(Path.of("docs", "TEMPLATES.md"));
    }
}
