package org.cairn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.DemoCasebook;
import org.cairn.stats.Catalogue;
import org.cairn.stats.CompletedQuarters;
import org.cairn.stats.Publication;
import org.cairn.stats.PublicationRequest;
import org.cairn.stats.Quarter;
import org.cairn.stats.QuarterRange;
import org.cairn.stats.StatsDemoEvents;
import org.cairn.stats.StatsPublisher;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;

/**
 * "All anonymised tables for the full period" (DESIGN.md target: at most 2 s at 100k cases): every catalogue table
 * for every completed quarter since the first case was opened, computed afresh (a preview, so nothing is frozen
 * and every run does the whole work). Demo casebooks get referrals and completed safety plans from
 * {@link StatsDemoEvents}, since the demo writer makes neither. Casebooks are kept in {@code -Dcairn.stats.bench.dir} (default
 * target/stats-bench) and reused, because building 100k cases takes minutes. The first run also gives every case
 * its record key; it is reported on its own.
 *
 * <p>Run: {@code mvn -Pbench verify} (with the other benchmarks), or the class's main with sizes as argument.
 */
public final class StatsTablesBenchmark {
    private static final char[] PASSPHRASE = "stats benchmark passphrase".toCharArray();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final int RUNS = 7;

    private StatsTablesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("cairn.stats.bench.dir", "target/stats-bench"));
        Files.createDirectories(root);
        List<String> rows = new ArrayList<>();
        for (String size : (args.length > 0 ? args[0] : "1000,10000,100000").split(",")) {
            rows.add(measure(root, Integer.parseInt(size.trim())));
        }
        BenchOutput.print("\n| cases | quarters | tables | referrals | plans completed | first run incl. record keys "
                + "(ms) | median of " + RUNS + " (ms) [spread] |\n|---|---|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n\nTarget (DESIGN.md): all tables over 100k cases in at most 2000 ms.");
    }

    private static String measure(Path root, int cases) throws Exception {
        Path folder = root.resolve("casebook-" + cases);
        if (!Files.exists(folder.resolve("casebook.cairn"))) {
            build(folder, cases);
        }
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE);
                Vault vault = Vault.open(folder, passphrase, VaultOptions.standard())) {
            Casebook book = Casebook.open(vault, CLOCK, "bench");
            StatsPublisher publisher = new StatsPublisher(vault, book.audit(), CLOCK, Catalogue.standard(),
                    new SecureRandom());
            String first = vault.read(r -> r.query("SELECT min(opened_on) FROM case_file", row -> row.getString(1)))
                    .get(0);
            QuarterRange range = new QuarterRange(Quarter.containing(LocalDate.parse(first)),
                    new CompletedQuarters(CLOCK).latest());
            PublicationRequest request = PublicationRequest.of(range);
            long start = System.nanoTime();
            Publication publication = publisher.preview(request);
            double firstMs = (System.nanoTime() - start) / 1e6;
            Samples samples = new Samples();
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                publisher.preview(request);
                samples.add((System.nanoTime() - t) / 1e6);
            }
            long referrals = vault.read(r -> r.queryLong("SELECT count(*) FROM referral"));
            long plans = vault.read(r -> r.queryLong("SELECT count(*) FROM case_form WHERE kind = 'safety-plan' "
                    + "AND completed_on IS NOT NULL"));
            String row = String.format(Locale.ROOT, "| %,d | %d (%s) | %d | %,d | %,d | %.0f | %.0f [%s] |", cases,
                    range.quarters().size(), range, publication.tables().size(), referrals, plans, firstMs,
                    samples.median(), samples.spread());
            System.err.println(row);
            return row;
        }
    }

    private static void build(Path folder, int cases) throws Exception {
        long start = System.nanoTime();
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE);
                Vault vault = Vault.create(folder, passphrase, KdfPolicy.fixed(KdfParams.floor()),
                        VaultOptions.standard()).vault()) {
            new DemoCasebook(Casebook.open(vault, CLOCK, "bench"), CLOCK, 1).generate(cases, 1000, done -> { });
            StatsDemoEvents.add(vault, LocalDate.now(CLOCK));
        }
        System.err.printf(Locale.ROOT, "built %,d cases in %.1f s%n", cases, (System.nanoTime() - start) / 1e9);
    }

}
