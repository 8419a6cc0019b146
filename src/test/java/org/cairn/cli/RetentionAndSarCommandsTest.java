package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casework.SarFixture;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention queue, holds and a subject access copy from the command line, as the one administrator. */
class RetentionAndSarCommandsTest {
    private static final String PASS = "river stones at dawn";

    @TempDir
    Path dir;
    private Path casebook;
    private String oldCase;
    private String heldCase;
    private String herCase;

    @BeforeEach
    void aCasebookWithOldClosedCasesAndAClientWithEveryRecord() {
        casebook = dir.resolve("book");
        assertThat(CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString()).exitCode()).isZero();
        try (Passphrase passphrase = Passphrase.copyOf(PASS.toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            Casebook book = Casebook.open(vault, CliHarness.CLOCK, "tester");
            SarFixture fixture = SarFixture.write(book);
            herCase = book.cases().find(fixture.caseId()).orElseThrow().reference().toString();
            oldCase = closed(book, LocalDate.of(2018, 3, 1));
            heldCase = closed(book, LocalDate.of(2017, 3, 1));
        }
    }

    private static String closed(Casebook book, LocalDate on) {
        long client = book.clients().create(ClientDetails.withAlias("Old")).id();
        var file = book.cases().open(client, CaseDetails.opened(on.minusYears(1), "R"));
        book.cases().close(file.id(), on);
        return file.reference().toString();
    }

    private CliHarness.Result cairn(String... command) {
        String[] args = new String[command.length + 2];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--casebook";
        args[command.length + 1] = casebook.toString();
        return CliHarness.run(PASS + "\n", args);
    }

