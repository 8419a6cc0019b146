package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PerturbationTableTest {
    private final PerturbationTable table = new PerturbationTable();

    @Test
    void everyRowIsSymmetricSmallAndUnbiased() {
        for (int count = 0; count < 100; count++) {
            int[] histogram = new int[5];
            long sum = 0;
            for (int key = 0; key < RecordKeys.RANGE; key++) {
                int noise = table.noise(count, key);
                assertThat(noise).isBetween(-2, 2);
                histogram[noise + 2]++;
                sum += noise;
            }
            assertThat(sum).as("mean noise for count %d", count).isZero();
            assertThat(histogram).containsExactly(13, 51, 128, 51, 13);
        }
    }

    @Test
    void theSameSetOfCasesAlwaysGetsTheSameNoiseWhateverOrderTheyAreSummedIn() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 500; trial++) {
            int[] keys = random.ints(30, 0, RecordKeys.RANGE).toArray();
            long forwards = 0;
            long backwards = 0;
            for (int i = 0; i < keys.length; i++) {
                forwards += keys[i];
                backwards += keys[keys.length - 1 - i];
            }
            assertThat(table.noise(keys.length, backwards)).isEqualTo(table.noise(keys.length, forwards));
        }
    }

    @Test
    void addingOneCaseGivesAnUnrelatedCellKeySoTheNoiseOftenChanges() {
        SplittableRandom random = new SplittableRandom(11);
        int changed = 0;
        int trials = 5_000;
        for (int trial = 0; trial < trials; trial++) {
            int n = random.nextInt(10, 200);
            long keySum = 0;
            for (int i = 0; i < n; i++) {
                keySum += random.nextInt(RecordKeys.RANGE);
            }
            int extra = random.nextInt(1, RecordKeys.RANGE);
            assertThat((keySum + extra) % RecordKeys.RANGE).isNotEqualTo(keySum % RecordKeys.RANGE);
            if (table.noise(n + 1, keySum + extra) != table.noise(n, keySum)) {
                changed++;
            }
        }
        // Independent draws from the table differ with probability 1 - (0.5² + 2·0.2² + 2·0.05²) ≈ 0.665.
        assertThat((double) changed / trials).isBetween(0.6, 0.73);
    }
}
