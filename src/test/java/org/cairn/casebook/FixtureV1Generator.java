package org.cairn.casebook;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the schema v1 fixture casebook (passphrase "correct horse battery"). Run once, only when asked:
 * {@code mvn -o test -Dtest=FixtureV1Generator -Dcairn.fixture.out=src/test/resources/org/cairn/casebook/fixtures/v1}
 * The committed files must never be regenerated after v1 ships; {@link MigrationFixtureTest} checks them.
 */
class FixtureV1Generator {
    @Test
    @EnabledIfSystemProperty(named = "cairn.fixture.out", matches = ".+")
    void write() throws Exception {
        FixtureWriter.write(FixtureV1Generator::fill);
    }

    static void fill(Casebook casebook, MutableClock clock) {
        Client client = casebook.clients().create(new ClientDetails("José A.", "Josefa Arriaga Peñaloza",
                LocalDate.of(1988, 7, 14), List.of("Spanish", "English"), true,
                new ContactSafety(YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.NO, YesNoUnknown.UNKNOWN,
                        "weekdays 10-12", "sunflower", "friend from English class"),
                new Children(2, List.of(4, 9))));
        CaseFile file = casebook.cases().open(client.id(), new CaseDetails(LocalDate.of(2025, 11, 3), null,
                CaseStatus.OPEN, "R. Mensah", EnumSet.of(AbuseType.COERCIVE_CONTROL, AbuseType.ECONOMIC),
                RiskLevel.HIGH, LocalDate.of(2025, 11, 4), ImmigrationCategory.SPOUSE_OR_PARTNER_VISA,
                YesNoUnknown.YES, new EvidenceGaps(YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.NO,
                        YesNoUnknown.YES, YesNoUnknown.YES, YesNoUnknown.UNKNOWN)));
        Note note = casebook.notes().add(file.id(), "Met at drop-in; GP registration refused.");
        clock.advance(Duration.ofMinutes(30));
        casebook.notes().edit(note.id(), "Met at drop-in; GP registration refused without proof of address.");
        casebook.tasks().add(file.id(), "Chase GP registration", LocalDate.of(2026, 3, 20));
        casebook.consents().record(client.id(), new ConsentRecord(ConsentPurpose.COUNT_IN_STATISTICS, null,
                ConsentDecision.GIVEN, LocalDate.of(2025, 11, 3), ConsentMethod.WRITTEN, null));
        casebook.consents().record(client.id(), new ConsentRecord(ConsentPurpose.REFER_TO_ORGANISATION,
                "Rights of Women", ConsentDecision.GIVEN, LocalDate.of(2025, 11, 3), ConsentMethod.VERBAL,
                LocalDate.of(2026, 11, 3)));
        casebook.audit().record(AuditAction.CASE_FILE_OPENED, file.reference().toString());
    }
}
