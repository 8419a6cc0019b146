package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the schema v9 fixture adds on top of the v8 content ({@link FixtureV8Generator}): a second case of the
 * fixture client, opened and noted by another advocate, then anonymised, so its audit rows hold no exact time and
 * no actor while the chain verifies; every later upgrade must keep them so. Run once, only when asked:
 * {@code mvn -o test -Dtest=FixtureV9Generator -Dcairn.fixture.out=src/test/resources/org/cairn/casebook/fixtures/v9}
 * The committed files must never be regenerated after v9 ships; {@link MigrationFixtureTest} checks them.
 */
class FixtureV9Generator {
    static final String ADVOCATE = "fixture.advocate";
    /** The case opened and its two notes. */
    static final int COARSENED_ROWS = 3;

    @Test
    @EnabledIfSystemProperty(named = "cairn.fixture.out", matches = ".+")
    void write() throws Exception {
        FixtureWriter.write((casebook, clock) -> {
            FixtureV1Generator.fill(casebook, clock);
            FixtureV2Generator.fill(casebook, clock);
            FixtureV3Generator.fill(casebook);
            FixtureV4Generator.fill(casebook);
            FixtureV5Generator.fill(casebook);
            FixtureV6Generator.fill(casebook);
            FixtureV7Generator.fill(casebook);
            FixtureV8Generator.fill(casebook);
            fill(casebook, clock);
        });
    }

    /** Needs the v1 content (the fixture client). */
    static void fill(Casebook casebook, MutableClock clock) {
        long client = casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow().clientId();
        Casebook advocate = Casebook.open(casebook.transactions(), clock, ADVOCATE);
        clock.advance(Duration.ofMinutes(7));
        long caseId = advocate.cases().open(client, CaseDetails.opened(LocalDate.of(2025, 11, 3), "F. Advocate"))
                .id();
        for (String text : List.of("First visit.", "Second visit.")) {
            clock.advance(Duration.ofMinutes(11));
            advocate.notes().add(caseId, text);
        }
        clock.advance(Duration.ofMinutes(5));
        casebook.transactions().write(tx -> casebook.erasures().anonymise(tx, caseId));
    }

    /** What the v9 fixture must still hold after it is opened (and upgraded by any later version). */
    static void assertV9Content(Casebook casebook) {
        List<long[]> coarsened = casebook.transactions().read(r -> r.query("SELECT at, erased_by FROM audit "
                + "WHERE actor = ''", row -> new long[] {row.getLong(1), row.getLong(2)}));
        AuditEntry anonymised = casebook.audit().latest(AuditAction.CASE_ANONYMISED).orElseThrow();
        assertThat(coarsened).hasSize(COARSENED_ROWS).allSatisfy(row -> {
            assertThat(row[0]).isEqualTo(AuditHash.quarterStart(row[0]));
            assertThat(row[1]).isEqualTo(anonymised.id());
        });
        assertThat(anonymised.reason()).isNull();
        long named = casebook.transactions().read(r -> r.queryLong("SELECT count(*) FROM audit WHERE actor = ?",
                ADVOCATE));
        assertThat(named).as("she acted on the anonymised case alone").isZero();
        assertThat(casebook.cases().forClient(casebook.cases().findByReference(CaseReference.parse("C-2025-0001"))
                .orElseThrow().clientId())).hasSize(1);
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }
}
