package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.RetentionChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may anonymise a case, and when: never more than the erase rules and the restriction allow (ADR 0049). */
class RetentionAnonymiseRulesTest {
    private static final LocalDate LONG_AGO = LocalDate.of(2018, 6, 30);

    @TempDir
    Path dir;

    private static long closedCase(Acting acting, long clientId) {
        long caseId = acting.casebook().cases().open(clientId, CaseDetails.opened(LONG_AGO.minusMonths(5), "R. O."))
                .id();
        acting.casebook().notes().add(caseId, "A note about her");
        acting.casebook().cases().close(caseId, LONG_AGO);
        return caseId;
    }

    private static Problem refusal(Runnable action) {
        CaseworkException refused = catchThrowableOfType(action::run, CaseworkException.class);
        assertThat(refused).as("refused").isNotNull();
        return refused.problem();
    }

    @Test
    void anAdvocateMayNotDeleteAClientByAnonymisingHerOnlyCaseButMayWhenSheHasAnother() {
        try (Acting advocate = Acting.as(dir.resolve("book"), "Ruth Advocate", Role.ADVOCATE)) {
            long alone = advocate.casebook().clients().create(ClientDetails.withAlias("Amina")).id();
            long only = closedCase(advocate, alone);
            assertThat(refusal(() -> advocate.casework().retention().anonymise(only, "Period ended")))
                    .isEqualTo(Problem.NOT_PERMITTED);
            assertThat(advocate.casebook().clients().find(alone)).isPresent();
            assertThat(advocate.casebook().notes().forCase(only)).hasSize(1);

            long twice = advocate.casebook().clients().create(ClientDetails.withAlias("Bea")).id();
            long first = closedCase(advocate, twice);
            closedCase(advocate, twice);
            advocate.casework().retention().anonymise(first, "Period ended");
            assertThat(advocate.casebook().clients().find(twice)).isPresent();
            assertThat(advocate.casebook().notes().forCase(first)).isEmpty();
            assertThat(refusal(() -> advocate.casework().cases().read(first, true)))
                    .as("nothing about her to show").isEqualTo(Problem.CASE_ANONYMISED);
            assertThat(advocate.casebook().search("Bea", 10)).as("no former word finds it")
                    .extracting(org.cairn.casebook.CaseSummary::caseId).doesNotContain(first);
            long anonymous = advocate.casebook().cases().find(first).orElseThrow().clientId();
            assertThat(advocate.casework().cases().client(anonymous)).as("no client to start a case for").isEmpty();
        }
        try (Acting admin = Acting.as(dir.resolve("admin-book"), "Amina Admin", Role.ADMINISTRATOR)) {
            long alone = admin.casebook().clients().create(ClientDetails.withAlias("Amina")).id();
            long only = closedCase(admin, alone);
            admin.casework().retention().anonymise(only, "Period ended");
            assertThat(admin.casebook().clients().find(alone)).isEmpty();
        }
    }

    @Test
    void reopeningCancelsAPendingAnonymiseDecisionSoTheOpenCaseKeepsItsNotes() {
        try (Acting admin = Acting.as(dir.resolve("book"), "Amina Admin", Role.ADMINISTRATOR)) {
            long client = admin.casebook().clients().create(ClientDetails.withAlias("Amina")).id();
            long caseId = closedCase(admin, client);
            admin.casebook().transactions().write(tx -> admin.casebook().retention().decide(tx, caseId,
                    RetentionChoice.ANONYMISE, null, "Decided before Cairn carried it out"));
            admin.casework().cases().reopen(caseId);
            assertThat(admin.casework().retention().awaitingErasure()).isEmpty();
            assertThat(refusal(() -> admin.casework().retention().anonymise(caseId, "Period ended")))
                    .isEqualTo(Problem.RETENTION_NOT_DUE);
            assertThat(admin.casebook().notes().forCase(caseId)).hasSize(1);
            assertThat(admin.casebook().clients().find(client)).isPresent();
        }
    }

    @Test
    void aPendingDecisionOnAnOpenCaseIsNotCarriedOut() {
        try (Acting admin = Acting.as(dir.resolve("book"), "Amina Admin", Role.ADMINISTRATOR)) {
            long client = admin.casebook().clients().create(ClientDetails.withAlias("Amina")).id();
            long caseId = closedCase(admin, client);
            admin.casebook().transactions().write(tx -> admin.casebook().retention().decide(tx, caseId,
                    RetentionChoice.ANONYMISE, null, "Decided"));
            // Opened again by a path that leaves the decision (an older copy, a transfer): still refused.
            admin.casebook().transactions().write(tx -> tx.execute(
                    "UPDATE case_file SET closed_on = NULL, status = 'OPEN' WHERE id = ?", caseId));
            assertThat(refusal(() -> admin.casework().retention().anonymise(caseId, "Period ended")))
                    .isEqualTo(Problem.RETENTION_NOT_DUE);
            assertThat(admin.casebook().notes().forCase(caseId)).hasSize(1);
        }
    }

    @Test
    void aRestrictedCaseIsAnonymisedOnlyBySomeoneItIsRestrictedTo() {
        RestrictedCasebook book = new RestrictedCasebook(dir.resolve("restricted"));
        try (RestrictedCasebook.Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casebook().transactions().write(tx -> tx.execute(
                    "UPDATE case_file SET opened_on = '2018-01-02' WHERE id = ?", book.caseId));
            bo.casebook().cases().close(book.caseId, LONG_AGO);
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
        }
        try (RestrictedCasebook.Session admin = book.as(RestrictedCasebook.ADMIN)) {
            assertThat(refusal(() -> admin.casework().retention().anonymise(book.caseId, "Period ended")))
                    .isEqualTo(Problem.CASE_RESTRICTED);
            assertThat(admin.casebook().restrictions().isRestricted(book.caseId)).isTrue();
            assertThat(admin.casebook().cases().find(book.caseId)).isPresent();
        }
    }
}
