package org.cairn.casework;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.AuditVerification;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.CasebookCounts;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.DamagedException;
import org.cairn.vault.Vault;

/** The casebook as a whole: backups, the full check, and a recovery key waiting to be confirmed as stored. */
public final class Upkeep {
    /** The setting that holds a shown but unconfirmed recovery key; audit rows name the setting, never the key. */
    static final String PENDING_RECOVERY_KEY = "recovery-key.pending";

    private final Casebook casebook;
    private final Guard guard;

    Upkeep(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /**
     * Writes one encrypted backup of {@code vault} (this casebook's) to {@code target}, then records it. Recorded
     * only after the backup succeeded, so the trail never claims a backup that failed; a read-only casebook cannot
     * take the row, and its backup is complete all the same.
     */
    @Performs(Action.MAKE_BACKUP)
    public void makeBackup(Vault vault, Path target) {
        guard.check(Action.MAKE_BACKUP);
        vault.backupTo(target);
        if (!vault.readOnly()) {
            casebook.audit().record(AuditAction.BACKUP_MADE, target.getFileName().toString());
        }
    }

    /**
     * Records that the person knowingly opened a copy older than the one this computer last saw, with what the
     * opening found (dates and counts, never case content), so the choice stays accountable.
     */
    @Performs(Action.ACCEPT_OLDER_COPY)
    public void recordOlderCopyAccepted(String found) {
        guard.check(Action.ACCEPT_OLDER_COPY);
        casebook.audit().record(AuditAction.OLDER_COPY_ACCEPTED, "casebook", found);
    }

    /** When the last backup recorded in the audit trail was made; empty when there has never been one. */
    @Performs(Action.MAKE_BACKUP)
    public Optional<Instant> lastBackup() {
        guard.check(Action.MAKE_BACKUP);
        return casebook.audit().latest(AuditAction.BACKUP_MADE).map(AuditEntry::at);
    }

    /**
     * SQLite's integrity check on {@code vault} (this casebook's) and the audit chain, then what the casebook holds.
     * Either failing is damage: no counts are given for a casebook that is not sound.
     */
    @Performs(Action.CHECK_CASEBOOK)
    public CasebookCounts check(Vault vault) {
        guard.check(Action.CHECK_CASEBOOK);
        List<String> problems = vault.integrityProblems();
        if (!problems.isEmpty()) {
            throw new DamagedException(CasebookFiles.SNAPSHOT, 0,
                    "SQLite integrity check: " + problems.size() + " problem(s)");
        }
        AuditVerification audit = casebook.audit().verify();
        if (!audit.isOk()) {
            throw new DamagedException(CasebookFiles.SNAPSHOT, 0, "the audit trail is "
                    + audit.problem().name().toLowerCase(Locale.ROOT) + " at row " + audit.firstBrokenRow().orElse(-1));
        }
        return casebook.counts();
    }

    /**
     * Keeps a recovery key that has been shown but not yet confirmed as stored, inside the casebook (as encrypted
     * as everything it opens), so a lock, a quick exit or a crash never loses it. {@code formattedKey} is not wiped:
     * the caller still shows it.
     */
    @Performs(Action.KEEP_PENDING_RECOVERY_KEY)
    public void keepPendingRecoveryKey(char[] formattedKey) {
        guard.check(Action.KEEP_PENDING_RECOVERY_KEY);
        casebook.settings().save(PENDING_RECOVERY_KEY, new String(formattedKey));
    }

    /** The recovery key still waiting for confirmation, if any. */
    @Performs(Action.KEEP_PENDING_RECOVERY_KEY)
    public Optional<char[]> pendingRecoveryKey() {
        guard.check(Action.KEEP_PENDING_RECOVERY_KEY);
        return casebook.settings().find(PENDING_RECOVERY_KEY).map(String::toCharArray);
    }

    /** The advocate has stored the key: it leaves the casebook for good. Returns whether one was waiting. */
    @Performs(Action.KEEP_PENDING_RECOVERY_KEY)
    public boolean confirmRecoveryKeyStored() {
        guard.check(Action.KEEP_PENDING_RECOVERY_KEY);
        return casebook.settings().remove(PENDING_RECOVERY_KEY);
    }
}
