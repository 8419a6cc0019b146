package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casework.Casework;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.cairn.vault.VaultRestore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the erasure journal keeps of an anonymised case (ADR 0049): nothing that ties it to her surviving client,
 * yet enough that a restored older copy anonymises it again, and erases it again when it was erased since.
 */
class AnonymisedCaseJournalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    VaultOptions options;
    Vault vault;
    Casebook casebook;
    Casework casework;
    long client;
    long anonymised;
    long kept;

    @BeforeEach
    void twoCasesOfOneClient() {
        options = VaultOptions.standard().withAnchors(new RollbackAnchors(dir.resolve("data").resolve("anchors")));
        try (Passphrase passphrase = TestVaults.passphrase()) {
            vault = Vault.create(dir.resolve("book"), passphrase, TestVaults.fastKdf(), options).vault();
        }
        open();
        client = casebook.clients().create(ClientDetails.withAlias("Amina")).id();
        anonymised = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2017, 2, 3), "R. O.")).id();
        casebook.cases().close(anonymised, LocalDate.of(2018, 5, 6));
        kept = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2025, 1, 1), "R. O.")).id();
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private void open() {
        casebook = Casebook.open(vault, CLOCK, "Ada Administrator");
        casework = Casework.unlockedBy(casebook, vault);
    }

    @Test
    void noJournalRowTiesTheAnonymousCaseToHerSurvivingClient() {
        long createdAt = vault.read(r -> r.queryLong("SELECT created_at FROM client WHERE id = ?", client));
        casework.retention().anonymise(anonymised, "Period ended, counts kept");
        assertThat(casebook.clients().find(client)).isPresent();
        long tying = vault.read(r -> r.queryLong("SELECT count(*) FROM erasure_journal WHERE client_id = ? "
                + "OR client_created_at = ?", client, createdAt));
        assertThat(tying).isZero();
        assertThat(casework.erasure().journal()).singleElement().satisfies(line -> {
            assertThat(line.clientId()).isNotEqualTo(client);
            assertThat(line.clientCreatedAt()).isNotEqualTo(createdAt);
        });
    }

    @Test
    void anAnonymisedCaseErasedAfterTheBackupIsGoneAgainOnceTheBackupIsRestored() throws Exception {
        Path backup = dir.resolve("before.cairn-backup");
        casework.upkeep().makeBackup(vault, backup);
        // Another client after the backup, so the anonymous client row gets another id when replayed.
        casebook.clients().create(ClientDetails.withAlias("Someone else"));
        casework.retention().anonymise(anonymised, "Period ended, counts kept");
        String reference = casebook.cases().find(anonymised).orElseThrow().reference().toString();
        casework.erasure().eraseCase(reference, "Asked to be forgotten");
        assertThat(casebook.cases().find(anonymised)).isEmpty();
        vault.close();

        Path restored = dir.resolve("restored");
        try (Passphrase passphrase = TestVaults.passphrase()) {
            VaultRestore.restore(backup, passphrase, restored, false, options).close();
        }
        try (Passphrase passphrase = TestVaults.passphrase()) {
            vault = Vault.open(restored, passphrase, options);
        }
        open();
        assertThat(casework.erasure().reappliedAtUnlock()).hasSize(2);
        assertThat(casebook.cases().find(anonymised)).as("erased after it was anonymised").isEmpty();
        assertThat(casebook.cases().forClient(client)).extracting(c -> c.id()).isEqualTo(List.of(kept));
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }
}
