package org.cairn.bench;

import java.util.List;

/** Every probe of the benchmark run, in the order they run. Add new probes here. */
final class BenchProbes {
    private BenchProbes() {
    }

    /** Run once per casebook size, on the same demo casebooks. */
    static List<SizedProbe> sized() {
        return List.of(new UnlockProbe(), new StorageProbe(), new StatsTablesProbe(), new TransferProbe(500));
    }

    /** Run once per benchmark run, before the casebooks are built. */
    static List<OnceProbe> once() {
        return List.of(new LetterProbe(), new StartupProbe());
    }
}
