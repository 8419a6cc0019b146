package org.cairn.ui.unlock;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.Session;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RecoveryKey;

/**
 * A casebook that opened read-only because it is older than the copy this computer last saw, waiting for the
 * advocate to choose. The typed secret is kept (as a copy, wiped on every way out) because accepting opens the
 * casebook again for writing; asking for it a second time would suggest the first one was wrong.
 */
final class OlderCopyChoice {
    private final Session readOnly;
    private final char[] secret;
    private final boolean recoveryKey;
    private final Consumer<Session> next;
    private final String name;

    OlderCopyChoice(Session readOnly, String name, char[] secret, boolean recoveryKey, Consumer<Session> next) {
        this.readOnly = readOnly;
        this.name = name;
        this.secret = secret;
        this.recoveryKey = recoveryKey;
        this.next = next;
    }

    Session readOnlySession() {
        return readOnly;
    }

    boolean recoveryKey() {
        return recoveryKey;
    }

    /** Where the unlock would have gone had the casebook been current (the cases, or a new passphrase). */
    Consumer<Session> next() {
        return next;
    }

    /** What the read-only opening found, for the audit row: versions and byte counts, never case data. */
    String found() {
        return readOnly.vault().openReport().olderThanRemembered();
    }

    /** Slow: closes the read-only session and opens the casebook again for writing; the secret is wiped. */
    Session accept(CasebookGateway gateway, Path folder) {
        String found = found();
        readOnly.close();
        try {
            if (recoveryKey) {
                try (RecoveryKey key = RecoveryKey.parse(secret)) {
                    return gateway.openWithRecoveryKeyAcceptingOlderCopy(folder, key, found);
                }
            }
            try (Passphrase passphrase = Passphrase.copyOf(secret)) {
                return gateway.openAcceptingOlderCopy(folder, name, passphrase, found);
            }
        } finally {
            wipe();
        }
    }

    void wipe() {
        Arrays.fill(secret, '\0');
    }
}
