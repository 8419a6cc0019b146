package org.cairn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.DemoCasebook;
import org.cairn.vault.Argon2Kdf;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;

/**
 * Storage figures at several casebook sizes, side by side with plain on-disk SQLite (WAL, synchronous=FULL) running
 * the same casebook code. Run with {@code mvn -Pbench verify} (sizes: {@code -Dbench.sizes=1000,10000}); prints a
 * Markdown table and writes it to target/benchmarks.md.
 */
public final class StorageBenchmark {
    private static final char[] PASSPHRASE = "benchmark passphrase".toCharArray();
    private static final int COMMITS = 300;
    private static final int UNLOCKS = 5;
    private static final List<String> QUERIES = List.of("maria", "gp registration", "refuge", "C-2024", "fatima",
            "solicitor appointment", "nrpf", "oksana", "safety plan", "interpreter");

    private final Clock clock = Clock.systemDefaultZone();
    private final Path work;

    private StorageBenchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : (args.length > 0 ? args[0] : "1000,10000,100000").split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        Path work = Files.createTempDirectory(Path.of("target"), "bench");
        StorageBenchmark benchmark = new StorageBenchmark(work);
        BenchReport report = new BenchReport(benchmark.kdfMillis());
        for (int size : sizes) {
            report.add(benchmark.measure(size));
        }
        String table = report.markdown();
        Files.writeString(Path.of("target", "benchmarks.md"), table);
        BenchOutput.print(table);
    }

    private double kdfMillis() {
        byte[] salt = new byte[16];
        Argon2Kdf.derive(new byte[8], salt, KdfParams.floor());
        long start = System.nanoTime();
        Argon2Kdf.derive(new byte[8], salt, KdfParams.floor());
        return (System.nanoTime() - start) / 1e6;
    }

    private BenchRow measure(int cases) throws Exception {
        Path folder = work.resolve("vault-" + cases);
        long generation = timeMillis(() -> {
            try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE);
                    Vault vault = Vault.create(folder, passphrase, KdfPolicy.fixed(KdfParams.floor()),
                            VaultOptions.standard()).vault()) {
                new DemoCasebook(Casebook.open(vault, clock, "bench"), clock, 1).generate(cases, 1000, done -> { });
            }
        });
        Samples unlockBeyondKdf = new Samples();
        for (int i = 0; i < UNLOCKS; i++) {
            double kdf = kdfMillis();
            long start = System.nanoTime();
            try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE);
                    Vault vault = Vault.open(folder, passphrase, VaultOptions.standard())) {
                unlockBeyondKdf.add((System.nanoTime() - start) / 1e6 - kdf);
            }
        }
        long rss = RssProbe.measure(folder, new String(PASSPHRASE));
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE);
                Vault vault = Vault.open(folder, passphrase, VaultOptions.standard())) {
            Casebook book = Casebook.open(vault, clock, "bench");
            Samples commits = commitNotes(book);
            Samples search = searchAsYouType(book);
            long checkpoint = timeMillis(vault::checkpoint);
            long size = Files.size(folder.resolve(CasebookFiles.SNAPSHOT));
            Samples plainCommits;
            Samples plainSearch;
            Path plainFile = work.resolve("plain-" + cases + ".sqlite");
            try (PlainSqliteTransactions plain = new PlainSqliteTransactions(plainFile)) {
                Casebook plainBook = Casebook.open(plain, clock, "bench");
                new DemoCasebook(plainBook, clock, 1).generate(cases, 1000, done -> { });
                plainCommits = commitNotes(plainBook);
                plainSearch = searchAsYouType(plainBook);
            }
            return new BenchRow(cases, generation, unlockBeyondKdf.median(), unlockBeyondKdf.spread(), commits,
                    plainCommits, search, plainSearch, checkpoint, size, Files.size(plainFile), rss);
        }
    }

    private Samples commitNotes(Casebook book) {
        long caseId = book.search("", 1).get(0).caseId();
        Samples samples = new Samples();
        for (int i = 0; i < COMMITS; i++) {
            String text = "Benchmark note " + i + ": called back about the GP appointment on " + LocalDate.now(clock);
            long start = System.nanoTime();
            book.notes().add(caseId, text);
            samples.add((System.nanoTime() - start) / 1e6);
        }
        return samples;
    }

    private static Samples searchAsYouType(Casebook book) {
        for (String query : QUERIES) {
            book.search(query, 200); // warm-up pass
        }
        Samples samples = new Samples();
        for (String query : QUERIES) {
            for (int length = 2; length <= query.length(); length++) {
                String typed = query.substring(0, length);
                long start = System.nanoTime();
                book.search(typed, 200);
                samples.add((System.nanoTime() - start) / 1e6);
            }
        }
        return samples;
    }

    private static long timeMillis(ThrowingRunnable action) throws Exception {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
