package org.cairn.casebook;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the schema v3 fixture casebook (passphrase "correct horse battery"): the v2 content plus a referral to a
 * typed recipient with the contact details v3 keeps. Run once, only when asked:
 * {@code mvn -o test -Dtest=FixtureV3Generator -Dcairn.fixture.out=src/test/resources/org/cairn/casebook/fixtures/v3}
 * The committed files must never be regenerated after v3 ships; {@link MigrationFixtureTest} checks them.
 */
class FixtureV3Generator {
    static final String TYPED_RECIPIENT = "Harbour Family Law Clinic";
    static final String TYPED_CONTACT = "4 Quay Street\nMillford MF1 2AB";

    @Test
    @EnabledIfSystemProperty(named = "cairn.fixture.out", matches = ".+")
    void write() throws Exception {
        FixtureWriter.write((casebook, clock) -> {
            FixtureV1Generator.fill(casebook, clock);
            FixtureV2Generator.fill(casebook, clock);
            fill(casebook);
        });
    }

    static void fill(Casebook casebook) {
        CaseFile file = casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow();
        casebook.referrals().make(new ReferralRequest(file.id(), "referral-family-law", 1,
                ConsentPurpose.REFER_TO_ORGANISATION, null, TYPED_RECIPIENT, RecipientKind.THIRD_SECTOR,
                LocalDate.of(2026, 4, 2), 7, "She asked for this in the session", TYPED_CONTACT));
    }
}
