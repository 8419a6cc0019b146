package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Client;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.DirectoryDetails;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.ImmigrationCategory;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.testsupport.CanaryScanner;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterCommandTest {
    private static final String PASS = "river stones at dawn";
    private static final String CANARY = "Kanarek7f3Żółw";

    @TempDir
    Path dir;
    private Path casebook;
    private String reference;

    @BeforeEach
    void setUp() throws Exception {
        casebook = dir.resolve("casebook");
        assertThat(CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString()).exitCode()).isZero();
        try (Passphrase passphrase = Passphrase.copyOf(PASS.toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            Casebook book = Casebook.open(vault, CliHarness.CLOCK, "tester");
            Client client = book.clients().create(new ClientDetails("Amira", "Amira " + CANARY,
                    LocalDate.of(1990, 5, 4), List.of("Arabic"), true, ContactSafety.unknown(), null));
            CaseFile file = book.cases().open(client.id(), new CaseDetails(LocalDate.of(2026, 3, 1), null,
                    org.cairn.casebook.CaseStatus.OPEN, "Sam Advocate", java.util.Set.of(),
                    org.cairn.casebook.RiskLevel.MEDIUM, null, ImmigrationCategory.SPOUSE_OR_PARTNER_VISA,
                    YesNoUnknown.YES, org.cairn.casebook.EvidenceGaps.unknown()));
            reference = file.reference().toString();
        }
    }

    @Test
    void aLetterToTheClientIsWrittenKeptAndAuditedWithoutTheCanaryReachingLogsOrTemp() throws Exception {
        Instant began = Instant.now().minusSeconds(2);
        Path out = dir.resolve("letter.pdf");

        CliHarness.Result result = run("--template", "letter-info-mvdac", "--recipient", "client", "--out",
                out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("not encrypted");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("DearAmira");
        }
        List<AuditEntry> audit = audit();
        assertThat(audit).extracting(AuditEntry::action).contains(AuditAction.LETTER_KEPT, AuditAction.LETTER_SAVED);
        Path logs = Path.of(System.getProperty("cairn.logDir"));
        assertThat(CanaryScanner.scan(CANARY, List.of(casebook, logs),
                List.of(Path.of(System.getProperty("java.io.tmpdir"))), began)).isEmpty();
    }

    @Test
    void aReadOnlyCasebookWritesTheLetterElsewhereKeepsNothingAndRefusesAnOverride() throws Exception {
        byte[] log = Files.readAllBytes(casebook.resolve("casebook.log"));
        Path out = dir.resolve("read-only.pdf");

        CliHarness.Result result = run("--read-only", "--template", "letter-info-mvdac", "--recipient", "client",
                "--out", out.toString());
        CliHarness.Result override = run("--read-only", "--template", "letter-gp-registration", "--recipient",
                "Dr Lee", "--recipient-kind", "statutory", "--recipient-organisation", "Hill Surgery",
                "--consent-reason", "She asked us today", "--out", dir.resolve("override.pdf").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("no copy was kept");
        assertThat(out).exists();
        assertThat(override.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(override.err()).contains("cannot be audited");
        assertThat(dir.resolve("override.pdf")).doesNotExist();
        assertThat(Files.readAllBytes(casebook.resolve("casebook.log"))).as("nothing written").isEqualTo(log);
        assertThat(audit()).extracting(AuditEntry::action).doesNotContain(AuditAction.LETTER_KEPT);
    }

    @Test
    void aLetterStoppedByTheCheckExitsSixListsTheRulesAndWritesNothing() {
        Path out = dir.resolve("gp.pdf");

        CliHarness.Result result = run("--template", "letter-gp-registration", "--recipient", "Dr Lee",
                "--recipient-kind", "statutory", "--recipient-organisation", "Hill Surgery", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK);
        assertThat(result.err()).contains("consent-missing").contains("share-with-organisation")
                .doesNotContain(CANARY);
        assertThat(out).doesNotExist();
    }

    @Test
    void aReasonLetsTheLetterGoAndIsAuditedAsAnOverride() throws Exception {
        Path out = dir.resolve("gp.pdf");

        CliHarness.Result result = run("--template", "letter-gp-registration", "--recipient", "Dr Lee",
                "--recipient-kind", "statutory", "--recipient-organisation", "Hill Surgery", "--consent-reason", "She asked us today, in person",
                "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(out).exists();
        assertThat(audit()).filteredOn(e -> e.action() == AuditAction.CONSENT_OVERRIDE)
                .extracting(AuditEntry::reason).containsExactly("She asked us today, in person");
    }

    @Test
    void theImmigrationConfirmationDoesNotAnswerMissingConsent() throws Exception {
        Path out = dir.resolve("gp.pdf");

        CliHarness.Result result = run("--template", "letter-gp-registration", "--recipient", "Dr Lee",
                "--recipient-kind", "statutory", "--recipient-organisation", "Hill Surgery", "--confirm-reason", "She asked us today",
                "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK);
        assertThat(result.err()).contains("consent-missing").contains("--consent-reason");
        assertThat(out).doesNotExist();
        assertThat(audit()).extracting(AuditEntry::action).doesNotContain(AuditAction.CONSENT_OVERRIDE);
    }

    @Test
    void anImportedLetterIsOfferedItsImmigrationFieldsNeedConfirmReasonAndAnOlderVersionCanBeNamed()
            throws Exception {
        Path v1 = dir.resolve("nrpf-1.cairn-template");
        Files.writeString(v1, orgLetter(1, "Version one. No recourse to public funds: {{case.nrpf}}."));
        Path v2 = dir.resolve("nrpf-2.cairn-template");
        Files.writeString(v2, orgLetter(2, "Version two. No recourse to public funds: {{case.nrpf}}."));
        assertThat(CliHarness.run(PASS + "\n", "template", "import", "--casebook", casebook.toString(),
                v1.toString(), v2.toString()).exitCode()).isZero();

        Path stopped = dir.resolve("stopped.pdf");
        CliHarness.Result withoutReason = run("--template", "org-letter-nrpf", "--recipient", "Benefits office",
                "--recipient-kind", "statutory", "--consent-reason", "not the question", "--out",
                stopped.toString());
        assertThat(withoutReason.exitCode()).isEqualTo(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK);
        assertThat(withoutReason.err()).contains("immigration-to-authority", "case.nrpf", "--confirm-reason");
        assertThat(stopped).doesNotExist();

        Path newest = dir.resolve("newest.pdf");
        CliHarness.Result confirmed = run("--template", "org-letter-nrpf", "--recipient", "Benefits office",
                "--recipient-kind", "statutory", "--confirm-reason", "Needed for her claim", "--out",
                newest.toString());
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(text(newest)).contains("Versiontwo").doesNotContain("Versionone");
        assertThat(audit()).filteredOn(e -> e.action() == AuditAction.DISCLOSURE_OVERRIDE)
                .extracting(AuditEntry::reason).containsExactly("Needed for her claim [fields: case.nrpf]");

        Path older = dir.resolve("older.pdf");
        CliHarness.Result named = run("--template", "org-letter-nrpf@1", "--recipient", "Benefits office",
                "--recipient-kind", "statutory", "--confirm-reason", "Needed for her claim", "--out",
                older.toString());
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(text(older)).contains("Versionone");
    }

    private static String orgLetter(int version, String body) {
        return """
                cairn-template: 1
                id: org-letter-nrpf
                version: %d
                title: Funds letter
                kind: letter
                language: en-GB
                recipient: statutory
                consent: none
                sensitive: immigration
                requires-oisc: no
                source: Our own wording
                last-checked: 2026-11-25
                translation: original
                ---

                %s
                """.formatted(version, body);
    }

    private static String text(Path pdfFile) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(pdfFile))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    @Test
    void missingValuesAreNamedAndCanBeGivenWithValue() {
        Path out = dir.resolve("referral.pdf");
        CliHarness.Result missing = run("--template", "letter-referral-cover", "--recipient", "Intake team",
                "--recipient-kind", "third-sector", "--recipient-organisation", "Support Org", "--consent-reason", "She agreed by phone", "--out", out.toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(missing.err()).contains("referral.consentDate", "referral.reason", "referral.urgency",
                "--value");
        assertThat(out).doesNotExist();

        CliHarness.Result given = run("--template", "letter-referral-cover", "--recipient", "Intake team",
                "--recipient-kind", "third-sector", "--recipient-organisation", "Support Org", "--consent-reason", "She agreed by phone", "--value",
                "referral.consentDate=1 November 2026", "--value", "referral.reason=Needs legal advice",
                "--value", "referral.urgency=This week", "--out", out.toString());
        assertThat(given.exitCode()).as(given.err()).isZero();
    }

    @Test
    void unknownTemplatesCasesAndKindsAreUsageErrors() {
        String out = dir.resolve("x.pdf").toString();
        assertThat(run("--template", "no-such", "--recipient", "client", "--out", out).exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliHarness.run(PASS + "\n", "letter", "--casebook", casebook.toString(), "--case", "C-2026-0099",
                "--template", "letter-info-mvdac", "--recipient", "client", "--out", out).err())
                .contains("no case C-2026-0099");
        assertThat(run("--template", "letter-gp-registration", "--recipient", "X", "--recipient-kind", "police",
                "--out", out).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aRecipientNamedInTheDirectoryIsTakenFromItAndABlockedOneStopsTheLetter() throws Exception {
        try (Passphrase passphrase = Passphrase.copyOf(PASS.toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            Casebook book = Casebook.open(vault, CliHarness.CLOCK, "tester");
            DirectoryEntry surgery = book.directory().add(new DirectoryDetails("Hill Surgery",
                    org.cairn.casebook.RecipientKind.STATUTORY, List.of("GP"), List.of(), List.of(), "by post",
                    null, null, "1 Hill Road, Testtown, TT1 1AA", null));
            // A client-facing service: its kind must not exempt it from the blocked list.
            DirectoryEntry centre = book.directory().add(new DirectoryDetails("Eastgate Centre",
                    org.cairn.casebook.RecipientKind.CLIENT, List.of("drop-in"), List.of(), List.of(), "",
                    null, null, "2 East Gate, Testtown", null));
            long clientId = book.cases().findByReference(org.cairn.casebook.CaseReference.parse(reference))
                    .orElseThrow().clientId();
            book.blockedRecipients().add(clientId, centre.id(), centre.name(), "linked to the abuser");
            assertThat(surgery.id()).isPositive();
        }
        Path toSurgery = dir.resolve("surgery.pdf");
        CliHarness.Result listed = run("--template", "letter-gp-registration", "--recipient", "hill surgery",
                "--consent-reason", "She asked us today", "--out", toSurgery.toString());
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(toSurgery))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("1HillRoad");
        }

        Path toCentre = dir.resolve("centre.pdf");
        CliHarness.Result blocked = run("--template", "letter-support-confirmation", "--recipient", "Eastgate Centre",
                "--consent-reason", "She agreed by phone", "--out", toCentre.toString());
        assertThat(blocked.exitCode()).as(blocked.err()).isEqualTo(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK);
        assertThat(blocked.err()).contains("blocked-recipient");
        assertThat(toCentre).doesNotExist();
    }

    @Test
    void typedValuesCannotChangeWhoTheCheckedLetterIsAddressedTo() throws Exception {
        Path out = dir.resolve("gp.pdf");
        CliHarness.Result result = run("--template", "letter-gp-registration", "--recipient", "Dr Lee",
                "--recipient-kind", "statutory", "--recipient-organisation", "Hill Surgery", "--consent-reason", "She asked us today",
                "--value", "recipient.name=Someone Blocked", "--value", "recipient.address=1 Other Road",
                "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("DrLee").doesNotContain("SomeoneBlocked").doesNotContain("1OtherRoad");
        }
    }

    private CliHarness.Result run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("letter", "--casebook", casebook.toString(), "--case",
                reference));
        all.addAll(List.of(args));
        return CliHarness.run(PASS + "\n", all.toArray(String[]::new));
    }

    private List<AuditEntry> audit() throws Exception {
        try (Passphrase passphrase = Passphrase.copyOf(PASS.toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            return Casebook.open(vault, CliHarness.CLOCK, "tester").audit().forSubject(reference);
        }
    }
}
