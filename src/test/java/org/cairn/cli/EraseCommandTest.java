package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cairn erase} from the command line: confirmation, holds, and a backup restored after it. */
class EraseCommandTest {
    private static final String ADMIN = "river stones at dawn";

    @TempDir
    Path dir;
    private Path casebook;
    private VaultOptions options;
    private String reference;

    @BeforeEach
    void createWithOneClient() {
        casebook = dir.resolve("book");
        options = VaultOptions.standard().withAnchors(new RollbackAnchors(dir.resolve("data").resolve("anchors")));
        CliHarness.Result created = CliHarness.run(options, ADMIN + "\n", "create", "--casebook",
                casebook.toString(), "--name", "Grace Okafor");
        assertThat(created.exitCode()).as(created.err()).isZero();
        try (Passphrase passphrase = Passphrase.copyOf(ADMIN.toCharArray());
                Vault vault = Vault.open(casebook, "Grace Okafor", passphrase, options)) {
            Casebook book = Casebook.open(vault, CliHarness.CLOCK, "Grace Okafor");
            long client = book.clients().create(ClientDetails.withAlias("Marzena Quillfeather")).id();
            reference = book.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), "G. Okafor"))
                    .reference().toString();
        }
    }

    private CliHarness.Result erase(String... extra) {
        String[] base = {"erase", "--casebook", casebook.toString(), "--user", "Grace Okafor", "--client", reference,
            "--reason", "she asked to be forgotten"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliHarness.run(options, ADMIN + "\n", args);
    }

    private CliHarness.Result search() {
        return CliHarness.run(options, ADMIN + "\n", "search", "--casebook", casebook.toString(), "--user",
                "Grace Okafor", "Quillfeather");
    }

    @Test
    void withoutConfirmationNothingIsErased() {
        CliHarness.Result refused = erase();
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("--confirm " + reference);
        assertThat(search().out()).contains(reference);
    }

    @Test
    void erasesAndARestoredOlderBackupErasesHerAgain() {
        Path backup = dir.resolve("before.cairn-backup");
        CliHarness.Result backedUp = CliHarness.run(options, ADMIN + "\n", "backup", "--casebook",
                casebook.toString(), "--user", "Grace Okafor", "--to", backup.toString());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();

        CliHarness.Result erased = erase("--confirm", reference);
        assertThat(erased.exitCode()).as(erased.err()).isZero();
        assertThat(erased.out()).startsWith("erased the client and 1 case(s)");
        assertThat(search().out()).doesNotContain(reference);

        Path restored = dir.resolve("restored");
        CliHarness.Result restore = CliHarness.run(options, ADMIN + "\n", "restore", "--from", backup.toString(),
                "--casebook", restored.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("erased again: 1 erasure(s) made after this backup");
        CliHarness.Result found = CliHarness.run(options, ADMIN + "\n", "search", "--casebook", restored.toString(),
                "--user", "Grace Okafor", "Quillfeather");
        assertThat(found.exitCode()).as(found.err()).isZero();
        assertThat(found.out()).doesNotContain(reference);
    }

    @Test
    void aClientOnLegalHoldIsRefusedWithTheUsualExitCode() {
        try (Passphrase passphrase = Passphrase.copyOf(ADMIN.toCharArray());
                Vault vault = Vault.open(casebook, "Grace Okafor", passphrase, options)) {
            vault.write(tx -> tx.execute("INSERT INTO retention_hold(case_id, reason, review_on, placed_by, placed_at) "
                    + "SELECT id, 'proceedings', '2027-01-01', 'x', 1 FROM case_file"));
        }
        CliHarness.Result refused = erase("--confirm", reference);
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.err()).contains("legal hold");
        assertThat(search().out()).contains(reference);
    }
}
