package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseSearchTest {
    @TempDir
    Path dir;
    Casebook casebook;

    @BeforeEach
    void create() {
        casebook = TestCasebooks.create(dir, new MutableClock(TestCasebooks.START));
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    private CaseFile caseFor(String alias, String legalNames, LocalDate opened, String... notes) {
        ClientDetails details = new ClientDetails(alias, legalNames, null, List.of(), false, ContactSafety.unknown(),
                null);
        long client = casebook.clients().create(details).id();
        CaseFile file = casebook.cases().open(client, CaseDetails.opened(opened, "R. Mensah"));
        for (String note : notes) {
            casebook.notes().add(file.id(), note);
        }
        return file;
    }

    private List<String> refs(String query) {
        return casebook.search(query, 50).stream().map(s -> s.reference().toString()).toList();
    }

    @Test
    void foldsDiacriticsBothWays() {
        CaseFile jose = caseFor("José M.", null, LocalDate.of(2026, 1, 5));
        CaseFile stefania = caseFor("Ștefania", "Ștefania Țurcanu", LocalDate.of(2026, 1, 6));
        CaseFile polish = caseFor("Agnieszka", "Agnieszka Wiśniewska", LocalDate.of(2026, 1, 7));
        assertThat(refs("Jose")).containsExactly(jose.reference().toString());
        assertThat(refs("JOSÉ")).containsExactly(jose.reference().toString());
        assertThat(refs("stefania turcanu")).containsExactly(stefania.reference().toString());
        assertThat(refs("wisniew")).containsExactly(polish.reference().toString());
    }

    @Test
    void everyWordIsAPrefixAndAllMustMatch() {
        CaseFile a = caseFor("Marisol Q.", "Marisol Quintero", LocalDate.of(2025, 4, 1),
                "Refuge space offered; solicitor booked.");
        CaseFile b = caseFor("Maryam", null, LocalDate.of(2025, 5, 1), "Refuge search continues.");
        assertThat(refs("Mar")).containsExactlyInAnyOrder(a.reference().toString(), b.reference().toString());
        assertThat(refs("mari")).containsExactly(a.reference().toString());
        assertThat(refs("refu solic")).containsExactly(a.reference().toString());
        assertThat(refs("quin refuge")).containsExactly(a.reference().toString());
        assertThat(refs("zzz")).isEmpty();
    }

    @Test
    void findsReferencesWholeOrInPart() {
        CaseFile a = caseFor("Hodan", null, LocalDate.of(2024, 2, 1));
        caseFor("Ifrah", null, LocalDate.of(2025, 2, 1));
        assertThat(refs("C-2024-0001")).containsExactly(a.reference().toString());
        assertThat(refs("2024")).containsExactly(a.reference().toString());
        assertThat(refs("C-2024-00")).containsExactly(a.reference().toString());
    }

    @Test
    void nameMatchesRankAboveNoteMatches() {
        CaseFile noteOnly = caseFor("Luana", null, LocalDate.of(2026, 2, 1), "Her friend Selam came too.");
        CaseFile named = caseFor("Selam T.", null, LocalDate.of(2025, 1, 1));
        assertThat(refs("selam")).containsExactly(named.reference().toString(), noteOnly.reference().toString());
    }

    @Test
    void emptyQueryListsAllCasesNewestFirstWithSummaries() {
        CaseFile older = caseFor("Old", null, LocalDate.of(2022, 1, 1));
        CaseFile newer = caseFor("New", null, LocalDate.of(2026, 1, 1));
        casebook.tasks().add(newer.id(), "Chase GP registration", LocalDate.of(2026, 3, 20));
        List<CaseSummary> all = casebook.search("  ", 10);
        assertThat(all).containsExactly(
                new CaseSummary(newer.id(), newer.reference(), "New", CaseStatus.OPEN, RiskLevel.STANDARD,
                        LocalDate.of(2026, 3, 20), "R. Mensah"),
                new CaseSummary(older.id(), older.reference(), "Old", CaseStatus.OPEN, RiskLevel.STANDARD, null,
                        "R. Mensah"));
        assertThat(casebook.search(null, 1)).hasSize(1);
        assertThat(casebook.search("", 0)).isEmpty();
    }

    @Test
    void indexFollowsRenamesAndNoteEdits() {
        CaseFile file = caseFor("Rupa", "Rupa Begum", LocalDate.of(2026, 1, 1), "talked about housing");
        ClientDetails renamed = ClientDetails.withAlias("Shirin");
        casebook.clients().update(file.clientId(), renamed);
        assertThat(refs("rupa")).isEmpty();
        assertThat(refs("begum")).isEmpty();
        assertThat(refs("shirin")).containsExactly(file.reference().toString());
        assertThat(refs("housing")).containsExactly(file.reference().toString());
    }

    @Test
    void findsArabicBengaliAndTextAroundEmoji() {
        CaseFile arabic = caseFor("هدى", "هدى حداد", LocalDate.of(2026, 1, 1));
        CaseFile bengali = caseFor("শিরিন", null, LocalDate.of(2026, 1, 2), "নিরাপদ আশ্রয় খুঁজছেন");
        CaseFile emoji = caseFor("Nour 🌻", null, LocalDate.of(2026, 1, 3), "feels safe 🙂 at the refuge");
        assertThat(refs("حداد")).containsExactly(arabic.reference().toString());
        assertThat(refs("هد")).containsExactly(arabic.reference().toString());
        assertThat(refs("শিরিন")).containsExactly(bengali.reference().toString());
        assertThat(refs("আশ্রয়")).containsExactly(bengali.reference().toString());
        assertThat(refs("nour")).containsExactly(emoji.reference().toString());
        assertThat(refs("🙂 safe")).containsExactly(emoji.reference().toString());
        assertThat(refs("🌻")).isEmpty();
    }

    @Test
    void broadQueriesListNameMatchesThenNewestNoteMatches() {
        CaseFile named = caseFor("Selam T.", null, LocalDate.of(2024, 1, 1));
        CaseFile first = caseFor("Luana", null, LocalDate.of(2025, 1, 1), "with Selam");
        CaseFile second = caseFor("Hoa", null, LocalDate.of(2025, 2, 1), "with Selam");
        CaseFile third = caseFor("Idil", null, LocalDate.of(2025, 3, 1), "with Selam");
        CaseSearch unranked = new CaseSearch(TestCasebooks.vault(casebook), 2);
        assertThat(unranked.search("sel", 3)).extracting(CaseSummary::caseId)
                .containsExactly(named.id(), third.id(), second.id());
        assertThat(unranked.search("luana", 3)).extracting(CaseSummary::caseId).containsExactly(first.id());
        assertThat(casebook.search("sel", 3)).extracting(CaseSummary::caseId).startsWith(named.id());
    }

    @Test
    void broadQueryWithoutALimitReturnsEveryMatchingCase() {
        new DemoCasebook(casebook, new MutableClock(TestCasebooks.START), 3).generate(700, 700, done -> { });
        CaseSearch unranked = new CaseSearch(TestCasebooks.vault(casebook), 2);
        long matching = TestCasebooks.vault(casebook).read(r -> r.queryLong(
                "SELECT count(*) FROM case_fts WHERE case_fts MATCH ?", "\"a\"*"));
        assertThat(matching).as("more matches than one summary chunk").isGreaterThan(500);
        List<CaseSummary> found = unranked.search("a", Integer.MAX_VALUE);
        assertThat(found).hasSize((int) matching).doesNotContainNull();
        assertThat(found).extracting(CaseSummary::caseId).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"\"", "*", "-", ":", "(", ")", "a\"b", "\"jose", "jose\"", "NEAR(", "AND", "OR",
            "NOT", "a OR b", "-jose", "names:jose", "reference:C", "^jose", "{names}: x", "jose*", "*jose", "+", "'",
            "\\", "'; DROP TABLE note; --", "x) OR (y", "\u0000", "\uD800", "\u200B", "C-2026-", "NEAR(a b, 2)",
            "🙂", "👩🏽‍⚖️", "a:b:c", "((((", "\"*\"*"})
    void hostileInputNeverFails(String typed) {
        caseFor("José", null, LocalDate.of(2026, 1, 1), "not afraid; and or near");
        assertThatCode(() -> casebook.search(typed, 10)).doesNotThrowAnyException();
        // Repeated past the limits it is refused with a sentence, never run.
        Throwable repeated = org.assertj.core.api.Assertions.catchThrowable(() -> casebook.search(typed.repeat(200),
                10));
        assertThat(repeated).satisfiesAnyOf(thrown -> assertThat(thrown).isNull(),
                thrown -> assertThat(thrown).isInstanceOf(SearchTooLongException.class));
        assertThat(casebook.counts().notes()).isEqualTo(1);
    }

    @Test
    void operatorsAndColumnFiltersAreJustWords() {
        CaseFile file = caseFor("José", null, LocalDate.of(2026, 1, 1), "She is not afraid and will go on.");
        CaseFile other = caseFor("Other", null, LocalDate.of(2026, 1, 2), "nothing here");
        assertThat(refs("not")).containsExactlyInAnyOrder(file.reference().toString(), other.reference().toString());
        assertThat(refs("afraid AND")).containsExactly(file.reference().toString());
        assertThat(refs("names:jose")).isEmpty();
        assertThat(refs("-jose")).containsExactly(file.reference().toString());
        assertThat(refs("\"jose\"")).containsExactly(file.reference().toString());
    }
}
