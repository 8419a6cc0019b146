package org.cairn.bench;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cairn.casebook.Casebook;
import org.cairn.stats.Catalogue;
import org.cairn.stats.CompletedQuarters;
import org.cairn.stats.Publication;
import org.cairn.stats.PublicationRequest;
import org.cairn.stats.Quarter;
import org.cairn.stats.QuarterRange;
import org.cairn.stats.StatsPublisher;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;

/**
 * Every anonymised table of the catalogue for the full period the demo casebook covers (five years of whole
 * quarters), as the coordinator's preview computes them, with disclosure control. Nothing is published.
 */
final class StatsTablesProbe implements SizedProbe {
    static final int RUNS = 3;
    /** DemoCasebook spreads opening dates over five years up to today. */
    private static final int DEMO_YEARS = 5;

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public String name() {
        return "all anonymised tables, full period";
    }

    @Override
    public List<BenchFigure> measure(BenchCasebook book) throws Exception {
        try (Passphrase passphrase = Passphrase.copyOf(book.passphraseChars());
                Vault vault = Vault.open(book.vault(), passphrase, VaultOptions.standard())) {
            Casebook casebook = Casebook.open(vault, clock, "bench");
            StatsPublisher publisher = new StatsPublisher(vault, casebook.audit(), clock, Catalogue.standard(),
                    new SecureRandom());
            Quarter latest = new CompletedQuarters(clock).latest();
            QuarterRange all = new QuarterRange(Quarter.containing(LocalDate.now(clock).minusYears(DEMO_YEARS)),
                    latest);
            PublicationRequest request = PublicationRequest.of(all);
            Publication warmUp = publisher.preview(request);
            Samples runs = new Samples();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                publisher.preview(request);
                runs.add((System.nanoTime() - start) / 1e6);
            }
            return List.of(BenchFigure.of("stats.all", "all anonymised tables, full period", book.cases(), runs, "ms")
                    .withNote(String.format(Locale.ROOT, "the coordinator's preview of %s to %s (%d quarters, %d "
                            + "tables) with disclosure control, the quarters protected on %d cores, %d runs after a warm-up",
                            all.from(), all.to(), all.quarters().size(), warmUp.tables().size(),
                            Runtime.getRuntime().availableProcessors(), RUNS)));
        }
    }
}
