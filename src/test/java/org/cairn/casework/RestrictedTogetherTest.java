package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseFilter;
import org.cairn.casework.RestrictedCasebook.Session;
import org.cairn.transfer.PairingCard;
import org.cairn.transfer.TransferKind;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client with two cases, the canary in every free-text field of both: her cases are restricted together, in one
 * transaction, and lifted together from either of them, and a colleague not named finds nothing of either.
 */
class RestrictedTogetherTest {
    @TempDir
    Path dir;
    private RestrictedCasebook book;

    @BeforeEach
    void aCasebookWithBosCase() {
        book = new RestrictedCasebook(dir.resolve("book"));
    }

    @Test
    void restrictingOneOfHerCasesSealsBothAndAColleagueFindsNoCanaryInEither() {
        CaseFile second = HerSecondCase.openAndFill(book, RestrictedCasebook.BO);
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            assertThat(chidi.casebook().search(book.canary, 10)).as("found before").hasSize(2);
        }
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            assertThat(bo.casework().restrictions().restrictedTogether(book.caseId))
                    .containsExactly(book.reference, second.reference().toString());
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
        }
        for (String colleague : List.of(RestrictedCasebook.CHIDI, RestrictedCasebook.ADMIN)) {
            try (Session session = book.as(colleague)) {
                RestrictedCasebook.assertNowhere(session, book.canary);
                for (long caseId : List.of(book.caseId, second.id())) {
                    assertThat(session.casework().restrictions().isRestricted(caseId)).isTrue();
                    assertThat(session.casework().cases().read(caseId, false).client().details().alias())
                            .as("the case screen of %d", caseId).isEqualTo("(restricted)");
                    assertThatThrownBy(() -> session.casework().restrictions().open(caseId))
                            .isInstanceOfSatisfying(CaseworkException.class,
                                    e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
                }
                assertThat(session.casework().cases().find("", CaseFilter.NONE, 50).shown())
                        .extracting(c -> c.alias()).as("the cases list").containsOnly("(restricted)").hasSize(2);
            }
        }
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            for (CaseFile caseFile : List.of(bo.casebook().cases().find(book.caseId).orElseThrow(), second)) {
                var content = bo.casework().restrictions().open(caseFile.id());
                long other = caseFile.id() == second.id() ? book.caseId : second.id();
                assertThat(content.alias()).as("her details read whole with each case")
                        .isEqualTo("Alias " + book.canary);
                assertThat(content.notes()).as("each case its own notes")
                        .contains("Edited " + book.canary + "-" + caseFile.id())
                        .noneMatch(n -> n.endsWith("-" + other));
                assertThat(bo.casebook().audit().forSubject(caseFile.reference().toString()))
                        .extracting(AuditEntry::action).as("audited per case")
                        .containsOnlyOnce(AuditAction.CASE_RESTRICTED);
            }
        }
    }

    @Test
    void liftingFromEitherCaseLiftsBothAndPutsEveryValueBackWhereItWas() {
        CaseFile second = HerSecondCase.openAndFill(book, RestrictedCasebook.BO);
        List<String> before;
        try (Session admin = book.as(RestrictedCasebook.ADMIN)) {
            before = valuesHolding(admin.vault(), book.canary);
        }
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(second.id(), List.of(RestrictedCasebook.BO));
            bo.casework().restrictions().addNote(second.id(), "Sealed " + book.canary);
            bo.casework().restrictions().unrestrict(book.caseId);
            for (long caseId : List.of(book.caseId, second.id())) {
                assertThat(bo.casework().restrictions().isRestricted(caseId)).as("case %d", caseId).isFalse();
                String reference = bo.casebook().cases().find(caseId).orElseThrow().reference().toString();
                assertThat(bo.casebook().audit().forSubject(reference)).extracting(AuditEntry::action)
                        .containsOnlyOnce(AuditAction.CASE_UNRESTRICTED);
            }
            assertThat(bo.casebook().notes().forCase(second.id())).extracting(n -> n.text())
                    .contains("Sealed " + book.canary, "Edited " + book.canary + "-" + second.id())
                    .doesNotContain("Edited " + book.canary + "-" + book.caseId);
        }
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            List<String> after = valuesHolding(chidi.vault(), book.canary);
            after.remove("Sealed " + book.canary);
            assertThat(after).as("every value back, none twice").containsExactlyInAnyOrderElementsOf(before);
            assertThat(chidi.casebook().search(book.canary, 10)).as("search finds both again").hasSize(2);
            assertThat(chidi.casebook().abusers().forClient(second.clientId())).hasSize(1);
        }
    }

    @Test
    void aFailureWhileSealingHerSecondCaseLeavesTheFirstUnsealedAsWell() {
        CaseFile second = HerSecondCase.openAndFill(book, RestrictedCasebook.BO);
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            List<String> before = valuesHolding(bo.vault(), book.canary);
            bo.vault().write(tx -> tx.execute("CREATE TEMP TRIGGER refuse_second BEFORE DELETE ON note WHEN "
                    + "old.case_id = " + second.id() + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
            assertThatThrownBy(() -> bo.casework().restrictions().restrict(book.caseId,
                    List.of(RestrictedCasebook.BO))).isNotInstanceOf(CaseworkException.class);
            for (long caseId : List.of(book.caseId, second.id())) {
                assertThat(bo.casework().restrictions().isRestricted(caseId)).as("case %d", caseId).isFalse();
            }
            assertThat(valuesHolding(bo.vault(), book.canary)).as("one transaction: nothing taken")
                    .containsExactlyInAnyOrderElementsOf(before);
        }
    }

    @Test
    void changingWhoReadsThemChangesItForEveryOneOfHerCases() {
        CaseFile second = HerSecondCase.openAndFill(book, RestrictedCasebook.BO);
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            bo.casework().restrictions().restrict(second.id(), List.of(RestrictedCasebook.BO, RestrictedCasebook.CHIDI));
        }
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            for (long caseId : List.of(book.caseId, second.id())) {
                assertThat(chidi.casework().restrictions().open(caseId).alias()).isEqualTo("Alias " + book.canary);
                assertThat(chidi.casework().restrictions().readers(caseId))
                        .containsExactlyInAnyOrder(RestrictedCasebook.BO, RestrictedCasebook.CHIDI);
            }
        }
    }

    @Test
    void anAdvocateOfOnlyOneOfHerCasesIsRefusedWhileAnAdministratorNamesBothAdvocates() {
        CaseFile second = HerSecondCase.openAndFill(book, RestrictedCasebook.CHIDI);
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            assertThatThrownBy(() -> bo.casework().restrictions().restrict(book.caseId,
                    List.of(RestrictedCasebook.BO))).isInstanceOfSatisfying(CaseworkException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.RESTRICTION_REFUSED);
                        assertThat(e.arguments()).containsExactly("OTHER_ADVOCATE");
                    });
            assertThat(bo.casework().restrictions().isRestricted(book.caseId)).isFalse();
            assertThat(RestrictedCasebook.tablesHolding(bo.vault(), book.canary)).as("nothing sealed").isNotEmpty();
        }
        try (Session admin = book.as(RestrictedCasebook.ADMIN)) {
            List<String> readers = admin.casework().restrictions().proposedReaders(second.id());
            assertThat(readers).containsExactly(RestrictedCasebook.ADMIN, RestrictedCasebook.BO,
                    RestrictedCasebook.CHIDI);
            admin.casework().restrictions().restrict(second.id(), readers);
            assertThat(admin.casework().restrictions().isRestricted(book.caseId)).isTrue();
        }
        try (Session chidi = book.as(RestrictedCasebook.CHIDI)) {
            assertThat(chidi.casework().restrictions().open(book.caseId).alias()).as("not locked out of her case")
                    .isEqualTo("Alias " + book.canary);
        }
    }

    @Test
    void transfersAndNewCasesStillRefuseEachOfHerRestrictedCases() {
        CaseFile second = HerSecondCase.openAndFill(book, RestrictedCasebook.BO);
        try (TransferCasebooks elsewhere = new TransferCasebooks(dir.resolve("elsewhere"));
                Session admin = book.as(RestrictedCasebook.ADMIN)) {
            admin.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            var centre = elsewhere.laptop("centre");
            admin.casework().transfers().pair("centre",
                    PairingCard.parse(centre.work().transfers().pairingCard().toFileText()));
            CaseFile first = admin.casebook().cases().find(book.caseId).orElseThrow();
            for (List<CaseFile> sent : List.of(List.of(first), List.of(second), List.of(first, second))) {
                for (TransferKind kind : TransferKind.values()) {
                    assertThatThrownBy(() -> admin.casework().transfers().export(sent.stream()
                            .map(CaseFile::reference).toList(), "centre", kind))
                            .isInstanceOfSatisfying(CaseworkException.class,
                                    e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
                }
            }
            assertThatThrownBy(() -> admin.casework().cases().openNew(second.clientId(), null,
                    CaseDetails.opened(java.time.LocalDate.of(2026, 12, 1), RestrictedCasebook.BO)))
                    .isInstanceOfSatisfying(CaseworkException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
        }
    }

    /** Every value holding {@code text} in the database, outside the search index's own tables. */
    private static List<String> valuesHolding(Vault vault, String text) {
        return vault.read(reader -> {
            List<String> found = new ArrayList<>();
            for (String table : reader.query("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'case_fts%'", row -> row.getString(1))) {
                reader.query("SELECT * FROM \"" + table + "\"", row -> {
                    ResultSetMetaData meta = row.getMetaData();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = row.getObject(c);
                        String asText = value instanceof byte[] b ? new String(b, StandardCharsets.UTF_8)
                                : String.valueOf(value);
                        if (asText.contains(text)) {
                            found.add(asText);
                        }
                    }
                    return null;
                });
            }
            return found;
        });
    }
}
