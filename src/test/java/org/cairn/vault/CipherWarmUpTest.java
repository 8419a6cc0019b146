package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CipherWarmUpTest {
    @Test
    void runsOnADaemonThreadAndStopsWhenInterrupted() throws Exception {
        Thread warmUp = CipherWarmUp.start();
        assertThat(warmUp.isDaemon()).as("never keeps the app alive on exit").isTrue();
        warmUp.interrupt();
        warmUp.join(10_000);
        assertThat(warmUp.isAlive()).isFalse();
    }

    @Test
    void finishesOnItsOwn() throws Exception {
        Thread warmUp = CipherWarmUp.start();
        warmUp.join(120_000);
        assertThat(warmUp.isAlive()).isFalse();
    }
}
