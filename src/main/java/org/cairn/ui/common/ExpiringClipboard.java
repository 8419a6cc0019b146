package org.cairn.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Case text copied by Cairn stays on the clipboard for a short while only (30 seconds by default). */
public final class ExpiringClipboard implements ClipboardService {
    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(30);
    private final ClipboardService clipboard;
    private final Clock clock;
    private final Duration lifetime;
    private Instant copiedAt;

    public ExpiringClipboard(ClipboardService clipboard, Clock clock, Duration lifetime) {
        this.clipboard = Objects.requireNonNull(clipboard);
        this.clock = Objects.requireNonNull(clock);
        this.lifetime = Objects.requireNonNull(lifetime);
    }

    @Override
    public void copy(String text) {
        clipboard.copy(text);
        copiedAt = clock.instant();
    }

    @Override
    public void clearIfOurs() {
        clipboard.clearIfOurs();
        copiedAt = null;
    }

    @Override
    public void expire() {
        if (copiedAt != null && !clock.instant().isBefore(copiedAt.plus(lifetime))) {
            clearIfOurs();
        }
    }
}
