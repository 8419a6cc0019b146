package org.cairn.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.DemoCasebook;
import org.cairn.casework.Casework;
import org.cairn.casework.People;
import org.cairn.casework.Role;
import org.cairn.vault.CreatedVault;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RecoveryKey;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.cairn.vault.VaultRestore;

/** Creates, opens and restores casebooks for the screens. Every method is slow: call it through a TaskRunner. */
public final class CasebookGateway {
    private static final List<String> CASEBOOK_FILES = List.of("casebook.cairn", "casebook.log", "casebook.lock");
    private final KdfPolicy kdfPolicy;
    private final VaultOptions options;
    private final Clock clock;
    private final String actor;
    private final Runnable beforeKeyDerivation;

    public CasebookGateway(KdfPolicy kdfPolicy, VaultOptions options, Clock clock, String actor) {
        this(kdfPolicy, options, clock, actor, () -> { });
    }

    /**
     * With {@code beforeKeyDerivation} run first by every call that derives a key from a passphrase or recovery key
     * (the app stops its cipher warm-up there, which would otherwise slow Argon2id on two cores).
     */
    public CasebookGateway(KdfPolicy kdfPolicy, VaultOptions options, Clock clock, String actor,
            Runnable beforeKeyDerivation) {
        this.beforeKeyDerivation = Objects.requireNonNull(beforeKeyDerivation);
        this.kdfPolicy = Objects.requireNonNull(kdfPolicy);
        this.options = Objects.requireNonNull(options);
        this.clock = Objects.requireNonNull(clock);
        this.actor = Objects.requireNonNull(actor);
    }

    /** A new casebook and its recovery key, which the caller shows once and then closes. */
    public record Created(Session session, RecoveryKey recoveryKey) {
    }

    public Created create(Path folder, Passphrase passphrase) {
        beforeKeyDerivation.run();
        CreatedVault created = Vault.create(folder, passphrase, kdfPolicy, options);
        return new Created(wrap(folder, created.vault()), created.recoveryKey());
    }

    public Session open(Path folder, Passphrase passphrase) {
        return open(folder, null, passphrase);
    }

    /**
     * Opens as {@code name} (blank or null: the casebook's only person). A casebook from before names takes
     * {@code name} as its first administrator's at this first named unlock.
     */
    public Session open(Path folder, String name, Passphrase passphrase) {
        beforeKeyDerivation.run();
        return wrap(folder, named(openVault(folder, name, passphrase, options), name));
    }

    private static Vault openVault(Path folder, String name, Passphrase passphrase, VaultOptions options) {
        return name == null || name.isBlank() ? Vault.open(folder, passphrase, options)
                : Vault.open(folder, name.strip(), passphrase, options);
    }

    private static Vault named(Vault vault, String name) {
        try {
            if (name != null && !name.isBlank() && !vault.readOnly() && vault.people().needsNaming()) {
                vault.people().nameLegacySlot(name.strip(), People.stored(Role.ADMINISTRATOR));
            }
            return vault;
        } catch (RuntimeException e) {
            vault.close();
            throw e;
        }
    }

    public Session openWithRecoveryKey(Path folder, RecoveryKey key) {
        beforeKeyDerivation.run();
        return wrap(folder, Vault.openWithRecoveryKey(folder, key, options));
    }

    /**
     * Opens a casebook older than the copy this computer last saw for writing, remembers it as current from now on,
     * and records that choice in its audit trail. {@code found} is what the read-only opening reported.
     */
    public Session openAcceptingOlderCopy(Path folder, String name, Passphrase passphrase, String found) {
        beforeKeyDerivation.run();
        return accepted(wrap(folder, named(openVault(folder, name, passphrase, options.withAcceptOlderCopy(true)),
                name)), found);
    }

    /** As {@link #openAcceptingOlderCopy}, unlocked with the recovery key. */
    public Session openWithRecoveryKeyAcceptingOlderCopy(Path folder, RecoveryKey key, String found) {
        beforeKeyDerivation.run();
        return accepted(wrap(folder, Vault.openWithRecoveryKey(folder, key, options.withAcceptOlderCopy(true))),
                found);
    }

    private static Session accepted(Session session, String found) {
        try {
            session.casework().upkeep().recordOlderCopyAccepted(found);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    public Session restore(Path backup, Passphrase passphrase, Path folder) {
        return restore(backup, passphrase, folder, true);
    }

    /** Without {@code replaceExisting}, a folder that already holds a casebook is refused and left as it is. */
    public Session restore(Path backup, Passphrase passphrase, Path folder, boolean replaceExisting) {
        beforeKeyDerivation.run();
        return wrap(folder, VaultRestore.restore(backup, passphrase, folder, replaceExisting, options));
    }

    /** Replaces the passphrase slot of an open casebook; its data and recovery key stay as they are. */
    public void changePassphrase(Session session, Passphrase passphrase) {
        beforeKeyDerivation.run();
        session.vault().changePassphrase(passphrase, kdfPolicy);
    }

    /** Replaces any earlier demo casebook in {@code folder} with {@code cases} fictional cases. */
    public Session createDemo(Path folder, Passphrase passphrase, int cases, long seed, IntConsumer written) {
        beforeKeyDerivation.run();
        removeCasebookFiles(folder);
        CreatedVault created = Vault.create(folder, passphrase, kdfPolicy, options);
        created.recoveryKey().close();
        Session session = wrap(folder, created.vault());
        try {
            new DemoCasebook(session.casebook(), clock, seed).generate(cases, 50, written);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private Session wrap(Path folder, Vault vault) {
        try {
            // Audit rows name the person whose key opened the casebook; a casebook from before names (or the
            // recovery key) acts under the account's name, as an administrator.
            Casebook casebook = Casebook.open(vault, clock, Casework.actingName(vault, actor));
            return new Session(folder, vault, casebook, Casework.unlockedBy(casebook, vault));
        } catch (RuntimeException e) {
            vault.close();
            throw e;
        }
    }

    private static void removeCasebookFiles(Path folder) {
        try {
            for (String name : CASEBOOK_FILES) {
                Files.deleteIfExists(folder.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the old demo casebook", e);
        }
    }
}
