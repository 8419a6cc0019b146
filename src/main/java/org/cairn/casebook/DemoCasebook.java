package org.cairn.casebook;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Fills a casebook with fictional cases for demonstrations, tests and benchmarks. The content depends only on
 * the seed, the number of cases and the clock's date: each case draws from its own random stream, so batching
 * changes how many cases commit together but never what is written.
 */
public final class DemoCasebook {
    /** Opening dates are spread evenly over this many days up to today. */
    static final int SPAN_DAYS = 5 * 365;

    private final Casebook casebook;
    private final Clock clock;
    private final long seed;

    public DemoCasebook(Casebook casebook, Clock clock, long seed) {
        this.casebook = Objects.requireNonNull(casebook);
        this.clock = Objects.requireNonNull(clock);
        this.seed = seed;
    }

    /** One transaction per case. */
    public void generate(int cases, IntConsumer committed) {
        generate(cases, 1, committed);
    }

    /**
     * Writes {@code cases} cases, {@code casesPerTransaction} to a transaction. {@code committed} receives the
     * number of cases written so far, and is called only after the transaction is durable on disk.
     */
    public void generate(int cases, int casesPerTransaction, IntConsumer committed) {
        if (cases < 0 || casesPerTransaction < 1) {
            throw new IllegalArgumentException("need a non-negative number of cases and at least one per transaction");
        }
        LocalDate today = LocalDate.now(clock);
        DemoDirectory.writeIfEmpty(casebook, today);
        DemoCaseWriter writer = new DemoCaseWriter(casebook, today);
        int done = 0;
        while (done < cases) {
            int from = done;
            int to = (int) Math.min(cases, (long) done + casesPerTransaction);
            casebook.transactions().write(tx -> {
                for (int i = from; i < to; i++) {
                    writer.write(tx, randomFor(i), openedOn(today, i, cases));
                }
                return null;
            });
            done = to;
            committed.accept(done);
        }
    }

    private SplittableRandom randomFor(int caseIndex) {
        // A distinct, well-mixed stream per case (golden-ratio increment, as SplittableRandom itself uses).
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + caseIndex);
    }

    /** Oldest first, so references within a year are numbered in opening order. */
    static LocalDate openedOn(LocalDate today, int caseIndex, int cases) {
        long offset = cases <= 1 ? SPAN_DAYS : (long) caseIndex * SPAN_DAYS / (cases - 1);
        return today.minusDays(SPAN_DAYS).plusDays(offset);
    }
}
