package org.cairn.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.junit.jupiter.api.Test;

class IdleLockTest {
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final IdleLock idle = new IdleLock(clock, Duration.ofMinutes(5));

    @Test
    void dueAfterTheLimitWithoutInput() {
        clock.advance(Duration.ofMinutes(4));
        assertThat(idle.isDue()).isFalse();
        assertThat(idle.activity()).isFalse();
        clock.advance(Duration.ofMinutes(4));
        assertThat(idle.isDue()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(idle.isDue()).isTrue();
    }

    @Test
    void theFirstInputAfterSleepLocksInsteadOfResetting() {
        clock.advance(Duration.ofHours(3));
        assertThat(idle.activity()).isTrue();
    }

    @Test
    void aClockSetBackByMoreThanTheLimitAlsoLocks() {
        clock.advance(Duration.ofHours(-2));
        assertThat(idle.isDue()).isTrue();
    }
}
