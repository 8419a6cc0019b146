package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisclosureSettingsTest {
    @Test
    void defaultsAreTheOnsRule() {
        DisclosureSettings s = DisclosureSettings.defaults();
        assertThat(s.threshold()).isEqualTo(10);
        assertThat(s.roundingBase()).isEqualTo(5);
        assertThat(s.smallestPublished()).isEqualTo(10);
    }

    @ParameterizedTest
    @CsvSource({"4, 5", "0, 5", "-10, 5", "10, 2", "10, 1", "10, 0", "101, 5", "10, 51"})
    void unsafeOrSillySettingsAreRefused(int threshold, int base) {
        assertThatThrownBy(() -> new DisclosureSettings(threshold, base))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"5, 3, 6", "7, 3, 9", "10, 5, 10", "11, 5, 15", "5, 10, 10"})
    void theMinimumsThemselvesAreAllowedAndTheSmallestPublishedValueIsAtLeastTheThreshold(int threshold, int base,
            int smallest) {
        DisclosureSettings s = new DisclosureSettings(threshold, base);
        assertThat(s.smallestPublished()).isEqualTo(smallest).isGreaterThanOrEqualTo(threshold);
    }
}
