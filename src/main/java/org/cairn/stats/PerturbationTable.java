package org.cairn.stats;

/**
 * The fixed perturbation table of the cell-key method (after ONS): the noise added to a count depends only on the
 * count and the cell key, so the same set of cases always gets the same noise, while a set that differs by one
 * case gets an unrelated cell key. The noise is symmetric (its mean is zero, so totals are unbiased):
 * 0 with probability 128/256, ±1 with 51/256 each and ±2 with 13/256 each, for uniformly spread cell keys.
 */
final class PerturbationTable {
    static final String DESCRIPTION = "cell-key perturbation v1: record keys 0-255, noise -2..+2 "
            + "(0: 50%, +1/-1: 20% each, +2/-2: 5% each), added before rounding";
    /** Rows by count, as in ONS tables; counts from here on share the last row. */
    private static final int ROWS = 64;
    /** The largest noise either way; an attacker knows it (the table is public). */
    static final int MAX_NOISE = 2;
    /** Rotates each row so that equal keys give different noise for different counts. */
    private static final int ROW_STEP = 97;
    private static final int[] NOISE = slots();

    int noise(long count, long cellKey) {
        int row = (int) Math.min(count, ROWS - 1);
        int slot = (int) ((Math.floorMod(cellKey, RecordKeys.RANGE) + (long) ROW_STEP * row) % RecordKeys.RANGE);
        return NOISE[slot];
    }

    private static int[] slots() {
        int[] slots = new int[RecordKeys.RANGE];
        int i = 0;
        i = fill(slots, i, 13, -2);
        i = fill(slots, i, 51, -1);
        i = fill(slots, i, 128, 0);
        i = fill(slots, i, 51, 1);
        i = fill(slots, i, 13, 2);
        if (i != slots.length) {
            throw new AssertionError("the perturbation table must cover every cell key");
        }
        return slots;
    }

    private static int fill(int[] slots, int from, int count, int noise) {
        for (int i = 0; i < count; i++) {
            slots[from + i] = noise;
        }
        return from + count;
    }
}
