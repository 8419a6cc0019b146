package org.cairn.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.IntConsumer;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.DemoCasebook;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;

/**
 * Builds one size's demo casebooks: the encrypted vault (checkpointed, so every unlock starts from the same
 * snapshot and an empty log) and the same demo data in plain on-disk SQLite. The KDF is the 64 MiB, one-pass
 * minimum, so that the many unlocks stay short; the unlock figures report it apart.
 */
final class BenchCasebooks {
    static final String PASSPHRASE = "benchmark passphrase";
    static final int CASES_PER_TRANSACTION = 1000;
    private static final long SEED = 1;

    private final Clock clock = Clock.systemDefaultZone();
    private final Progress progress;

    BenchCasebooks(Progress progress) {
        this.progress = progress;
    }

    /** The casebooks, and the time each took to build as figures. */
    Built build(int cases, Path work) throws Exception {
        Path folder = work.resolve("vault-" + cases);
        Path plainFile = work.resolve("plain-" + cases + ".sqlite");
        long start = System.nanoTime();
        try (Passphrase passphrase = Passphrase.copyOf(PASSPHRASE.toCharArray());
                Vault vault = Vault.create(folder, passphrase, KdfPolicy.fixed(KdfParams.floor()),
                        VaultOptions.standard()).vault()) {
            new DemoCasebook(Casebook.open(vault, clock, "bench"), clock, SEED)
                    .generate(cases, CASES_PER_TRANSACTION, tenths("vault", cases));
            // The demo writer makes no referrals or completed plans; the counts tables need some to count.
            org.cairn.stats.StatsDemoEvents.add(vault, java.time.LocalDate.now(clock));
            vault.checkpoint();
        }
        double vaultSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        try (PlainSqliteTransactions plain = new PlainSqliteTransactions(plainFile)) {
            new DemoCasebook(Casebook.open(plain, clock, "bench"), clock, SEED)
                    .generate(cases, CASES_PER_TRANSACTION, tenths("plain SQLite", cases));
            plain.checkpointWal();
        }
        double plainSeconds = (System.nanoTime() - start) / 1e9;
        BenchFigure figure = BenchFigure.single("build", "demo casebook build", cases, vaultSeconds, "s")
                .withBeside(String.format(java.util.Locale.ROOT, "plain SQLite %.1f s", plainSeconds))
                .withNote(String.format(java.util.Locale.ROOT, "%,d demo cases per transaction", CASES_PER_TRANSACTION));
        return new Built(new BenchCasebook(cases, folder, plainFile, PASSPHRASE, work), List.of(figure));
    }

    private IntConsumer tenths(String engine, int cases) {
        int step = Math.max(1, cases / 10);
        return done -> {
            if (done % step < CASES_PER_TRANSACTION || done == cases) {
                progress.say(String.format("  %s: %,d of %,d demo cases written", engine, done, cases));
            }
        };
    }

    record Built(BenchCasebook casebook, List<BenchFigure> figures) {
    }
}
