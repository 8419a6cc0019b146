package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn case restrict} and {@code unrestrict}: who may, what others then find, and the refusals. */
class CaseRestrictCommandTest {
    private static final String ADMIN = "river stones at dawn";
    private static final String ADVOCATE = "lanterns over the harbour";
    private static final String CANARY = "Quillfeatherzz";

    @TempDir
    Path dir;
    private Path casebook;
    private String reference;

    @BeforeEach
    void aCaseOfAminas() {
        casebook = dir.resolve("book");
        assertThat(CliHarness.run(ADMIN + "\n", "create", "--casebook", casebook.toString(), "--name",
                "Grace Okafor").exitCode()).isZero();
        CliHarness.Result added = CliHarness.run(ADMIN + "\n" + ADVOCATE + "\n" + ADVOCATE + "\n", "user", "add",
                "--casebook", casebook.toString(), "--user", "Grace Okafor", "--name", "Amina Yusuf", "--role",
                "advocate");
        assertThat(added.exitCode()).as(added.err()).isZero();
        try (Passphrase passphrase = Passphrase.copyOf(ADMIN.toCharArray());
                Vault vault = Vault.open(casebook, "Grace Okafor", passphrase, VaultOptions.standard())) {
            Casebook book = Casebook.open(vault, CliHarness.CLOCK, "Grace Okafor");
            long client = book.clients().create(ClientDetails.withAlias("Rosa " + CANARY)).id();
            var file = book.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), "Amina Yusuf"));
            book.notes().add(file.id(), "She said " + CANARY);
            reference = file.reference().toString();
        }
    }

    private CliHarness.Result as(String user, String passphrase, String... command) {
        String[] args = new String[command.length + 4];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--casebook";
        args[command.length + 1] = casebook.toString();
        args[command.length + 2] = "--user";
        args[command.length + 3] = user;
        return CliHarness.run(passphrase + "\n", args);
    }

    @Test
    void theCasesAdvocateRestrictsItAndOnlyTheyCanLiftIt() {
        assertThat(as("Grace Okafor", ADMIN, "search", CANARY).out()).contains(reference);
        CliHarness.Result restricted = as("Amina Yusuf", ADVOCATE, "case", "restrict", "--case", reference, "--to",
                "Amina Yusuf");
        assertThat(restricted.exitCode()).as(restricted.err()).isZero();
        assertThat(restricted.out()).contains("restricted " + reference).doesNotContain(CANARY);

        CliHarness.Result search = as("Grace Okafor", ADMIN, "search", CANARY);
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.out()).doesNotContain(reference).doesNotContain(CANARY);

        CliHarness.Result adminLifts = as("Grace Okafor", ADMIN, "case", "unrestrict", "--case", reference);
        assertThat(adminLifts.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(adminLifts.err()).contains("restricted").doesNotContain("Exception").doesNotContain(CANARY);

        CliHarness.Result lifted = as("Amina Yusuf", ADVOCATE, "case", "unrestrict", "--case", reference);
        assertThat(lifted.exitCode()).as(lifted.err()).isZero();
        assertThat(as("Grace Okafor", ADMIN, "search", CANARY).out()).contains(reference);
    }

    @Test
    void badReferencesUnknownCasesAndUnknownPeopleAreClearRefusals() {
        CliHarness.Result notAReference = as("Grace Okafor", ADMIN, "case", "restrict", "--case", "banana", "--to",
                "Amina Yusuf");
        assertThat(notAReference.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notAReference.err()).contains("--case");
        CliHarness.Result noSuchCase = as("Grace Okafor", ADMIN, "case", "restrict", "--case", "C-2020-0999",
                "--to", "Amina Yusuf");
        assertThat(noSuchCase.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(noSuchCase.err()).contains("no case");
        CliHarness.Result nobody = as("Grace Okafor", ADMIN, "case", "restrict", "--case", reference, "--to",
                "Nobody Here");
        assertThat(nobody.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(nobody.err()).contains("no one of that name");
        CliHarness.Result noNames = as("Grace Okafor", ADMIN, "case", "restrict", "--case", reference);
        assertThat(noNames.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(as("Grace Okafor", ADMIN, "search", CANARY).out()).as("nothing was restricted")
                .contains(reference);
    }
}
