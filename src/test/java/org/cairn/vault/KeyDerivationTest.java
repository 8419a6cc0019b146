package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeyDerivationTest {
    @Test
    void calibrationPicksPassesToReachTheTargetAtAtLeast64MiB() {
        // A fake clock where the two-pass probe appears to take 200 ms: 100 ms a pass, so 700 ms needs 7 passes.
        long[] readings = {0, 200_000_000L};
        AtomicLong calls = new AtomicLong();
        CalibratingKdfPolicy policy = new CalibratingKdfPolicy(Duration.ofMillis(700), 1024,
                () -> readings[(int) Math.min(calls.getAndIncrement(), 1)]);
        KdfParams params = policy.paramsForNewSlot();
        assertThat(params.memoryKiB()).isEqualTo(KdfParams.MINIMUM_MEMORY_KIB);
        assertThat(params.iterations()).isEqualTo(7);
    }

    @Test
    void calibrationNeverGoesBelowTwoPasses() {
        long[] readings = {0, 10_000_000_000L};
        AtomicLong calls = new AtomicLong();
        KdfParams params = new CalibratingKdfPolicy(Duration.ofMillis(700), KdfParams.MINIMUM_MEMORY_KIB,
                () -> readings[(int) Math.min(calls.getAndIncrement(), 1)]).paramsForNewSlot();
        assertThat(params.iterations()).isEqualTo(2);
    }

    @Test
    void parametersOutsideTheSafeRangeAreRefused() {
        assertThatThrownBy(() -> new KdfParams(32 * 1024, 3, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KdfParams(KdfParams.MAXIMUM_MEMORY_KIB + 1, 3, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KdfParams(KdfParams.MINIMUM_MEMORY_KIB, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recoveryKeyRoundTripsAndCatchesATypingMistake() {
        try (RecoveryKey key = RecoveryKey.generate(new SecureRandom())) {
            char[] printed = key.format();
            assertThat(new String(printed)).matches("([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}");
            String lowerWithSpaces = new String(printed).toLowerCase().replace('-', ' ');
            try (RecoveryKey parsed = RecoveryKey.parse(lowerWithSpaces.toCharArray())) {
                assertThat(parsed.secret()).isEqualTo(key.secret());
            }
            char[] typo = printed.clone();
            typo[5] = typo[5] == 'A' ? 'B' : 'A';
            assertThatThrownBy(() -> RecoveryKey.parse(typo)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("typing mistake");
            assertThatThrownBy(() -> RecoveryKey.parse("ABCD-EFGH".toCharArray()))
                    .hasMessageContaining("36 characters");
        }
    }

    @Test
    void passphraseLengthCountsCodePointsAndWipes() {
        Passphrase bengali = Passphrase.copyOf("আমার নিরাপদ ঘর".toCharArray());
        assertThat(bengali.meetsPolicy()).isTrue();
        Passphrase emoji = Passphrase.copyOf("🙂🙂🙂🙂🙂🙂🙂🙂🙂".toCharArray()); // 18 chars, 9 code points
        assertThat(emoji.meetsPolicy()).isFalse();
        char[] mine = "0123456789ab".toCharArray();
        Passphrase adopted = Passphrase.adopt(mine);
        adopted.close();
        assertThat(mine).containsOnly('\0');
        assertThatThrownBy(adopted::toUtf8).isInstanceOf(IllegalStateException.class);
        bengali.close();
        emoji.close();
    }
}
