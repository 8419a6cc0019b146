package org.cairn.ui.common;

import java.util.Optional;
import org.cairn.casebook.Casebook;

/**
 * A recovery key that has been shown but not yet confirmed as stored. It is kept inside the casebook itself (so it
 * is as encrypted as everything it can open) until the advocate confirms, so that a lock, a quick exit or a crash
 * on the key's screen never loses it: every unlock shows it again. Confirming removes it; the casebook's audit
 * trail records both the keeping and the removal under this setting's name, never the key.
 */
public final class PendingRecoveryKey {
    static final String SETTING = "recovery-key.pending";

    private PendingRecoveryKey() {
    }

    /** Keeps {@code formattedKey} (not wiped: the caller still shows it). Call off the UI thread. */
    public static void keep(Casebook casebook, char[] formattedKey) {
        casebook.settings().save(SETTING, new String(formattedKey));
    }

    /** The key still waiting for confirmation, if any. Call off the UI thread. */
    public static Optional<char[]> find(Casebook casebook) {
        return casebook.settings().find(SETTING).map(String::toCharArray);
    }

    /** The advocate has stored the key: it leaves the casebook for good. Returns whether one was waiting. */
    public static boolean confirm(Casebook casebook) {
        return casebook.settings().remove(SETTING);
    }
}
