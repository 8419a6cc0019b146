package org.cairn.ui.common;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cairn.casebook.Casebook;
import org.cairn.casework.Casework;
import org.cairn.vault.Vault;

/** An unlocked casebook. Closing it checkpoints the vault and wipes its keys; call {@link #close()} off the UI thread. */
public final class Session implements AutoCloseable {
    private final Path folder;
    private final Vault vault;
    private final Casebook casebook;
    private final Casework casework;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean peopleAnnounced = new AtomicBoolean();

    /** A session acting through {@code casework}, as the person the casebook's audit trail names. */
    public Session(Path folder, Vault vault, Casebook casebook, Casework casework) {
        this.folder = Objects.requireNonNull(folder);
        this.vault = Objects.requireNonNull(vault);
        this.casebook = Objects.requireNonNull(casebook);
        this.casework = Objects.requireNonNull(casework);
    }

    public Path folder() {
        return folder;
    }

    /** The storage engine, for backups and passphrase changes. */
    public Vault vault() {
        return vault;
    }

    public Casebook casebook() {
        return casebook;
    }

    /** What the person who unlocked may do; screens act only through this. */
    public Casework casework() {
        return casework;
    }

    /** True the first time only: people given a key since the last unlock are announced once per session. */
    public boolean claimPeopleAnnouncement() {
        return peopleAnnounced.compareAndSet(false, true);
    }

    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            vault.close();
        }
    }
}
