package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People on one casebook: unlocking by name, what the header shows, and who is listed and announced. */
class PersonSlotsTest {
    @TempDir
    Path dir;

    @Test
    void tenPeopleEachUnlockWithOneKeyDerivation() {
        CountingKdf kdf = new CountingKdf();
        VaultOptions options = VaultOptions.standard().withKdf(kdf);
        String[] others = {"Bo Li", "Chidi Okafor", "Dana Haddad", "Eva Novak", "Farah Aziz", "Goran Petrov",
            "Hana Sato", "Ines Duarte", "Jonas Berg"};
        People10.create(dir, options, others).close();
        for (String name : List.of(People10.FIRST, "Jonas Berg", "Eva Novak")) {
            kdf.takeCount();
            try (Vault vault = People10.open(dir, name, options)) {
                assertThat(kdf.takeCount()).as("derivations to unlock as %s", name).isEqualTo(1);
                assertThat(vault.people().acting().orElseThrow().displayName()).isEqualTo(name);
                assertThat(vault.people().list()).hasSize(10);
            }
        }
    }

    @Test
    void unknownNameAndWrongPassphraseFailAlikeAfterTheSameWork() {
        CountingKdf kdf = new CountingKdf();
        VaultOptions options = VaultOptions.standard().withKdf(kdf);
        People10.create(dir, options, "Bo Li").close();
        kdf.takeCount();
        Throwable unknown = failedUnlock(options, "Nobody Here", "passphrase of Bo Li");
        int unknownWork = kdf.takeCount();
        Throwable wrong = failedUnlock(options, "Bo Li", "not anybody's passphrase");
        int wrongWork = kdf.takeCount();
        assertThat(unknown).isInstanceOf(UnlockFailedException.class);
        assertThat(wrong).isInstanceOf(UnlockFailedException.class);
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
        assertThat(unknownWork).isEqualTo(wrongWork).isEqualTo(1);
    }

    private Throwable failedUnlock(VaultOptions options, String name, String passphrase) {
        try (Passphrase typed = Passphrase.copyOf(passphrase.toCharArray())) {
            Vault.open(dir, name, typed, options).close();
            throw new AssertionError("opened as " + name + " with a wrong passphrase");
        } catch (VaultException e) {
            return e;
        }
    }

    @Test
    void namesAreFoldedAsTypedOnAnyKeyboardButLookAlikesAreOtherNames() {
        People10.create(dir, VaultOptions.standard(), "Bo Li").close();
        // Case, white space, compatibility forms (full-width letters) and invisible joiners do not matter.
        for (String typed : List.of("amina khan", "  AMINA\u00A0\u00A0Khan ", "\uFF21mina Khan", "Ami\u200Dna Khan")) {
            try (Vault vault = People10.openAs(dir, typed, People10.FIRST)) {
                assertThat(vault.people().acting().orElseThrow().displayName()).isEqualTo(People10.FIRST);
            }
        }
        // A Cyrillic "А" reads the same but is another name: it has no slot.
        assertThatThrownBy(() -> People10.openAs(dir, "\u0410mina Khan", People10.FIRST))
                .isInstanceOf(UnlockFailedException.class);
    }

    @Test
    void aNameThatLooksLikeAnExistingOneIsRefused() {
        try (Vault vault = People10.create(dir, VaultOptions.standard(), "Bo Li");
                Passphrase passphrase = People10.of("someone else")) {
            for (String lookAlike : List.of("BO  LI", "B\u043E Li", "\uFF22o Li")) {
                assertThatThrownBy(() -> vault.people().add(lookAlike, "advocate", passphrase, TestVaults.fastKdf()))
                        .as(lookAlike).isInstanceOf(VaultException.class).hasMessageContaining("looks the same");
            }
            assertThat(vault.people().list()).hasSize(2);
        }
    }

    @Test
    void aNameWithInvisibleOrDirectionChangingCharactersIsRefused() {
        try (Vault vault = People10.create(dir, VaultOptions.standard(), "Grace Okafor");
                Passphrase passphrase = People10.of("someone else")) {
            int before = vault.people().list().size();
            // Right-to-left override before the reversed name shows "Grace Okafor"; the others hide a character.
            for (String posing : List.of("\u202Erofako ecarG", "Grace\u200B Okafor", "Gr\u00ADace Okafor",
                    "Grace \u2066Okafor\u2069", "Grace Okafor\uFEFF", "Grace\u034F Okafor")) {
                assertThatThrownBy(() -> vault.people().add(posing, "advocate", passphrase, TestVaults.fastKdf()))
                        .as(posing).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invisible");
            }
            assertThat(vault.people().list()).hasSize(before);
        }
    }

