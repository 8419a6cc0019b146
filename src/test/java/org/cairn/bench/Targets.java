package org.cairn.bench;

import java.util.List;
import java.util.Optional;

/**
 * The performance targets of docs/ARCHITECTURE.md (plus the start-up figure of the relocatable image and the transfer figures of docs/TRANSFER.md), keyed by figure
 * id. Change them only when those change.
 */
final class Targets {
    static final List<Target> DESIGN = List.of(
            new Target("unlock.rest.fresh", 10_000, 300, "unlock beyond the KDF", "≤ 300 ms at 10k"),
            new Target("commit.p95", 100_000, 5, "commit p95", "≤ 5 ms at 100k"),
            new Target("commit.p95.ratio", 100_000, 2, "commit p95 against plain SQLite", "≤ 2× at 100k"),
            new Target("search.p95", 100_000, 20, "search as you type p95", "≤ 20 ms at 100k"),
            new Target("checkpoint", 10_000, 500, "checkpoint", "≤ 500 ms at 10k"),
            new Target("rotation", 10_000, 3000, "removing a person (new master key)", "≤ 3 s at 10k"),
            new Target("letter.latin.first", 0, 1000, "first letter to PDF", "≤ 1 s"),
            new Target("letter.bengali.first", 0, 1000, "first Bengali letter", "≤ 1 s"),
            new Target("letter.urdu.first", 0, 1000, "first Urdu letter", "≤ 1 s"),
            new Target("letter.latin.warm", 0, 150, "warm letter to PDF", "≤ 150 ms"),
            new Target("letter.bengali.warm", 0, 150, "warm Bengali letter", "≤ 150 ms"),
            new Target("letter.urdu.warm", 0, 150, "warm Urdu letter", "≤ 150 ms"),
            new Target("stats.all", 100_000, 2000, "all anonymised tables", "≤ 2 s at 100k"),
            new Target("transfer.export", 10_000, 5000, "exporting 500 cases with their notes", "≤ 5 s at 10k"),
            new Target("transfer.import", 10_000, 5000, "importing 500 cases with their notes", "≤ 5 s at 10k"),
            new Target("rss.open", 10_000, 300, "memory with the casebook open", "≤ 300 MB at 10k"),
            new Target("startup.window", 0, 1500, "cold start to the first window", "≤ 1.5 s"));

    private Targets() {
    }

    static Optional<Target> forFigure(BenchFigure figure) {
        return DESIGN.stream().filter(t -> t.appliesTo(figure)).findFirst();
    }

    /** The target text for a figure of this id at another size, shown without a verdict. */
    static Optional<Target> forId(String id) {
        return DESIGN.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
