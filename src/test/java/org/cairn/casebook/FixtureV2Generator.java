package org.cairn.casebook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the schema v2 fixture casebook (passphrase "correct horse battery"): the v1 content plus a row in every
 * table v2 added. Run once, only when asked:
 * {@code mvn -o test -Dtest=FixtureV2Generator -Dcairn.fixture.out=src/test/resources/org/cairn/casebook/fixtures/v2}
 * The committed files must never be regenerated after v2 ships; {@link MigrationFixtureTest} checks them.
 */
class FixtureV2Generator {
    static final String FORM_TEXT = "cairn-template: 1\nid: fixture-plan\n---\n# Fixture plan\n";
    static final byte[] LETTER_BYTES = "%PDF-1.7 fixture letter".getBytes(StandardCharsets.US_ASCII);

    @Test
    @EnabledIfSystemProperty(named = "cairn.fixture.out", matches = ".+")
    void write() throws Exception {
        FixtureWriter.write((casebook, clock) -> {
            FixtureV1Generator.fill(casebook, clock);
            fill(casebook, clock);
        });
    }

    static void fill(Casebook casebook, MutableClock clock) {
        CaseFile file = casebook.cases().findByReference(CaseReference.parse("C-2025-0001")).orElseThrow();
        long client = file.clientId();
        casebook.clients().updatePersonal(client, new PersonalDetails("Chilean", "485 777 3456", "step-free access",
                "Northtown", "Flat 3, 12 Quiet Lane, Southtown", "07700 900123", "jose@example.org"));
        casebook.cases().updateImmigrationDetails(file.id(), new ImmigrationDetails(LocalDate.of(2026, 6, 30),
                "HO-1234567"));
        casebook.abusers().add(client, "Marco R.", "husband", "4 Hill Road, Northtown");
        DirectoryEntry rights = casebook.directory().add(new DirectoryDetails("Rights of Women",
                RecipientKind.THIRD_SECTOR, List.of("legal advice"), List.of("English", "Spanish"), List.of("England"), "phone line",
                "01632 960001", "advice@example.org", "1 Example Street, London", LocalDate.of(2026, 1, 10)));
        DirectoryEntry centre = casebook.directory().add(new DirectoryDetails("Northtown Community Centre",
                RecipientKind.THIRD_SECTOR, List.of("drop-in"), List.of(), List.of("Northtown"), "", null, null,
                null, null));
        casebook.blockedRecipients().add(client, centre.id(), centre.name(), "the husband's cousin volunteers there");
        casebook.orgTemplates().addAll(List.of(new NewOrgTemplate("local-plan", 2, "safety-plan", "cy",
                "Our local plan", FORM_TEXT)));
        CaseForm form = casebook.forms().start(file.id(), new FormTemplate("fixture-plan", 1, "risk-checklist",
                "Fixture checklist", FORM_TEXT));
        clock.advance(Duration.ofMinutes(5));
        FormVersion saved = casebook.forms().save(form.id(), Map.of("weapon", "yes", "notes", "Olé — ✓"), 14);
        casebook.forms().setReview(form.id(), LocalDate.of(2026, 4, 1), "Review the safety plan");
        casebook.risk().change(file.id(), RiskLevel.HIGH, RiskSource.JUDGEMENT, form.id(), "threats this week");
        casebook.risk().decideMarac(file.id(), form.id(), saved.version(), MaracChoice.REFER, null);
        Referral referral = casebook.referrals().make(new ReferralRequest(file.id(), "referral-immigration-advice", 1,
                ConsentPurpose.REFER_TO_ORGANISATION, rights.id(), rights.name(), RecipientKind.THIRD_SECTOR,
                LocalDate.of(2026, 3, 14), 14, null, null));
        casebook.referrals().recordOutcome(referral.id(), ReferralOutcome.ACCEPTED, LocalDate.of(2026, 3, 20));
        casebook.orgProfile().save(new OrgProfile("Fixture Support Service", "1 Fixture Road", "01632 960000",
                "hello@example.org", "1234567", null, Accreditation.NONE, "Advocate", "Fixture Support Service",
                null, LetterPaper.A4));
        casebook.letters().keep(file.id(), new LetterCopy("letter-support-confirmation", 1, "en-GB",
                "Rights of Women", "THIRD_SECTOR", rights.id(), "Support confirmation", LETTER_BYTES),
                LetterDisposition.KEPT);
    }
}
