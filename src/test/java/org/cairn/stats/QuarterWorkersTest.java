package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Quarters protected side by side come back exactly as one thread gives them, failures included. */
class QuarterWorkersTest {
    @Test
    void resultsKeepTheQuartersOrderWhateverFinishesFirst() {
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        List<Integer> expected = inputs.stream().map(i -> i * i).toList();
        List<Integer> side = new QuarterWorkers(4).map(inputs, i -> {
            // Earlier quarters take longer, so they finish last.
            busy(40 - i);
            return i * i;
        });
        assertThat(side).isEqualTo(expected);
        assertThat(new QuarterWorkers(1).map(inputs, i -> i * i)).isEqualTo(expected);
    }

    @Test
    void theEarliestQuartersFailureIsThrownAsItWas() {
        List<Integer> inputs = IntStream.range(0, 12).boxed().toList();
        assertThatThrownBy(() -> new QuarterWorkers(3).map(inputs, i -> {
            busy(12 - i);
            if (i == 4 || i == 9) {
                throw new DisclosureRefusedException(Quarter.parse("2026Q" + (1 + i % 4)), "quarter " + i);
            }
            return i;
        })).isInstanceOf(DisclosureRefusedException.class).hasMessage("quarter 4");
    }

    private static void busy(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
