package org.cairn.bench;

import java.time.Duration;

/** Progress lines on standard error, with the time since the run started, so a long run shows where it is. */
final class Progress {
    private final long started = System.nanoTime();

    void say(String what) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        System.err.printf("[bench %02d:%02d] %s%n", elapsed.toMinutes(), elapsed.toSecondsPart(), what);
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
