package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.Casebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    @TempDir
    Path dir;

    @Test
    void fieldsAreQuotedOnlyWhenRfc4180NeedsIt() {
        assertThat(Csv.record(List.of("a", "b c", "x,y", "say \"hi\"", "two\nlines", ""))).isEqualTo(
                "a,b c,\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void anExportIsFourFilesWithNoIdentifierDateOrFreeTextAndItNeverOverwrites() throws Exception {
        Casebook book = StatsCasebooks.demo(dir.resolve("book"), 300, 3);
        List<String> aliases = book.transactions().read(r -> r.query("SELECT alias FROM client",
                row -> row.getString(1)));
        Publication publication;
        try {
            publication = StatsCasebooks.publisher(book).publish(PublicationRequest.of(
                    new QuarterRange(Quarter.parse("2025Q4"), Quarter.parse("2026Q3"))));
        } finally {
            StatsCasebooks.close(book);
        }
        Path out = dir.resolve("out");
        List<Path> files = new CsvExport("9.9.9").write(publication, out);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("counts.csv", "metadata.csv", "README.txt", "report.pdf");

        String counts = Files.readString(out.resolve("counts.csv"), StandardCharsets.UTF_8);
        List<String> lines = List.of(counts.split("\r\n", -1));
        assertThat(lines.get(0)).isEqualTo("table,period,revision,counting_rule,row_dimension,row_category,"
                + "column_dimension,column_category,value");
        assertThat(lines.get(lines.size() - 1)).as("every record ends with CRLF").isEmpty();
        String tidy = "[a-z_]+,20\\d\\dQ[1-4],\\d+,consented,[a-z_]*,[a-z_]*,[a-z_]*,[a-z_]*,(\\d+|\\[c\\])";
        assertThat(lines.subList(1, lines.size() - 1)).allMatch(l -> l.matches(tidy), "tidy record");
        assertThat(counts).contains("open_cases,2026Q3,0,consented,,,,,")
                .contains("gp_refused_by_immigration_category,2026Q1,0,consented,gp_refused,yes,"
                        + "immigration_category,undocumented,");

        String readme = Files.readString(out.resolve("README.txt"), StandardCharsets.UTF_8);
        String metadata = Files.readString(out.resolve("metadata.csv"), StandardCharsets.UTF_8);
        assertThat(metadata).contains("periods,2025Q4-2026Q3").contains("threshold,10").contains("rounding_base,5")
                .contains("counting_rule,consented").contains("hidden_mark,[c]").contains("cairn_version,9.9.9").contains("cell-key");
        assertThat(readme).contains("Counted: only cases whose client's consent").contains("[c] marks a hidden count")
                .contains("referrals_by_kind_and_outcome: Referrals made, by kind of recipient and outcome")
                .contains("safety_plans_completed: Safety plans completed").contains("a case with two counts twice");
        assertThat(counts).contains("referrals_by_kind_and_outcome,2026Q2,0,consented,referral_kind,third_sector,"
                + "referral_outcome,no_response,");
        for (String text : List.of(counts, readme, metadata)) {
            assertThat(text).doesNotContainPattern("C-\\d{4}-\\d{4}").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            for (String alias : aliases) {
                assertThat(text).doesNotContain(alias);
            }
        }
        assertThatThrownBy(() -> new CsvExport("9.9.9").write(publication, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(out.resolve("counts.csv"), StandardCharsets.UTF_8)).isEqualTo(counts);
    }
}
