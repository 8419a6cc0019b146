package org.cairn.casebook.directoryfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.DirectoryDetails;
import org.cairn.casebook.RecipientKind;
import org.junit.jupiter.api.Test;

class DirectoryFileTest {
    static final String GOOD = """
            # Shared by the East Vale forum.
            cairn-directory: 1

            name: Northbridge Women's Aid
            kind: third-sector
            services: refuge, outreach, children's support
            languages: English, Urdu, Punjabi
            areas: Northbridge, East Vale
            how-to-refer: Phone the duty worker, then email the referral form.
            phone: 01632 960101
            email: referrals@northbridge.example.org
            address: PO Box 12, Northbridge NB1 2AA
            last-checked: 2026-10-01

            # An office the client never deals with herself.
            name: East Vale Council Housing Options
            kind: statutory
            how-to-refer: Online form; ask for the domestic abuse lead.
            """;

    private final DirectoryFileParser parser = new DirectoryFileParser();
    private final DirectoryFileWriter writer = new DirectoryFileWriter();

    private DirectoryParseResult parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryDetailAndLeavesMissingOnesEmpty() {
        DirectoryParseResult result = parse(GOOD);
        assertThat(result.problems()).isEmpty();
        assertThat(result.entries()).containsExactly(
                new DirectoryDetails("Northbridge Women's Aid", RecipientKind.THIRD_SECTOR,
                        List.of("refuge", "outreach", "children's support"), List.of("English", "Urdu", "Punjabi"),
                        List.of("Northbridge", "East Vale"),
                        "Phone the duty worker, then email the referral form.", "01632 960101",
                        "referrals@northbridge.example.org", "PO Box 12, Northbridge NB1 2AA",
                        LocalDate.of(2026, 10, 1)),
                new DirectoryDetails("East Vale Council Housing Options", RecipientKind.STATUTORY, List.of(),
                        List.of(), List.of(), "Online form; ask for the domestic abuse lead.", null, null, null,
                        null));
    }

    @Test
    void writtenFilesReadBackToTheSameEntriesAndTheSameBytes() {
        List<DirectoryDetails> entries = parse(GOOD).entries();
        byte[] written = writer.write(entries);
        DirectoryParseResult again = parser.parse(written);
        assertThat(again.problems()).isEmpty();
        assertThat(again.entries()).isEqualTo(entries);
        assertThat(writer.write(again.entries())).isEqualTo(written);
        assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("cairn-directory: 1\n\nname: Northbridge");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreAccepted() {
        byte[] text = ("\uFEFF" + GOOD.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse(text).entries()).isEqualTo(parse(GOOD).entries());
    }

    @Test
    void everyProblemIsReportedWithItsLineAndNothingIsReturned() {
        DirectoryParseResult result = parse("""
                cairn-directory: 1

                name: One
                kind: charity
                colour: blue
                last-checked: 1 March 2026

                name: one
                kind: statutory
                kind: statutory
                email: not an address
                this line has no colon

                services: only services
                """);
        assertThat(result.entries()).isEmpty();
        assertThat(result.problems()).extracting(LineProblem::line).containsExactly(4, 5, 6, 8, 10, 11, 12, 14, 14);
        assertThat(result.problems().get(0).message()).contains("\"charity\" is not a kind",
                "third-sector, statutory");
        assertThat(result.problems().get(1).message()).contains("\"colour\" is not a directory detail");
        assertThat(result.problems().get(2).message()).contains("year-month-day");
        assertThat(result.problems().get(3).message()).contains("another entry has this name (line 3)");
        assertThat(result.problems().get(4).message()).contains("given twice", "line 9");
        assertThat(result.problems().get(5).message()).contains("not an email address");
        assertThat(result.problems().get(6).toString()).startsWith("line 12: write each detail as");
        assertThat(result.problems().get(7).message()).contains("no kind");
        assertThat(result.problems().get(8).message()).contains("no name");
    }

    @Test
    void aMissingOrNewerHeaderIsExplained() {
        assertThat(parse("name: A\nkind: client\n").problems()).extracting(LineProblem::toString)
                .containsExactly("line 1: a directory file starts with the line \"cairn-directory: 1\"; add it at the top");
        assertThat(parse("cairn-directory: 2\n").problems().get(0).message()).contains("newer Cairn");
        assertThat(parse("").problems().get(0).message()).contains("empty");
        assertThat(parse("# only a comment\n\n").problems()).hasSize(1);
    }

    @Test
    void badBytesAndHiddenCharactersAreRefusedWithTheirLines() {
        DirectoryParseResult hidden = parser.parse(("cairn-directory: 1\n\nname: A\nkind: client\n"
                + "address: x\u202Ey\nphone: 1\t2\n").getBytes(StandardCharsets.UTF_8));
        assertThat(hidden.problems()).extracting(LineProblem::line).containsExactly(5, 6);
        assertThat(hidden.problems().get(0).message()).contains("U+202E");
        byte[] notUtf8 = "cairn-directory: 1\n\nname: Caf\u00e9\nkind: client\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(parser.parse(notUtf8).problems()).extracting(LineProblem::toString)
                .containsExactly("line 3: this line is not UTF-8 text; save the file as UTF-8 in your editor");
    }

    @Test
    void longLinesHugeFilesAndEndlessProblemsAreBounded() {
        assertThat(parse("cairn-directory: 1\n\nname: " + "x".repeat(2100) + "\nkind: client\n").problems())
                .extracting(LineProblem::line).containsExactly(3);
        assertThat(parser.parse(new byte[DirectoryFileFormat.MAX_BYTES + 1]).problems()).hasSize(1);
        String manyBad = "cairn-directory: 1\n" + "\nno colon here\n".repeat(2000);
        List<LineProblem> problems = parse(manyBad).problems();
        assertThat(problems).hasSize(DirectoryFileFormat.MAX_PROBLEMS + 1);
        assertThat(problems.get(problems.size() - 1).message()).contains("more problems");
    }
}
