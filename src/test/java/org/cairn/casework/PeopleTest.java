package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.Casebook;
import org.cairn.vault.Passphrase;
import org.cairn.vault.TestVaults;
import org.cairn.vault.UnlockFailedException;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing a role keeps an administrator; changing one's own passphrase asks for the current one first. */
class PeopleTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private static final String BOS = "quiet otters paint the northern lighthouse";
    @TempDir
    Path dir;

    private Casework administrator(Vault vault) {
        return Casework.unlockedBy(Casebook.open(vault, CLOCK, Casework.actingName(vault, "nobody")), vault);
    }

    private static Passphrase of(String text) {
        return Passphrase.copyOf(text.toCharArray());
    }

    @Test
    void theLastAdministratorCannotBeGivenAnotherRoleButOthersCanAndItIsAudited() {
        try (Vault vault = TestVaults.create(dir).vault(); Passphrase bo = of(BOS)) {
            Casework admin = administrator(vault);
            admin.people().add("Bo Li", Role.ADVOCATE, bo, TestVaults.fastKdf());
            assertThatThrownBy(() -> admin.people().changeRole("administrator", Role.COORDINATOR))
                    .isInstanceOf(CaseworkException.class)
                    .satisfies(e -> assertThat(((CaseworkException) e).problem()).isEqualTo(Problem.LAST_ADMINISTRATOR));
            assertThatThrownBy(() -> admin.people().changeRole("Nobody Here", Role.ADVOCATE))
                    .satisfies(e -> assertThat(((CaseworkException) e).problem()).isEqualTo(Problem.NO_SUCH_PERSON));
            assertThat(admin.people().changeRole(" bo li ", Role.ADMINISTRATOR).role()).isEqualTo("administrator");
            assertThat(admin.people().changeRole("administrator", Role.COORDINATOR).role()).isEqualTo("coordinator");
            AuditEntry last = Casebook.open(vault, CLOCK, "administrator").audit()
                    .latest(AuditAction.PERSON_ROLE_CHANGED).orElseThrow();
            assertThat(last.subject()).isEqualTo("person administrator");
            assertThat(last.reason()).isEqualTo("coordinator");
        }
    }

    @Test
    void aWrongCurrentPassphraseChangesNothingAndTheRightOneReplacesOnlyYours() throws Exception {
        try (Vault vault = TestVaults.create(dir).vault(); Passphrase bo = of(BOS)) {
            Casework admin = administrator(vault);
            admin.people().add("Bo Li", Role.ADVOCATE, bo, TestVaults.fastKdf());
            try (Passphrase wrong = of(BOS); Passphrase fresh = of("amber foxes under winter stars")) {
                assertThatThrownBy(() -> admin.people().changeOwnPassphrase(wrong, fresh, TestVaults.fastKdf()))
                        .satisfies(e -> assertThat(((CaseworkException) e).problem())
                                .isEqualTo(Problem.WRONG_CURRENT_PASSPHRASE));
            }
            try (Passphrase right = TestVaults.passphrase(); Passphrase fresh = of("amber foxes under winter stars")) {
                admin.people().changeOwnPassphrase(right, fresh, TestVaults.fastKdf());
            }
        }
        try (Passphrase old = TestVaults.passphrase()) {
            assertThatThrownBy(() -> Vault.open(dir, "administrator", old, VaultOptions.standard()))
                    .isInstanceOf(UnlockFailedException.class);
        }
        try (Passphrase fresh = of("amber foxes under winter stars");
                Vault vault = Vault.open(dir, "administrator", fresh, VaultOptions.standard())) {
            assertThat(vault.people().acting()).isPresent();
        }
        try (Passphrase bo = of(BOS); Vault bos = Vault.open(dir, "Bo Li", bo, VaultOptions.standard())) {
            assertThat(bos.people().acting().orElseThrow().displayName()).isEqualTo("Bo Li");
        }
    }

    @Test
    void aNameIsFoundAsTheVaultComparesNamesWhateverItsCaseWidthOrSpacing() {
        try (Vault vault = TestVaults.create(dir).vault(); Passphrase bo = of(BOS)) {
            Casework admin = administrator(vault);
            admin.people().add("Bo Li", Role.ADVOCATE, bo, TestVaults.fastKdf());
            // Full-width letters and a doubled space: the same name to the vault, so the same person here.
            assertThat(admin.people().changeRole("\uFF22o  LI", Role.COORDINATOR).displayName()).isEqualTo("Bo Li");
            assertThatThrownBy(() -> admin.people().remove("\uFF41dministrator"))
                    .satisfies(e -> assertThat(((CaseworkException) e).problem())
                            .isEqualTo(Problem.CANNOT_REMOVE_YOURSELF));
            assertThatThrownBy(() -> admin.people().remove("Bo Lee"))
                    .satisfies(e -> assertThat(((CaseworkException) e).problem()).isEqualTo(Problem.NO_SUCH_PERSON));
            admin.people().remove("BO\u3000LI");
            assertThat(admin.people().list()).extracting(p -> p.displayName()).containsExactly("administrator");
        }
    }
}
