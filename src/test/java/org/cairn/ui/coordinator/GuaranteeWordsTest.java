package org.cairn.ui.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cairn.ui.common.Fakes;
import org.junit.jupiter.api.Test;

/** The coordinator screen promises exactly what docs/DISCLOSURE.md's guarantee table promises, in the same words. */
class GuaranteeWordsTest {
    private static final String SECTION = "### What each guarantee covers";

    @Test
    void theScreenShowsTheGuaranteeTableOfTheDisclosureMethodWordForWord() throws IOException {
        List<Guarantees.Row> documented = documentedRows();
        assertThat(documented).as("the table in DISCLOSURE.md").hasSizeGreaterThanOrEqualTo(5);
        assertThat(Guarantees.rows(Fakes.messages())).containsExactlyElementsOf(documented);
    }

    @Test
    void theTableCoversEveryAttackTheMethodIsMeantToWithstand() throws IOException {
        List<String> attacks = documentedRows().stream().map(Guarantees.Row::attack).toList();
        for (String attack : List.of("revisions", "Interval reasoning", "several quarters", "restored", "Collusion")) {
            assertThat(attacks).as(attack).anyMatch(a -> a.contains(attack));
        }
        assertThat(documentedRows()).allMatch(row -> !row.left().isBlank() && !row.holds().isBlank());
    }

    private static List<Guarantees.Row> documentedRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/DISCLOSURE.md"));
        int start = lines.indexOf(SECTION);
        assertThat(start).as("DISCLOSURE.md has the section %s", SECTION).isNotNegative();
        List<Guarantees.Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("| ") || line.startsWith("| attack |")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                    .map(String::strip).toList();
            assertThat(cells).as(line).hasSize(3);
            rows.add(new Guarantees.Row(cells.get(0), cells.get(1), cells.get(2)));
        }
        return rows;
    }
}
