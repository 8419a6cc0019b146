package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Rectification;
import org.cairn.casework.SarFixture;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrections a client asks for, from the command line: audited, the earlier value kept. */
class RectifyCommandTest {
    private static final String PASS = "river stones at dawn";

    @TempDir
    Path dir;
    private Path casebook;
    private String herCase;
    private long noteId;
    private long otherNoteId;

    @BeforeEach
    void aClientWithEveryRecord() {
        casebook = dir.resolve("book");
        assertThat(CliHarness.run(PASS + "\n", "create", "--casebook", casebook.toString()).exitCode()).isZero();
        try (Passphrase passphrase = Passphrase.copyOf(PASS.toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            Casebook book = Casebook.open(vault, CliHarness.CLOCK, "tester");
            SarFixture fixture = SarFixture.write(book);
            herCase = book.cases().find(fixture.caseId()).orElseThrow().reference().toString();
            noteId = fixture.noteId();
            otherNoteId = book.notes().add(book.cases().open(book.clients().create(
                    org.cairn.casebook.ClientDetails.withAlias("Someone else")).id(),
                    org.cairn.casebook.CaseDetails.opened(LocalDate.of(2026, 1, 5), "R")).id(), "Her own note").id();
        }
    }

    private CliHarness.Result cairn(String... command) {
        String[] args = new String[command.length + 2];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--casebook";
        args[command.length + 1] = casebook.toString();
        return CliHarness.run(PASS + "\n", args);
    }

    private <T> T read(java.util.function.Function<Casebook, T> reading) {
        try (Passphrase passphrase = Passphrase.copyOf(PASS.toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            return reading.apply(Casebook.open(vault, CliHarness.CLOCK, "tester"));
        }
    }

    @Test
    void aDetailIsCorrectedAuditedAndTheEarlierValueKept() {
        CliHarness.Result done = cairn("rectify", "--client", herCase, "--field", "address", "--value",
                "3 New Street, Leeds", "--requested-on", "2026-11-20");
        assertThat(done.exitCode()).as(done.err()).isZero();
        assertThat(done.out()).startsWith("corrected client.address as asked on 2026-11-20");
        long clientId = read(book -> book.cases().findByReference(org.cairn.casebook.CaseReference.parse(herCase))
                .orElseThrow().clientId());
        java.util.List<Rectification> kept = read(book -> book.rectifications().forClient(clientId));
        assertThat(kept).singleElement().satisfies(r -> {
            assertThat(r.earlierValue()).isEqualTo("12 Quiet Lane, Leeds");
            assertThat(r.correctedValue()).isEqualTo("3 New Street, Leeds");
            assertThat(r.requestedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
        String address = read(book -> book.clients().personal(clientId).address());
        assertThat(address).isEqualTo("3 New Street, Leeds");
        boolean audited = read(book -> book.audit().latest(AuditAction.RECTIFIED).isPresent());
        assertThat(audited).isTrue();
    }

    @Test
    void aNoteIsCorrectedByTheNumberItsItemShowsAndKeepsItsHistory() {
        CliHarness.Result done = cairn("rectify", "--case", herCase, "--note", "note:" + noteId, "--value",
                "First call: she feels unsafe at home");
        assertThat(done.exitCode()).as(done.err()).isZero();
        Rectification kept = read(book -> book.rectifications().forClient(book.notes().find(noteId).map(n ->
                book.cases().find(n.caseId()).orElseThrow().clientId()).orElseThrow()).get(0));
        assertThat(kept.field()).isEqualTo("note:" + noteId);
        assertThat(kept.earlierValue()).contains("Tariq Hussain calls her daily");
        assertThat(kept.requestedOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        String text = read(book -> book.notes().find(noteId).orElseThrow().text());
        assertThat(text).isEqualTo("First call: she feels unsafe at home");
        int versions = read(book -> book.notes().history(noteId).size());
        assertThat(versions).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anotherClientsNoteAnUnknownFieldOrAFutureDayChangeNothing() {
        CliHarness.Result other = cairn("rectify", "--client", herCase, "--note", Long.toString(otherNoteId),
                "--value", "Changed");
        assertThat(other.exitCode()).isEqualTo(ExitCodes.FAILED);
        String untouched = read(book -> book.notes().find(otherNoteId).orElseThrow().text());
        assertThat(untouched).isEqualTo("Her own note");
        for (String[] bad : new String[][] {
            {"--field", "addres"}, {"--field", "ADDRESS\u200b"}, {"--note", "note:\u0661\u0662"},
            {"--note", "seventeen"}}) {
            CliHarness.Result refused = cairn("rectify", "--client", herCase, bad[0], bad[1], "--value", "X");
            assertThat(refused.exitCode()).as(String.join(" ", bad)).isEqualTo(ExitCodes.USAGE);
        }
        CliHarness.Result future = cairn("rectify", "--client", herCase, "--field", "phone", "--value", "0",
                "--requested-on", "2026-11-26");
        assertThat(future.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(future.err()).contains("has not come yet");
        int corrections = read(book -> book.rectifications().forClient(book.cases().findByReference(
                org.cairn.casebook.CaseReference.parse(herCase)).orElseThrow().clientId()).size());
        assertThat(corrections).isZero();
    }
}
