package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A casebook written in format 1 (one passphrase slot, no names: the committed fixture) opens as before, and its
 * passphrase becomes the first person's at first unlock.
 */
class LegacyCasebookTest {
    private static final List<String> ROWS = List.of("hello from the snapshot", "hello from the log",
            "¡hola! cześć مرحبا হ্যালো");

    @TempDir
    Path dir;

    @Test
    void formatOneOpensWithItsPassphraseAndIsNamedAtFirstUnlock() throws Exception {
        install();
        assertThat(formatVersion()).isEqualTo(1);
        try (Vault vault = open()) {
            assertThat(TestVectorRows.of(vault)).isEqualTo(ROWS);
            assertThat(vault.people().needsNaming()).isTrue();
            assertThat(vault.people().list()).isEmpty();
            assertThat(vault.people().acting()).isEmpty();
            try (Passphrase other = People10.of("Bo Li")) {
                assertThatThrownBy(() -> vault.people().add("Bo Li", "advocate", other, TestVaults.fastKdf()))
                        .isInstanceOf(VaultException.class).hasMessageContaining("name");
            }
            PersonSlot named = vault.people().nameLegacySlot("Amina Khan", "administrator");
            assertThat(vault.people().acting()).contains(named);
            assertThat(vault.people().needsNaming()).isFalse();
            try (Passphrase bo = People10.of("Bo Li")) {
                vault.people().add("Bo Li", "advocate", bo, TestVaults.fastKdf());
            }
        }
        assertThat(formatVersion()).isEqualTo(2);
        try (Passphrase passphrase = Passphrase.copyOf(TestVectorGenerator.LEGACY_PASSPHRASE.toCharArray());
                Vault vault = Vault.open(dir, "amina khan", passphrase, VaultOptions.standard())) {
            assertThat(TestVectorRows.of(vault)).isEqualTo(ROWS);
            assertThat(vault.people().list()).extracting(PersonSlot::displayName).containsExactly("Amina Khan",
                    "Bo Li");
        }
        assertThatThrownBy(this::open).as("two people now: a passphrase alone is not enough")
                .isInstanceOf(VaultException.class);
    }

    @Test
    void beforeNamingAnyNameOpensTheOnePassphrase() throws Exception {
        install();
        try (Passphrase passphrase = Passphrase.copyOf(TestVectorGenerator.LEGACY_PASSPHRASE.toCharArray());
                Vault vault = Vault.open(dir, "whoever", passphrase, VaultOptions.standard())) {
            assertThat(TestVectorRows.of(vault)).isEqualTo(ROWS);
        }
    }

    @Test
    void removingSomeoneReplacesTheRecoveryKeyThatCouldNotBeReWrapped() throws Exception {
        install();
        try (Vault vault = open()) {
            vault.people().nameLegacySlot("Amina Khan", "administrator");
            int bo;
            try (Passphrase passphrase = People10.of("Bo Li")) {
                bo = vault.people().add("Bo Li", "advocate", passphrase, TestVaults.fastKdf()).slotId();
            }
            RecoveryKey issued = vault.people().remove(bo).orElseThrow();
            vault.close();
            try (Vault recovered = Vault.openWithRecoveryKey(dir, issued, VaultOptions.standard())) {
                assertThat(TestVectorRows.of(recovered)).isEqualTo(ROWS);
                assertThat(recovered.people().acting()).isEmpty();
            }
            issued.close();
        }
    }

    @Test
    void passphraseChangedBeforeNamingStillNamesTheSlot() throws Exception {
        install();
        char[] fresh = "a new passphrase before names".toCharArray();
        try (Vault vault = open(); Passphrase next = Passphrase.copyOf(fresh)) {
            vault.changePassphrase(next, TestVaults.fastKdf());
            vault.people().nameLegacySlot("Amina Khan", "administrator");
        }
        try (Passphrase next = Passphrase.copyOf(fresh);
                Vault vault = Vault.open(dir, "Amina Khan", next, VaultOptions.standard())) {
            assertThat(TestVectorRows.of(vault)).isEqualTo(ROWS);
        }
    }

    private Vault open() {
        try (Passphrase passphrase = Passphrase.copyOf(TestVectorGenerator.LEGACY_PASSPHRASE.toCharArray())) {
            return Vault.open(dir, passphrase, VaultOptions.standard());
        }
    }

    private int formatVersion() throws Exception {
        return Short.toUnsignedInt(ByteBuffer.wrap(Files.readAllBytes(dir.resolve(CasebookFiles.SNAPSHOT)), 8, 2)
                .getShort());
    }

    private void install() throws Exception {
        for (String name : List.of(CasebookFiles.SNAPSHOT, CasebookFiles.LOG)) {
            try (InputStream in = getClass().getResourceAsStream("/org/cairn/vault/format-1/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }
}
