package org.cairn.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides when an idle casebook locks. It reads the wall clock, so time spent asleep counts as idle: the first
 * input after waking finds the limit passed and locks before anything can be seen.
 */
public final class IdleLock {
    private final Clock clock;
    private Duration limit;
    private Instant lastSeen;

    public IdleLock(Clock clock, Duration limit) {
        this.clock = Objects.requireNonNull(clock);
        setLimit(limit);
        this.lastSeen = clock.instant();
    }

    /** A new limit from the Settings screen; it counts from the last input, so it takes effect at once. */
    public void setLimit(Duration newLimit) {
        if (newLimit.isNegative() || newLimit.isZero()) {
            throw new IllegalArgumentException("the idle limit must be positive");
        }
        this.limit = newLimit;
    }

    /** Starts counting afresh, for example just after unlocking. */
    public void reset() {
        lastSeen = clock.instant();
    }

    /** Input from the advocate. True when the casebook should lock instead, because the limit had already passed. */
    public boolean activity() {
        if (isDue()) {
            return true;
        }
        lastSeen = clock.instant();
        return false;
    }

    /** True once the limit has passed since the last input, including a jump of the wall clock. */
    public boolean isDue() {
        Duration idle = Duration.between(lastSeen, clock.instant());
        return idle.compareTo(limit) >= 0 || idle.isNegative() && idle.abs().compareTo(limit) >= 0;
    }

    public Duration limit() {
        return limit;
    }
}
