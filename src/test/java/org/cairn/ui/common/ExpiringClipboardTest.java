package org.cairn.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExpiringClipboardTest {
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final Fakes.Clipboard system = new Fakes.Clipboard();
    private final ExpiringClipboard clipboard = new ExpiringClipboard(system, clock, Duration.ofSeconds(30));

    @Test
    void clearsWhatCairnCopiedAfterThirtySeconds() {
        clipboard.copy("C-2026-0042");
        clock.advance(Duration.ofSeconds(29));
        clipboard.expire();
        assertThat(system.content).isEqualTo("C-2026-0042");
        clock.advance(Duration.ofSeconds(1));
        clipboard.expire();
        assertThat(system.content).isNull();
    }

    @Test
    void leavesTheClipboardAloneWhenCairnCopiedNothing() {
        system.content = "someone else's text";
        clock.advance(Duration.ofMinutes(5));
        clipboard.expire();
        assertThat(system.content).isEqualTo("someone else's text");
    }
}
