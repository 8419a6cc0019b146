package org.cairn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.cairn.casebook.Casebook;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;

/**
 * Commit latency, search as you type, checkpoint, key rotation and size on disk, for the vault and, in the same run, for plain
 * on-disk SQLite (WAL, synchronous=FULL) running the same casebook code (ADR 0003). Each figure is a median over
 * rounds that follow a warm-up round; the spread is the smallest and largest round.
 */
final class StorageProbe implements SizedProbe {
    static final int ROUNDS = 5;
    static final int COMMITS_PER_ROUND = 100;
    static final int CHECKPOINTS = 3;
    static final int ROTATIONS = 3;
    /** As many results as the Cases screen asks for (ui.cases.CasesViewModel.LIMIT). */
    static final int SEARCH_LIMIT = 1_000;
    /** Names, references, note words and phrases that advocates type; every prefix is searched, as typed. */
    static final List<String> QUERIES = List.of("oksana", "halyna", "C-2024", "gp registration", "refuge", "nrpf",
            "solicitor", "safety plan", "interpreter", "home office");

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public String name() {
        return "commits, search as you type, checkpoint and size (vault and plain SQLite)";
    }

    @Override
    public List<BenchFigure> measure(BenchCasebook book) throws Exception {
        Engine vault;
        Samples checkpoints = new Samples();
        Samples rotations = new Samples();
        long vaultBytes;
        // As the app opens it: with the rollback anchor, which is rewritten (not forced) after every commit.
        Path anchorFolder = Files.createTempDirectory("cairn-bench-anchors");
        VaultOptions asTheApp = VaultOptions.standard().withAnchors(new RollbackAnchors(anchorFolder));
        try (Passphrase passphrase = Passphrase.copyOf(book.passphraseChars());
                Vault opened = Vault.open(book.vault(), passphrase, asTheApp)) {
            vault = Engine.measure(Casebook.open(opened, clock, "bench"), clock);
            for (int i = 0; i < CHECKPOINTS; i++) {
                long start = System.nanoTime();
                opened.checkpoint();
                checkpoints.add((System.nanoTime() - start) / 1e6);
            }
            for (int i = 0; i < ROTATIONS; i++) {
                rotations.add(rotationMillis(opened));
            }
            vaultBytes = Files.size(book.vault().resolve(CasebookFiles.SNAPSHOT))
                    + Files.size(book.vault().resolve(CasebookFiles.LOG));
        }
        List<Samples> withoutAnchor;
        try (Passphrase passphrase = Passphrase.copyOf(book.passphraseChars());
                Vault opened = Vault.open(book.vault(), passphrase, VaultOptions.standard())) {
            withoutAnchor = Engine.commitsOnly(Casebook.open(opened, clock, "bench"), clock);
        }
        deleteFolder(anchorFolder);
        Engine plain;
        try (PlainSqliteTransactions sqlite = new PlainSqliteTransactions(book.plainSqlite())) {
            plain = Engine.measure(Casebook.open(sqlite, clock, "bench"), clock);
            sqlite.checkpointWal();
        }
        long plainBytes = Files.size(book.plainSqlite()) + sizeIfPresent(Path.of(book.plainSqlite() + "-wal"));
        int n = book.cases();
        List<BenchFigure> figures = new ArrayList<>();
        String commitNote = String.format(Locale.ROOT, "%d rounds of %d single-note transactions after a warm-up "
                + "round, each forced to disk; spread over rounds", ROUNDS, COMMITS_PER_ROUND);
        for (int p : new int[] {50, 95, 99}) {
            figures.add(pair("commit.p" + p, "commit, one note, p" + p, n, vault.commits, plain.commits, p)
                    .withNote(commitNote));
        }
        for (int p : new int[] {50, 95}) {
            Samples anchorless = perRound(withoutAnchor, r -> r.percentile(p));
            figures.add(BenchFigure.of("commit.noanchor.p" + p, "commit without the rollback anchor, p" + p, n,
                    anchorless, "ms").withNote("the same commits on the same casebook opened without the anchor, "
                    + "to show what the anchor costs; the commit figures above are with it, as the app runs"));
        }
        figures.add(ratio("commit.p95.ratio", "commit p95, vault ÷ plain SQLite", n, vault.commits, plain.commits, 95));
        String searchNote = String.format(Locale.ROOT, "every prefix of %d queries (%s), as typed, up to %d results "
                + "as the Cases screen asks; %d rounds after a warm-up round", QUERIES.size(), String.join(", ",
                QUERIES), SEARCH_LIMIT, ROUNDS);
        for (int p : new int[] {50, 95}) {
            figures.add(pair("search.p" + p, "search as you type, p" + p, n, vault.search, plain.search, p)
                    .withNote(searchNote));
        }
        figures.add(ratio("search.p95.ratio", "search p95, vault ÷ plain SQLite", n, vault.search, plain.search, 95));
        figures.add(BenchFigure.of("checkpoint", "checkpoint", n, checkpoints, "ms").withNote(CHECKPOINTS
                + " checkpoints after the commits; each rewrites the whole snapshot"));
        figures.add(BenchFigure.of("rotation", "removing a person (new master key)", n, rotations, "ms")
                .withNote(ROTATIONS + " removals of a person just added; each writes the snapshot under a new master "
                        + "key and re-wraps the other slots (the person's Argon2id slot is made before the clock starts)"));
        figures.add(BenchFigure.single("size", "casebook on disk (snapshot + log)", n, vaultBytes / 1e6, "MB")
                .withBeside(String.format(Locale.ROOT, "plain SQLite %.1f MB (%.2f×)", plainBytes / 1e6,
                        (double) vaultBytes / plainBytes)));
        return figures;
    }

