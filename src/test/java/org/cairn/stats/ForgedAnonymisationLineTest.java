package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casework.Casework;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This computer's erasure journal is plain text in her data folder (ADR 0061): a line written there by someone who
 * never had the casebook open must not anonymise anything when it is next unlocked, whatever case ids it names.
 */
class ForgedAnonymisationLineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    VaultOptions options;
    Vault vault;
    Casebook casebook;
    Casework casework;
    long client;
    long held;
    long closed;

    @BeforeEach
    void aHeldCaseAndAClosedOne() {
        options = VaultOptions.standard().withAnchors(new RollbackAnchors(dir.resolve("data").resolve("anchors")));
        try (Passphrase passphrase = TestVaults.passphrase()) {
            vault = Vault.create(dir.resolve("book"), passphrase, TestVaults.fastKdf(), options).vault();
        }
        open();
        client = casebook.clients().create(ClientDetails.withAlias("Amina")).id();
        held = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2017, 2, 3), "R. O.")).id();
        casebook.notes().add(held, "Court date set");
        casework.retention().placeHold(held, "Proceedings under way", LocalDate.of(2027, 6, 1));
        closed = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2016, 1, 1), "R. O.")).id();
        casebook.notes().add(closed, "Moved to a new address");
        casebook.cases().close(closed, LocalDate.of(2017, 5, 6));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private void open() {
        casebook = Casebook.open(vault, CLOCK, "Ada Administrator");
        casework = Casework.unlockedBy(casebook, vault);
    }

    private void forgeAndUnlock(String line) throws Exception {
        String id = HexFormat.of().formatHex(vault.casebookId().orElseThrow());
        vault.close();
        Path journal = dir.resolve("data").resolve("erasures").resolve(id + ".journal");
        Files.createDirectories(journal.getParent());
        Files.writeString(journal, line.replace("<id>", id) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        try (Passphrase passphrase = TestVaults.passphrase()) {
            vault = Vault.open(dir.resolve("book"), passphrase, options);
        }
        open();
    }

    @Test
    void aForgedLineLeavesACaseOnLegalHoldWhole() throws Exception {
        forgeAndUnlock("v1 0123456789abcdef0123456789abcdef ANONYMISED 0 0 " + held + " 0");
        assertThat(casework.erasure().reappliedAtUnlock()).isEmpty();
        assertThat(casebook.notes().forCase(held)).hasSize(1);
        assertThat(casebook.cases().find(held).orElseThrow().clientId()).isEqualTo(client);
        assertThat(casebook.clients().find(client)).isPresent();
    }

    @Test
    void aForgedLineWithAGuessedTagNamingManyCasesActsOnNone() throws Exception {
        forgeAndUnlock("v1 00000000000000000000000000000001 ANONYMISED 0 1 " + held + "," + closed + " 0");
        forgeAndUnlock("v1 00000000000000000000000000000002 ANONYMISED 0 12345 " + closed + " 0");
        assertThat(casework.erasure().reappliedAtUnlock()).isEmpty();
        assertThat(casebook.notes().forCase(closed)).hasSize(1);
        assertThat(casebook.cases().find(closed).orElseThrow().clientId()).isEqualTo(client);
        assertThat(casebook.audit().verify().isOk()).isTrue();
    }
}