    @Test
    void theHeaderHoldsNoNameOrRoleInClear() throws Exception {
        People10.create(dir, VaultOptions.standard(), "Zofia Wiśniewska").close();
        byte[] file = Files.readAllBytes(dir.resolve(CasebookFiles.SNAPSHOT));
        for (String secret : List.of("Zofia", "zofia", "Amina", "amina", "advocate", "administrator")) {
            for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                assertThat(indexOf(file, secret.getBytes(charset))).as("%s in %s", secret, charset).isEqualTo(-1);
            }
        }
    }

    @Test
    void passphraseAloneOpensOnlyWhileOnePersonHoldsASlot() {
        People10.create(dir, VaultOptions.standard()).close();
        try (Passphrase passphrase = People10.of(People10.FIRST);
                Vault vault = Vault.open(dir, passphrase, VaultOptions.standard())) {
            try (Passphrase bo = People10.of("Bo Li")) {
                vault.people().add("Bo Li", "advocate", bo, TestVaults.fastKdf());
            }
        }
        try (Passphrase passphrase = People10.of(People10.FIRST)) {
            assertThatThrownBy(() -> Vault.open(dir, passphrase, VaultOptions.standard()))
                    .isInstanceOf(VaultException.class).hasMessageContaining("Give your name");
        }
    }

    @Test
    void everySlotIsListedAndOnesAddedByOthersAreAnnouncedUntilAcknowledged() {
        java.time.Instant when = java.time.Instant.parse("2026-12-07T10:00:00Z");
        VaultOptions options = VaultOptions.standard().withClock(java.time.Clock.fixed(when, java.time.ZoneOffset.UTC));
        try (Vault amina = People10.create(dir, options, "Bo Li")) {
            assertThat(amina.people().list()).extracting(PersonSlot::displayName, PersonSlot::role,
                    PersonSlot::addedBy, PersonSlot::addedOn).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(People10.FIRST, "administrator", People10.FIRST, when),
                            org.assertj.core.groups.Tuple.tuple("Bo Li", "advocate", People10.FIRST, when));
            assertThat(amina.people().addedSinceLastUnlock()).isEmpty();
        }
        try (Vault bo = People10.open(dir, "Bo Li", options)) {
            assertThat(bo.people().addedSinceLastUnlock()).as("Bo was added after Amina: no news").isEmpty();
            try (Passphrase passphrase = People10.of("Chidi Okafor")) {
                bo.people().add("Chidi Okafor", "coordinator", passphrase, TestVaults.fastKdf());
            }
        }
        try (Vault amina = People10.open(dir, People10.FIRST, options)) {
            assertThat(amina.people().addedSinceLastUnlock()).extracting(PersonSlot::displayName, PersonSlot::addedBy)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Chidi Okafor", "Bo Li"));
            amina.people().acknowledgeAdded();
        }
        try (Vault amina = People10.open(dir, People10.FIRST, options)) {
            assertThat(amina.people().addedSinceLastUnlock()).isEmpty();
        }
        try (Vault bo = People10.open(dir, "Bo Li", options)) {
            assertThat(bo.people().addedSinceLastUnlock()).as("Bo added Chidi himself").isEmpty();
        }
    }

    @Test
    void eachPersonChangesTheirOwnPassphraseAndOthersAreUntouched() {
        People10.create(dir, VaultOptions.standard(), "Bo Li").close();
        try (Vault bo = People10.open(dir, "Bo Li", VaultOptions.standard());
                Passphrase fresh = Passphrase.copyOf("Bo's brand new passphrase".toCharArray())) {
            bo.changePassphrase(fresh, TestVaults.fastKdf());
        }
        assertThatThrownBy(() -> People10.openAs(dir, "Bo Li", "Bo Li")).isInstanceOf(UnlockFailedException.class);
        try (Passphrase fresh = Passphrase.copyOf("Bo's brand new passphrase".toCharArray());
                Vault bo = Vault.open(dir, "Bo Li", fresh, VaultOptions.standard())) {
            assertThat(bo.people().acting().orElseThrow().slotId()).isEqualTo(2);
        }
        People10.open(dir, People10.FIRST, VaultOptions.standard()).close();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