    /** Adds a person (untimed: that is one Argon2id derivation), then times removing them. */
    private static double rotationMillis(Vault opened) {
        int slotId;
        try (Passphrase leaver = Passphrase.copyOf("a benchmark leaver's passphrase".toCharArray())) {
            slotId = opened.people().add("Benchmark Leaver", "advocate", leaver,
                    KdfPolicy.fixed(KdfParams.floor())).slotId();
        }
        long start = System.nanoTime();
        opened.people().remove(slotId);
        return (System.nanoTime() - start) / 1e6;
    }

    private static BenchFigure pair(String id, String label, int cases, List<Samples> ours, List<Samples> plain,
            int p) {
        Samples ourRounds = perRound(ours, s -> s.percentile(p));
        Samples plainRounds = perRound(plain, s -> s.percentile(p));
        return BenchFigure.of(id, label, cases, ourRounds, "ms").withBeside(String.format(Locale.ROOT,
                "plain SQLite %s [%s – %s]", BenchTable.value(plainRounds.median(), "ms"),
                BenchTable.value(plainRounds.percentile(0), "ms"), BenchTable.value(plainRounds.percentile(100), "ms")));
    }

    private static BenchFigure ratio(String id, String label, int cases, List<Samples> ours, List<Samples> plain,
            int p) {
        Samples ratios = new Samples();
        for (int i = 0; i < ours.size(); i++) {
            ratios.add(ours.get(i).percentile(p) / plain.get(i).percentile(p));
        }
        return BenchFigure.of(id, label, cases, ratios, "×").withNote("round by round, the vault's figure divided "
                + "by plain SQLite's in the same run");
    }

    private static Samples perRound(List<Samples> rounds, ToDoubleFunction<Samples> figure) {
        Samples result = new Samples();
        rounds.forEach(r -> result.add(figure.applyAsDouble(r)));
        return result;
    }

    private static void deleteFolder(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static long sizeIfPresent(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    /** One engine's rounds of commits and searches. */
    private record Engine(List<Samples> commits, List<Samples> search) {
        static List<Samples> commitsOnly(Casebook book, Clock clock) {
            long caseId = book.search("", 1).get(0).caseId();
            commitRound(book, clock, caseId, COMMITS_PER_ROUND / 2);
            List<Samples> commits = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                commits.add(commitRound(book, clock, caseId, COMMITS_PER_ROUND));
            }
            return commits;
        }

        static Engine measure(Casebook book, Clock clock) {
            List<Samples> commits = commitsOnly(book, clock);
            searchRound(book);
            List<Samples> search = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                search.add(searchRound(book));
            }
            return new Engine(commits, search);
        }

        private static Samples commitRound(Casebook book, Clock clock, long caseId, int count) {
            Samples samples = new Samples();
            for (int i = 0; i < count; i++) {
                String text = "Benchmark note " + i + ": called back about the GP appointment on "
                        + LocalDate.now(clock);
                long start = System.nanoTime();
                book.notes().add(caseId, text);
                samples.add((System.nanoTime() - start) / 1e6);
            }
            return samples;
        }

        private static Samples searchRound(Casebook book) {
            Samples samples = new Samples();
            for (String query : QUERIES) {
                for (int length = 1; length <= query.length(); length++) {
                    String typed = query.substring(0, length);
                    long start = System.nanoTime();
                    book.search(typed, SEARCH_LIMIT);
                    samples.add((System.nanoTime() - start) / 1e6);
                }
            }
            return samples;
        }
    }
}
