package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ImmigrationCategory;
import org.cairn.casebook.CaseDetails;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Freezing, revisions, rules and the audit trail, on one demo casebook shared by the tests (one quarter each). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsPublisherTest {
    Casebook book;
    StatsPublisher publisher;

    @BeforeAll
    void create(@TempDir Path dir) {
        book = StatsCasebooks.demo(dir, 800, 77);
        publisher = StatsCasebooks.publisher(book);
    }

    @AfterAll
    void close() {
        StatsCasebooks.close(book);
    }

    private static PublicationRequest request(String quarter) {
        return PublicationRequest.of(QuarterRange.of(Quarter.parse(quarter)));
    }

    private int ensureKeys() {
        return book.transactions().<Integer>write(tx -> new RecordKeys(new SecureRandom()).ensure(tx));
    }

    private List<AuditEntry> exports() {
        return book.audit().recent(10_000).stream().filter(e -> e.action() == AuditAction.COUNTS_EXPORTED).toList();
    }

    /** Late edits that touch the quarter: new consenting cases opened in it, and changed categories. */
    private void editLate(Quarter quarter, int newCases) {
        for (int i = 0; i < newCases; i++) {
            StatsCasebooks.addConsentingCase(book, quarter.firstDay().plusDays(i));
        }
        for (long id : StatsCasebooks.caseIds(book).subList(0, 60)) {
            CaseFile file = book.cases().find(id).orElseThrow();
            CaseDetails d = file.details();
            book.cases().update(id, new CaseDetails(d.openedOn(), d.closedOn(), d.status(), d.advocate(),
                    d.abuseTypes(), d.risk(), d.riskAssessedOn(), ImmigrationCategory.UNDOCUMENTED, d.nrpf(),
                    d.evidenceGaps()));
        }
    }

    @Test
    void aPublishedQuarterComesBackIdenticalAfterLateEditsAndTheEditsWouldHaveChangedIt() {
        Quarter q = Quarter.parse("2025Q2");
        String first = TidyCsv.render(publisher.publish(request("2025Q2")).tables());
        editLate(q, 25);
        String again = TidyCsv.render(publisher.publish(request("2025Q2")).tables());
        assertThat(again).isEqualTo(first);
        Publication fresh = publisher.preview(new PublicationRequest(QuarterRange.of(q),
                DisclosureSettings.defaults(), CountingRule.CONSENTED, "check"));
        assertThat(TidyCsv.render(fresh.tables())).as("the edits change the counts, so freezing was tested")
                .isNotEqualTo(first);
        assertThat(fresh.tables()).allMatch(t -> t.revision() == 1);
        assertThat(TidyCsv.render(publisher.publish(request("2025Q2")).tables()))
                .as("a preview of a revision freezes nothing").isEqualTo(first);
    }

    @Test
    void aRevisionIsWarnedAboutAuditedWithItsReasonAndThenServedFromThenOn() {
        Quarter q = Quarter.parse("2025Q3");
        Publication original = publisher.publish(request("2025Q3"));
        assertThat(original.warnings()).isEmpty();
        editLate(q, 25);
        Publication revised = publisher.publish(new PublicationRequest(QuarterRange.of(q),
                DisclosureSettings.defaults(), CountingRule.CONSENTED, "immigration categories corrected"));
        assertThat(revised.warnings()).singleElement().asString().contains("revision 1 of 2025Q3")
                .contains("compare");
        assertThat(revised.tables()).allMatch(t -> t.revision() == 1);
        assertThat(TidyCsv.render(revised.tables())).isNotEqualTo(TidyCsv.render(original.tables()));
        AuditEntry last = exports().get(0);
        assertThat(last.subject()).isEqualTo("counts 2025Q3");
        assertThat(last.reason()).contains("REVISION requested: immigration categories corrected")
                .contains("2025Q3:1").contains("rule consented").contains("threshold 10");
        assertThat(TidyCsv.render(publisher.publish(request("2025Q3")).tables()))
                .isEqualTo(TidyCsv.render(revised.tables()));
        assertThat(book.audit().verify().isOk()).isTrue();
    }

    @Test
    void aPublishedQuarterIsNotRepublishedWithOtherSettingsOrAnotherRule() {
        publisher.publish(request("2025Q4"));
        QuarterRange q = QuarterRange.of(Quarter.parse("2025Q4"));
        assertThatThrownBy(() -> publisher.publish(new PublicationRequest(q, new DisclosureSettings(15, 5),
                CountingRule.CONSENTED, null))).isInstanceOf(PublicationConflictException.class)
                .hasMessageContaining("2025Q4 was published (revision 0) with threshold 10, rounding base 5");
        assertThatThrownBy(() -> publisher.publish(new PublicationRequest(q, DisclosureSettings.defaults(),
                CountingRule.ALL_CASES, null))).isInstanceOf(PublicationConflictException.class)
                .hasMessageContaining("counting rule consented");
    }

    @Test
    void anUnfinishedQuarterIsRefusedAndNothingIsWrittenOrAudited() {
        long auditRows = book.audit().size();
        assertThatThrownBy(() -> publisher.publish(PublicationRequest.of(
                new QuarterRange(Quarter.parse("2026Q3"), Quarter.parse("2026Q4")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("2026Q4 has not ended yet");
        assertThat(book.audit().size()).isEqualTo(auditRows);
    }

    @Test
    void everyExportIsAuditedWithItsTablesAndRules() {
        int before = exports().size();
        publisher.publish(PublicationRequest.of(new QuarterRange(Quarter.parse("2024Q1"), Quarter.parse("2024Q2"))));
        List<AuditEntry> after = exports();
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(0).actor()).isEqualTo("coordinator");
        assertThat(after.get(0).reason()).startsWith("tables " + String.join(" ", Catalogue.standard().tables()
                .stream().map(TableSpec::id).toList()) + ";").contains("2024Q1:0 2024Q2:0").contains("rounding base 5");
    }

    @Test
    void anExportOfSomeTablesReturnsAndAuditsExactlyThoseButFreezesTheWholeQuarter() {
        Quarter q = Quarter.parse("2023Q3");
        List<String> chosen = List.of("safety_plans_completed", "cases_by_nrpf");
        Publication some = publisher.publish(request("2023Q3").withTables(chosen));
        assertThat(some.tables()).extracting(t -> t.spec().id())
                .containsExactly("cases_by_nrpf", "safety_plans_completed");
        AuditEntry row = exports().get(0);
        assertThat(row.reason()).startsWith("tables cases_by_nrpf safety_plans_completed; rule consented");
        for (TableSpec other : Catalogue.standard().tables()) {
            if (!chosen.contains(other.id())) {
                assertThat(row.reason()).doesNotContain(other.id());
            }
        }
        editLate(q, 25);
        Publication all = publisher.publish(request("2023Q3"));
        assertThat(all.tables()).as("the other tables were frozen with the first export").allMatch(t ->
                t.revision() == 0).hasSize(Catalogue.standard().tables().size());
        assertThat(TidyCsv.render(all.tables().stream().filter(t -> chosen.contains(t.spec().id())).toList()))
                .isEqualTo(TidyCsv.render(some.tables()));
        assertThatThrownBy(() -> publisher.preview(request("2023Q3").withTables(List.of("referrals"))))
                .hasMessageContaining("there is no table 'referrals'").hasMessageContaining("safety_plans_completed");
    }

    @Test
    void referralsAndCompletedSafetyPlansAreCountedOneByOneForConsentingClientsOnly() {
        Quarter q = Quarter.parse("2024Q4");
        book.transactions().write(tx -> new RecordKeys(new SecureRandom()).ensure(tx));
        List<TableSpec> specs = List.of(Catalogue.standard().table("referrals_by_kind_and_outcome"),
                Catalogue.standard().table("safety_plans_completed"));
        for (CountingRule rule : CountingRule.values()) {
            List<ExactTable> tables = book.transactions().read(r -> new TableCounter(rule).count(r, specs, q));
            ExactTable referrals = tables.get(0);
            Layout layout = referrals.layout();
            long expectedTotal = 0;
            long plans = 0;
            for (long id : StatsCasebooks.caseIds(book)) {
                CaseFile file = book.cases().find(id).orElseThrow();
                if (rule == CountingRule.CONSENTED && !book.consents().isInForce(file.clientId(),
                        org.cairn.casebook.ConsentPurpose.COUNT_IN_STATISTICS, q.lastDay())) {
                    continue;
                }
                for (org.cairn.casebook.Referral referral : book.referrals().forCase(id)) {
                    if (!referral.madeOn().isBefore(q.firstDay()) && !referral.madeOn().isAfter(q.lastDay())) {
                        expectedTotal++;
                    }
                }
                plans += book.transactions().read(r -> r.queryLong("SELECT count(*) FROM case_form WHERE case_id = ? "
                        + "AND kind = 'safety-plan' AND completed_on BETWEEN ? AND ?", id, q.firstDay().toString(),
                        q.lastDay().toString()));
            }
            assertThat(referrals.counts()[layout.grandTotal()]).as(rule.code()).isEqualTo(expectedTotal).isPositive();
            long cells = 0;
            for (int p = 0; p < layout.size(); p++) {
                if (!layout.isMargin(p)) {
                    cells += referrals.counts()[p];
                }
            }
            assertThat(cells).as("each referral is in exactly one kind-and-outcome cell").isEqualTo(expectedTotal);
            assertThat(tables.get(1).counts()[0]).as(rule.code()).isEqualTo(plans).isPositive();
        }
    }

    @Test
    void theConsentRuleCountsExactlyTheClientsWhoseConsentIsInForceOnTheQuartersLastDay() {
        Quarter q = Quarter.parse("2024Q3");
        book.transactions().write(tx -> new RecordKeys(new SecureRandom()).ensure(tx));
        TableSpec open = Catalogue.standard().tables().get(1);
        long consented = book.transactions().read(r -> new TableCounter(CountingRule.CONSENTED)
                .count(r, List.of(open), q)).get(0).counts()[0];
        long all = book.transactions().read(r -> new TableCounter(CountingRule.ALL_CASES)
                .count(r, List.of(open), q)).get(0).counts()[0];
        long expectedConsented = 0;
        long expectedAll = 0;
        for (long id : StatsCasebooks.caseIds(book)) {
            CaseFile file = book.cases().find(id).orElseThrow();
            LocalDate opened = file.details().openedOn();
            LocalDate closed = file.details().closedOn();
            if (!opened.isAfter(q.lastDay()) && (closed == null || !closed.isBefore(q.firstDay()))) {
                expectedAll++;
                if (book.consents().isInForce(file.clientId(), org.cairn.casebook.ConsentPurpose.COUNT_IN_STATISTICS,
                        q.lastDay())) {
                    expectedConsented++;
                }
            }
        }
        assertThat(consented).isEqualTo(expectedConsented);
        assertThat(all).isEqualTo(expectedAll).isGreaterThan(consented);
    }

    @Test
    void recordKeysAreStableAndOneAddedCaseMovesTheCellKeyByItsOwnKey() {
        Quarter q = Quarter.parse("2023Q2");
        TableSpec open = Catalogue.standard().tables().get(1);
        book.transactions().write(tx -> new RecordKeys(new SecureRandom()).ensure(tx));
        long before = book.transactions().read(r -> new TableCounter(CountingRule.CONSENTED)
                .count(r, List.of(open), q)).get(0).keySums()[0];
        long added = StatsCasebooks.addConsentingCase(book, q.firstDay().plusDays(3));
        assertThat(ensureKeys()).as("only the new case gets a key").isEqualTo(1);
        assertThat(ensureKeys()).isZero();
        long key = book.transactions().read(r -> r.queryLong(
                "SELECT record_key FROM stats_record_key WHERE case_id = ?", added));
        long after = book.transactions().read(r -> new TableCounter(CountingRule.CONSENTED)
                .count(r, List.of(open), q)).get(0).keySums()[0];
        assertThat(after - before).isEqualTo(key);
    }

    /**
     * No published table spans several quarters, and no equation links quarters: a range is exactly the catalogue's
     * tables once per quarter, each protected as if its quarter were asked for alone. A yearly or running total would
     * break both, and would then need the interval audit over it and its quarters together.
     */
    @Test
    void aRangeIsTheCatalogueOncePerQuarterEachProtectedAsIfAskedForAlone() {
        QuarterRange year = new QuarterRange(Quarter.parse("2022Q1"), Quarter.parse("2022Q4"));
        Publication whole = publisher.preview(PublicationRequest.of(year));
        List<String> expected = year.quarters().stream().flatMap(q -> Catalogue.standard().tables().stream()
                .map(t -> t.id() + "@" + q)).toList();
        assertThat(whole.tables().stream().map(t -> t.spec().id() + "@" + t.quarter()).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        List<String> periods = TidyCsv.render(whole.tables()).lines().skip(1).map(l -> l.split(",")[1]).toList();
        assertThat(periods).isNotEmpty().allMatch(p -> p.matches("\\d{4}Q[1-4]"));
        for (Quarter q : year.quarters()) {
            assertThat(TidyCsv.render(whole.tables().stream().filter(t -> t.quarter().equals(q)).toList()))
                    .as("%s within the year and alone", q)
                    .isEqualTo(TidyCsv.render(publisher.preview(PublicationRequest.of(QuarterRange.of(q))).tables()));
        }
    }
}
