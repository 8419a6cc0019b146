package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cairn.casework.Casework;
import org.cairn.casework.Role;
import org.cairn.transfer.TransferKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the schema v7 fixture adds on top of the v6 content ({@link FixtureV6Generator}): the fixture case shared
 * once with the fixture's paired casebook, so {@code transfer_seen} holds the versions sent (the base of a later
 * three-way merge). Run once, only when asked:
 * {@code mvn -o test -Dtest=FixtureV7Generator -Dcairn.fixture.out=src/test/resources/org/cairn/casebook/fixtures/v7}
 * The committed files must never be regenerated after v7 ships; {@link MigrationFixtureTest} checks them.
 */
class FixtureV7Generator {
    static final String SENT_ROWS_KEY = "fixture.v7.sent-rows";

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
            fill(casebook);
        });
    }

    /** Needs the v6 content (the fixture case and the paired casebook). */
    static void fill(Casebook casebook) {
        Casework work = Casework.actingAs(casebook, Role.ADMINISTRATOR);
        work.transfers().export(List.of(CaseReference.parse("C-2025-0001")), FixtureV6Generator.PARTNER_NAME,
                TransferKind.SHARE);
        casebook.settings().save(SENT_ROWS_KEY, Long.toString(sentRows(casebook)));
    }

    /** What the v7 fixture must still hold after it is opened (and upgraded by any later version). */
    static void assertV7Content(Casebook casebook) {
        long sent = sentRows(casebook);
        assertThat(sent).as("the versions sent are kept").isPositive()
                .isEqualTo(Long.parseLong(casebook.settings().find(SENT_ROWS_KEY).orElseThrow()));
        String caseUid = casebook.settings().find(FixtureV6Generator.CASE_UID_KEY).orElseThrow();
        String caseVersion = casebook.transactions().read(r -> r.queryOne("SELECT vv FROM case_file WHERE uid = ?",
                row -> row.getString(1), caseUid)).orElseThrow();
        long seenCase = casebook.transactions().read(r -> r.queryLong("SELECT count(*) FROM transfer_seen WHERE "
                + "table_name = 'case_file' AND uid = ? AND vv = ? AND peer_uid = ? AND direction = 'SENT' AND "
                + "sequence = 1", caseUid, caseVersion, FixtureV6Generator.PARTNER.casebookId()));
        assertThat(seenCase).as("the case as sent, with its version, to the paired casebook").isEqualTo(1);
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }

    private static long sentRows(Casebook casebook) {
        return casebook.transactions().read(r -> r.queryLong("SELECT count(*) FROM transfer_seen"));
    }
}
