package org.cairn.stats;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.cairn.casebook.Casebook;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Not a unit test: times the anonymised tables on an existing casebook, only when asked with
 * {@code -Dcairn.stats.bench=DIR -Dcairn.stats.passphrase=...} (DESIGN.md: targets are for benchmarks).
 */
class StatsBenchmark {
    @Test
    void timeAllTables() {
        String dir = System.getProperty("cairn.stats.bench");
        Assumptions.assumeTrue(dir != null, "set -Dcairn.stats.bench=DIR to run");
        char[] secret = System.getProperty("cairn.stats.passphrase", "").toCharArray();
        try (Passphrase passphrase = Passphrase.copyOf(secret);
                Vault vault = Vault.open(Path.of(dir), passphrase, VaultOptions.standard())) {
            Clock clock = Clock.systemUTC();
            Casebook book = Casebook.open(vault, clock, "bench");
            StatsPublisher publisher = new StatsPublisher(vault, book.audit(), clock, Catalogue.standard(),
                    new SecureRandom());
            Quarter latest = new CompletedQuarters(clock).latest();
            for (int quarters : new int[] {1, 4, 1, 4, 4}) {
                Quarter from = latest;
                for (int i = 1; i < quarters; i++) {
                    from = from.previous();
                }
                long start = System.nanoTime();
                Publication p = publisher.preview(PublicationRequest.of(new QuarterRange(from, latest)));
                System.err.printf("%d quarter(s), %d tables: %d ms%n", quarters, p.tables().size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
