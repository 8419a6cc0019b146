package org.cairn.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import org.cairn.vault.Passphrase;

/** Fictional casebooks for tests, with the fastest key derivation the vault allows. */
public final class DemoSessions {
    public static final String PASSPHRASE = "correct horse battery";

    private DemoSessions() {
    }

    public static Session create(Path folder, Clock clock, int cases) {
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE.toCharArray())) {
            return Fakes.gateway(clock).createDemo(folder, passphrase, cases, 7L, written -> { });
        }
    }

    /** Opens a demo casebook made by {@link #create} again. */
    public static Session open(Path folder, Clock clock) {
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE.toCharArray())) {
            return Fakes.gateway(clock).open(folder, passphrase);
        }
    }

    /** A casebook that is created and closed again, ready to unlock. */
    public static Path closed(Path folder, Clock clock, int cases) {
        create(folder, clock, cases).close();
        return folder;
    }
}
