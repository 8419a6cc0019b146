package org.cairn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.cairn.casebook.Casebook;
import org.cairn.casework.Casework;
import org.cairn.casework.People;
import org.cairn.casework.Role;
import org.cairn.templates.Printable;
import org.cairn.vault.OpenReport;
import org.cairn.vault.PersonSlot;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;

/**
 * A casebook a command has unlocked with the passphrase read from the terminal or standard input, and the use
 * cases commands call on it. The person acting is the one whose key opened it (given with {@code --user}): audit
 * rows carry their name and their key's role decides what they may do. The recovery key, or the one passphrase of
 * a casebook from before names, acts as an administrator under the account's name.
 */
record UnlockedCasebook(Vault vault, Casebook casebook, Casework casework) implements AutoCloseable {
    /** As whoever unlocked the vault, in the role their key records. */
    UnlockedCasebook(Vault vault, Casebook casebook) {
        this(vault, casebook, Casework.unlockedBy(casebook, vault));
    }

    static UnlockedCasebook unlock(CliEnvironment environment, Path directory) {
        return unlock(environment, directory, environment.vaultOptions(), null);
    }

    /** Opens as {@code option} asks and tells standard error when the casebook opened read-only, and why. */
    static UnlockedCasebook unlock(CliEnvironment environment, CasebookOption option) {
        VaultOptions options = environment.vaultOptions().withReadOnly(option.readOnly)
                .withAcceptOlderCopy(option.acceptOlderCopy);
        UnlockedCasebook unlocked = unlock(environment, option.directory, options, option.user);
        recordAcceptedOlderCopy(unlocked);
        if (option.command != null) {
            warn(unlocked.vault().openReport(), option.command.commandLine().getErr());
            announceNewPeople(unlocked, option.command.commandLine().getErr());
        }
        return unlocked;
    }

    /**
     * Unlocks as {@code user} (or, when null, as the casebook's only person). A casebook from before names takes
     * {@code user} as its first administrator's name at this first named unlock.
     */
    static UnlockedCasebook unlock(CliEnvironment environment, Path directory, VaultOptions options, String user) {
        CasebookPaths.requireCasebook(directory);
        try (Passphrase passphrase = new Secrets(environment.secrets()).passphrase("Passphrase: ")) {
            Vault vault = user == null ? Vault.open(directory, passphrase, options)
                    : Vault.open(directory, user, passphrase, options);
            try {
                if (user != null && !vault.readOnly() && vault.people().needsNaming()) {
                    vault.people().nameLegacySlot(user, People.stored(Role.ADMINISTRATOR));
                }
                return new UnlockedCasebook(vault, CasebookSetup.initialise(vault, environment));
            } catch (RuntimeException e) {
                vault.close();
                throw e;
            }
        }
    }

    /** Keeping on in an older copy is a choice the audit trail must show, as it does when made in the app. */
    private static void recordAcceptedOlderCopy(UnlockedCasebook unlocked) {
        String found = unlocked.vault().openReport().acceptedOlderCopy();
        if (found == null) {
            return;
        }
        try {
            unlocked.casework().upkeep().recordOlderCopyAccepted(found);
        } catch (RuntimeException e) {
            unlocked.close();
            throw e;
        }
    }

    /** No hidden key: everyone given one since this person last unlocked is named to them, once. */
    private static void announceNewPeople(UnlockedCasebook unlocked, PrintWriter err) {
        var people = unlocked.casework().people();
        List<PersonSlot> added = people.addedSinceLastUnlock();
        for (PersonSlot person : added) {
            err.println("cairn: note: since you last unlocked, " + Printable.of(person.displayName()) + " was given a "
                    + "key to this casebook as " + person.role() + " by " + Printable.of(person.addedBy()) + " on "
                    + person.addedOn().atZone(ZoneOffset.UTC).toLocalDate() + "; if you did not expect this, tell "
                    + "an administrator");
        }
        if (!added.isEmpty() && !unlocked.vault().readOnly()) {
            people.acknowledgeAdded();
        }
        err.flush();
    }

    static void warn(OpenReport report, PrintWriter err) {
        if (report.logDamage() != null) {
            err.println("cairn: warning: " + report.logDamage() + ". The casebook was opened read-only with "
                    + "everything before that point: back it up now (cairn backup --read-only), then restore your "
                    + "latest backup, or keep a copy of the folder and ask for help");
        }
        if (report.olderThanRemembered() != null) {
            err.println("cairn: warning: " + report.olderThanRemembered()
                    + " (on the command line: --accept-older-copy)");
        }
        if (report.acceptedOlderCopy() != null) {
            err.println("cairn: note: this casebook is older than the copy last opened on this computer; as asked "
                    + "(--accept-older-copy), it is open for writing and remembered as current from now on, and "
                    + "this choice is recorded in its audit trail");
        }
        if (report.readOnly() && report.problem().isEmpty()) {
            err.println("cairn: note: the casebook is open read-only (" + report.readOnlyReason()
                    + "); nothing in its files is changed");
        }
        err.flush();
    }

    @Override
    public void close() {
        vault.close();
    }
}
