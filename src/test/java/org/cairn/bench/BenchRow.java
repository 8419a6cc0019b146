package org.cairn.bench;

/** One casebook size's figures. */
record BenchRow(int cases, long generationMillis, double unlockBeyondKdfMillis, String unlockSpread,
        Samples commits, Samples plainCommits, Samples search, Samples plainSearch, long checkpointMillis,
        long casebookBytes, long plainBytes, long residentKiB) {
}
