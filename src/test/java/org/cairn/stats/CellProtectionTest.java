package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellProtectionTest {
    @ParameterizedTest(name = "T={0}, B={1}")
    @CsvSource({"10, 5", "5, 3", "7, 3", "5, 10", "12, 4", "20, 7"})
    void noPublishedValueIsEverBetweenOneAndThresholdMinusOne(int threshold, int base) {
        DisclosureSettings settings = new DisclosureSettings(threshold, base);
        CellProtection protection = new CellProtection(settings, new PerturbationTable());
        SplittableRandom random = new SplittableRandom(20261125L + threshold * 31L + base);
        for (int trial = 0; trial < 20_000; trial++) {
            long count = trial < 1_000 ? trial % 60 : random.nextLong(0, 5_000);
            long keySum = random.nextLong(0, 1_000_000);
            PublishedCell cell = protection.publish(count, keySum);
            if (count < threshold) {
                assertThat(cell.status()).as("count %d", count).isEqualTo(CellStatus.SMALL);
                assertThat(cell.display(settings)).isEqualTo("[c]");
                continue;
            }
            assertThat(cell.status()).isEqualTo(CellStatus.PUBLISHED);
            assertThat(cell.value()).as("count %d", count).isGreaterThanOrEqualTo(threshold);
            assertThat(cell.value() % base).isZero();
            // Noise of at most 2, then rounding of at most half a base (or the lift to the smallest value).
            assertThat(Math.abs(cell.value() - count)).isLessThanOrEqualTo(Math.max(2 + base / 2 + 1,
                    settings.smallestPublished() - threshold + 2 + base));
            assertThat(protection.publish(count, keySum)).as("same cases, same value").isEqualTo(cell);
        }
    }
}
