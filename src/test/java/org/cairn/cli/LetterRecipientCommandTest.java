package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Client;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.PersonalDetails;
import org.cairn.names.LookAlikes;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn letter} compares recipients by who they are, and asks for each decision with its own option. */
class LetterRecipientCommandTest {
    private static final String PASS = "river stones at dawn";

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
            Client client = book.clients().create(new ClientDetails("Amira", "Amira Example",
                    LocalDate.of(1990, 5, 4), List.of("Arabic"), true, ContactSafety.unknown(), null));
            book.clients().updatePersonal(client.id(), new PersonalDetails(null, null, null, null, "Flat 9\nLeeds",
                    null, null));
            CaseFile file = book.cases().open(client.id(), CaseDetails.opened(LocalDate.of(2026, 3, 1), "Sam"));
            book.blockedRecipients().add(client.id(), null, "Daniel O'Connor", "his brother");
            book.abusers().add(client.id(), "Karim Haddad", "ex-partner", null);
            reference = file.reference().toString();
        }
    }

    @Test
    void aTypedRecipientWithoutAKindIsAUsageError() {
        CliHarness.Result result = run("--template", "letter-support-confirmation", "--recipient", "Intake team",
                "--out", dir.resolve("x.pdf").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--recipient-kind");
    }

    @Test
    void aReasonOfSpacesAndPunctuationIsAUsageError() {
        CliHarness.Result result = run("--template", "letter-support-confirmation", "--recipient", "Intake team",
                "--recipient-kind", "third-sector", "--consent-reason", "\u00A0. - !", "--out",
                dir.resolve("x.pdf").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--consent-reason", "three letters");
    }

    @Test
    void lookAlikesOfBlockedNamesAndOfThePersonCausingHarmAreRefused() {
        LookAlikes lookAlikes = new LookAlikes(2026L);
        List<String> variants = new ArrayList<>();
        for (String name : List.of("Daniel O'Connor", "Karim Haddad")) {
            variants.addAll(lookAlikes.same(name, 2));
            variants.addAll(lookAlikes.decorated(name, 1));
        }
        for (String variant : variants) {
            Path out = dir.resolve("x.pdf");
            CliHarness.Result result = run("--template", "letter-support-confirmation", "--recipient", variant,
                    "--recipient-kind", "third-sector", "--consent-reason", "She agreed by phone", "--value",
                    "case.abuseTypes=Coercive control", "--out", out.toString());
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK);
            assertThat(result.err()).containsAnyOf("blocked-recipient", "--different-person-reason");
            assertThat(result.err()).doesNotContain("\u200B", "\u202E", "\u2066");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aNameOnTheStatutoryListTakesThatKindUnlessKindReasonSaysWhy() {
        Path out = dir.resolve("ho.pdf");
        CliHarness.Result result = run("--template", "letter-support-confirmation", "--recipient", "Home Office",
                "--recipient-organisation", "Croydon", "--recipient-kind", "third-sector", "--consent-reason",
                "She agreed by phone", "--value", "case.abuseTypes=Coercive control", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK);
        assertThat(result.err()).contains("recipient-kind-listed", "--kind-reason");
        assertThat(out).doesNotExist();
    }

    @Test
    void theClientsAddressToAStatutoryBodyNeedsContactReasonWhichIsAudited() throws Exception {
        importLetter("org-letter-address", "statutory", "location", "She now lives at {{client.address}}.");
        Path stopped = dir.resolve("stopped.pdf");
        CliHarness.Result without = run("--template", "org-letter-address", "--recipient", "Housing Options",
                "--recipient-kind", "statutory", "--out", stopped.toString());
        assertThat(without.exitCode()).isEqualTo(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK);
        assertThat(without.err()).contains("location-or-contact-to-authority", "client.address", "--contact-reason");
        assertThat(stopped).doesNotExist();

        Path sent = dir.resolve("sent.pdf");
        CliHarness.Result with = run("--template", "org-letter-address", "--recipient", "Housing Options",
                "--recipient-kind", "statutory", "--contact-reason", "She asked for a housing assessment", "--out",
                sent.toString());
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(audit()).filteredOn(e -> e.action() == AuditAction.DISCLOSURE_OVERRIDE)
                .extracting(AuditEntry::reason).singleElement().asString()
                .contains("She asked for a housing assessment", "location-or-contact-to-authority");
    }

    @Test
    void wordingThatActsInAnImmigrationMatterIsStoppedWithoutAnOiscRegistration() throws Exception {
        // The template says statutory, so its header does not ask for OISC; the recipient is the Home Office.
        importLetter("org-letter-ho", "statutory", "identity",
                "We act for {{client.legalName}} and ask that you grant her leave.");
        Path out = dir.resolve("ho.pdf");
        CliHarness.Result result = run("--template", "org-letter-ho", "--recipient", "Home Office",
                "--recipient-kind", "immigration-authority", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK);
        assertThat(result.err()).contains("oisc-wording", "we act for");
        assertThat(out).doesNotExist();
    }

    @Test
    void theOrganisationsOwnStatutoryListIsKeptInTheCasebookAndUsedByTheCheck() throws Exception {
        Path list = dir.resolve("bodies.txt");
        Files.writeString(list, "# ours\nstatutory: Riverside Safeguarding Hub\n");
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "Riverside Safeguarding Hub\n");
        CliHarness.Result refused = CliHarness.run(PASS + "\n", "letter-lists", "--casebook", casebook.toString(),
                "--list", "statutory-bodies", "--set", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("lines 1", "nothing was saved");

        CliHarness.Result saved = CliHarness.run(PASS + "\n", "letter-lists", "--casebook", casebook.toString(),
                "--list", "statutory-bodies", "--set", list.toString());
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        CliHarness.Result shown = CliHarness.run(PASS + "\n", "letter-lists", "--casebook", casebook.toString(),
                "--list", "statutory-bodies");
        assertThat(shown.out()).contains("Riverside Safeguarding Hub").doesNotContain("Home Office");

        CliHarness.Result checked = run("--template", "letter-support-confirmation", "--recipient",
                "Riverside\u00A0Safeguarding HUB", "--recipient-kind", "third-sector", "--consent-reason",
                "She agreed by phone", "--value", "case.abuseTypes=Coercive control", "--out",
                dir.resolve("hub.pdf").toString());
        assertThat(checked.exitCode()).isEqualTo(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK);
        assertThat(checked.err()).contains("recipient-kind-listed");
        assertThat(audit().stream().map(AuditEntry::action)).doesNotContain(AuditAction.DISCLOSURE_OVERRIDE);
    }

    private void importLetter(String id, String recipient, String sensitive, String body) throws Exception {
        Path file = dir.resolve(id + ".cairn-template");
        Files.writeString(file, """
                cairn-template: 1
                id: %s
                version: 1
                title: Our letter
                kind: letter
                language: en-GB
                recipient: %s
                consent: none
                sensitive: %s
                requires-oisc: no
                source: Our own wording
                last-checked: 2026-11-25
                translation: original
                ---

                %s
                """.formatted(id, recipient, sensitive, body));
        CliHarness.Result imported = CliHarness.run(PASS + "\n", "template", "import", "--casebook",
                casebook.toString(), file.toString());
        assertThat(imported.exitCode()).as(imported.err() + imported.out()).isZero();
    }

    private CliHarness.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("letter", "--casebook", casebook.toString(), "--case",
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
