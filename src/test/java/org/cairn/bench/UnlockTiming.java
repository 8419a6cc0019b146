package org.cairn.bench;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.slf4j.LoggerFactory;

/**
 * Times one unlock and splits it into the key derivation and the rest. The KDF part is the vault's own
 * measurement, taken from its "unlock: key derivation N ms, …" log event (numbers only, no case data), so nothing
 * is subtracted from a separate, differently warmed run.
 */
record UnlockTiming(double totalMillis, double kdfMillis) {
    double restMillis() {
        return totalMillis - kdfMillis;
    }

    /** Unlocks {@code folder}, hands the open vault to {@code whileOpen}, closes it, and returns the timing. */
    static UnlockTiming unlock(Path folder, char[] passphrase, VaultWork whileOpen) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("org.cairn.vault.VaultOpening");
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        try (Passphrase secret = Passphrase.copyOf(passphrase)) {
            long start = System.nanoTime();
            try (Vault vault = Vault.open(folder, secret, VaultOptions.standard())) {
                double total = (System.nanoTime() - start) / 1e6;
                whileOpen.run(vault);
                return new UnlockTiming(total, kdfFrom(events));
            }
        } finally {
            logger.detachAppender(events);
        }
    }

    private static double kdfFrom(ListAppender<ILoggingEvent> events) {
        for (ILoggingEvent event : events.list) {
            if (event.getMessage().startsWith("unlock: key derivation") && event.getArgumentArray() != null) {
                return ((Number) event.getArgumentArray()[0]).doubleValue();
            }
        }
        throw new IllegalStateException("the vault logged no unlock phases: has its log line changed?");
    }

    @FunctionalInterface
    interface VaultWork {
        void run(Vault vault) throws Exception;
    }
}
