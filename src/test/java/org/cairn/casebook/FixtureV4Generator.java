package org.cairn.casebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the schema v4 fixture casebook (passphrase "correct horse battery"): the v3 content plus one casebook
 * setting. Run once, only when asked:
 * {@code mvn -o test -Dtest=FixtureV4Generator -Dcairn.fixture.out=src/test/resources/org/cairn/casebook/fixtures/v4}
 * The committed files must never be regenerated after v4 ships; {@link MigrationFixtureTest} checks them.
 */
class FixtureV4Generator {
    static final String SETTING_KEY = "fixture.note";
    static final String SETTING_VALUE = "Kept since schema v4\nwith a second line";

    @Test
    @EnabledIfSystemProperty(named = "cairn.fixture.out", matches = ".+")
    void write() throws Exception {
        FixtureWriter.write((casebook, clock) -> {
            FixtureV1Generator.fill(casebook, clock);
            FixtureV2Generator.fill(casebook, clock);
            FixtureV3Generator.fill(casebook);
            fill(casebook);
        });
    }

    static void fill(Casebook casebook) {
        casebook.settings().save(SETTING_KEY, SETTING_VALUE);
    }
}
