package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.casework.SharedCases.exchange;
import static org.cairn.casework.SharedCases.preview;
import static org.cairn.casework.SharedCases.receive;
import static org.cairn.casework.SharedCases.send;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.CaseDetails;
import org.cairn.casework.RestrictedCasebook.Session;
import org.cairn.transfer.Resolutions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case shared with another casebook, then restricted here through the real use case (its content sealed): no
 * later file about her, whether an unchanged copy or a new case for the same client, gets in, and none of her
 * details come back in plain into any table.
 */
class RestrictedSharedCaseTest {
    @TempDir
    Path dir;
    RestrictedCasebook book;
    TransferCasebooks casebooks;
    Session bo;
    TransferCasebooks.Laptop centre;
    TransferCasebooks.Laptop outreach;
    String referenceThere;

    @BeforeEach
    void bosCaseSharedWithOutreach() throws Exception {
        book = new RestrictedCasebook(java.nio.file.Files.createDirectories(dir.resolve("centre")));
        bo = book.as(RestrictedCasebook.BO);
        centre = new TransferCasebooks.Laptop("centre", bo.vault(), bo.casebook(), bo.casework());
        casebooks = new TransferCasebooks(dir);
        outreach = casebooks.laptop("outreach");
        TransferCasebooks.pair(outreach, centre);
        referenceThere = exchange(centre, book.reference, outreach, dir).importedAs().get(0);
    }

    @AfterEach
    void close() {
        bo.close();
        casebooks.close();
    }

    @Test
    void anUnchangedCopyOfTheRestrictedCaseIsRefusedAndHerDetailsStaySealed() {
        byte[] unchanged = send(outreach, referenceThere, centre);
        restrict();
        assertRefusedLeavingNothing(unchanged);
    }

    @Test
    void aNewCaseForTheClientOfTheRestrictedCaseIsRefusedAndHerDetailsStaySealed() {
        long client = outreach.vault().read(r -> r.queryLong("SELECT id FROM client"));
        String second = outreach.casebook().cases().open(client, CaseDetails.opened(LocalDate.of(2026, 6, 1),
                "T. A.")).reference().toString();
        byte[] newCase = send(outreach, second, centre);
        restrict();
        assertRefusedLeavingNothing(newCase);
        long cases = bo.vault().read(r -> r.queryLong("SELECT count(*) FROM case_file"));
        assertThat(cases).as("no second case here").isEqualTo(1);
    }

    private void restrict() {
        bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
        assertThat(RestrictedCasebook.tablesHolding(bo.vault(), book.canary)).as("sealed before the import")
                .isEmpty();
    }

    private void assertRefusedLeavingNothing(byte[] file) {
        List<String> before = TransfersTest.everything(bo.casebook());
        assertThatThrownBy(() -> preview(centre, file)).as("the preview says so")
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
        assertThatThrownBy(() -> receive(centre, file, Resolutions.none(), dir))
                .isInstanceOfSatisfying(CaseworkException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED);
                    assertThat(e.problem().messageKey(e.arguments())).isEqualTo("problem.case-restricted.in-transfer");
                });
        assertThat(TransfersTest.everything(bo.casebook())).as("nothing changed").isEqualTo(before);
        long seen = bo.vault().read(r -> r.queryLong("SELECT count(*) FROM transfer_seen WHERE uid IN "
                + "(SELECT uid FROM client UNION SELECT uid FROM case_file)"));
        assertThat(seen).as("no exchanged version of her").isZero();
        assertThat(RestrictedCasebook.tablesHolding(bo.vault(), book.canary)).as("tables holding her details")
                .isEmpty();
        assertThat(bo.casework().restrictions().open(book.caseId).alias()).as("her case opens as before")
                .isEqualTo("Alias " + book.canary);
    }
}