    @Test
    void theQueueListsDueCasesTabSeparatedAndAHeldCaseLeavesIt() {
        CliHarness.Result review = cairn("retention", "review");
        assertThat(review.exitCode()).as(review.err()).isZero();
        assertThat(review.out().lines()).containsExactly(heldCase + "\t2017-03-01\t2023-03-01\t-\t-",
                oldCase + "\t2018-03-01\t2024-03-01\t-\t-");
        CliHarness.Result hold = cairn("retention", "hold", "--case", heldCase, "--reason", "Civil claim pending",
                "--review-on", "2027-06-01");
        assertThat(hold.exitCode()).as(hold.err()).isZero();
        assertThat(cairn("retention", "review").out().lines()).containsExactly(
                oldCase + "\t2018-03-01\t2024-03-01\t-\t-");
        CliHarness.Result erase = cairn("retention", "decide", "--case", heldCase, "--erase", "--reason", "Ended");
        assertThat(erase.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(erase.err()).contains("legal hold");
        assertThat(cairn("retention", "decide", "--case", oldCase, "--erase", "--reason", "Period ended")
                .exitCode()).isZero();
        assertThat(cairn("retention", "review").out()).isEmpty();
        assertThat(cairn("retention", "review", "--awaiting-erasure").out().lines())
                .containsExactly(oldCase + "\terase\t2026-11-25");
    }

    @Test
    void theScheduleIsPrintedAndChanged() {
        CliHarness.Result set = cairn("retention", "schedule", "--default-years", "9", "--category", "children=25");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out().lines()).containsExactly("default\t9", "children\t25", "marac\t-", "immigration\t-");
        assertThat(cairn("retention", "review").out().lines()).containsExactly(
                heldCase + "\t2017-03-01\t2026-03-01\t-\t-");
        assertThat(cairn("retention", "schedule", "--default-years", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void herCopyIsRefusedWithExitSixUntilEveryItemIsDecidedThenWrittenAsJsonAndCsv() throws Exception {
        Path out = dir.resolve("copy");
        assertThat(cairn("sar", "--client", herCase, "--out", out.toString()).exitCode())
                .isEqualTo(ExitCodes.FAILED);
        CliHarness.Result logged = cairn("sar", "log", "--client", herCase, "--received", "2026-10-31");
        assertThat(logged.exitCode()).as(logged.err()).isZero();
        assertThat(logged.out()).isEqualTo("due\t2026-11-30\n");
        CliHarness.Result refused = cairn("sar", "--client", herCase, "--out", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK);
        assertThat(refused.err()).contains("not finished", "abuser:1 (person causing harm)", "client:children");
        assertThat(out).doesNotExist();
        List<String> items = cairn("sar", "items", "--client", herCase).out().lines().toList();
        assertThat(items).isNotEmpty().allMatch(l -> l.endsWith("\tpending"));
        for (String line : items) {
            String item = line.split("\t")[0];
            CliHarness.Result marked = cairn("sar", "mark", "--client", herCase, "--item", item, "--redact",
                    "--reason", "About someone else");
            assertThat(marked.exitCode()).as(marked.err()).isZero();
        }
        CliHarness.Result written = cairn("sar", "--client", herCase, "--out", out.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        String json = Files.readString(out.resolve("subject-access-2026-11-25.json"), StandardCharsets.UTF_8);
        String csv = Files.readString(out.resolve("subject-access-2026-11-25.csv"), StandardCharsets.UTF_8);
        for (String text : List.of(json, csv)) {
            assertThat(text).contains("Amina Qadir Rahman", "12 Quiet Lane, Leeds", "[withheld:")
                    .doesNotContain("Tariq", "Nadia", "Farah", "Beatrix");
        }
        assertThat(csv).startsWith("section,record,field,value,withheld\r\n");
        byte[] pdf = Files.readAllBytes(out.resolve("subject-access-2026-11-25.pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Amina Qadir Rahman", "12 Quiet Lane, Leeds", "withheld")
                    .doesNotContain("Tariq", "Nadia", "Farah", "Beatrix");
        }
        assertThat(cairn("sar", "--client", herCase, "--out", dir.resolve("again").toString()).exitCode())
                .isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void whenPostIsNotSafeHerCopyIsRefusedForPostAndWrittenForHandingOver() {
        try (Passphrase passphrase = Passphrase.copyOf(PASS.toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            Casebook book = Casebook.open(vault, CliHarness.CLOCK, "tester");
            long client = book.cases().findByReference(org.cairn.casebook.CaseReference.parse(herCase)).orElseThrow()
                    .clientId();
            var details = book.clients().find(client).orElseThrow().details();
            var safety = details.contactSafety();
            book.clients().update(client, new ClientDetails(details.alias(), details.legalNames(),
                    details.dateOfBirth(), details.languages(), details.interpreterNeeded(),
                    new org.cairn.casebook.ContactSafety(safety.phone(), safety.text(),
                            org.cairn.casebook.YesNoUnknown.NO, safety.email(), safety.safeTimes(),
                            safety.codeWord(), safety.safeContact()), details.children()));
        }
        assertThat(cairn("sar", "log", "--client", herCase, "--received", "2026-11-20").exitCode()).isZero();
        for (String line : cairn("sar", "items", "--client", herCase).out().lines().toList()) {
            assertThat(cairn("sar", "mark", "--client", herCase, "--item", line.split("\t")[0], "--redact",
                    "--reason", "About someone else").exitCode()).isZero();
        }
        Path out = dir.resolve("copy");
        CliHarness.Result posted = cairn("sar", "--client", herCase, "--out", out.toString());
        assertThat(posted.exitCode()).isEqualTo(ExitCodes.REFUSED_BY_DISCLOSURE_CHECK);
        assertThat(posted.err()).contains("--delivery by-hand");
        assertThat(out).doesNotExist();
        assertThat(cairn("sar", "--client", herCase, "--out", out.toString(), "--delivery", "pigeon").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        CliHarness.Result byHand = cairn("sar", "--client", herCase, "--out", out.toString(), "--delivery",
                "by-hand");
        assertThat(byHand.exitCode()).as(byHand.err()).isZero();
        assertThat(out.resolve("subject-access-2026-11-25.json")).exists();
    }

    @Test
    void aClientReferenceThatIsNotACaseReferenceIsAUsageError() {
        CliHarness.Result bad = cairn("sar", "log", "--client", "C-2O26-0001", "--received", "2026-10-31");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("C-2026-0042");
    }
}
