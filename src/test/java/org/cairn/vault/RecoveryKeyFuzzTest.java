package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;

/** Typed recovery keys: IllegalArgumentException with a message for a person, or a key that prints back the same. */
class RecoveryKeyFuzzTest {
    private static final AtomicInteger RUNS = new AtomicInteger();

    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        RUNS.incrementAndGet();
        char[] typed = new String(data, java.nio.charset.StandardCharsets.UTF_8).toCharArray();
        try (RecoveryKey key = RecoveryKey.parse(typed)) {
            try (RecoveryKey again = RecoveryKey.parse(key.format())) {
                assertThat(again.secret()).isEqualTo(key.secret());
            }
        } catch (IllegalArgumentException expected) {
            assertThat(expected.getMessage()).containsIgnoringCase("recovery key");
        }
    }

    @AfterAll
    static void someInputsRan() {
        assertThat(RUNS.get()).as("seed inputs were executed").isGreaterThan(2);
    }
}
