package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CipherWarmUpTest {
    @Test
    void runsOnADaemonThreadAndStopsWhenInterrupted() throws Exception {
        Thread warmUp = new CipherWarmUp().start();
        assertThat(warmUp.isDaemon()).as("never keeps the app alive on exit").isTrue();
        warmUp.interrupt();
        warmUp.join(10_000);
        assertThat(warmUp.isAlive()).isFalse();
    }

    @Test
    void stoppingEndsItAndNoLaterStartRunsIt() throws Exception {
        CipherWarmUp warmUp = new CipherWarmUp();
        Thread warming = warmUp.start();
        assertThat(warmUp.start()).as("one warm-up at a time").isNull();
        warmUp.stop();
        warming.join(10_000);
        assertThat(warming.isAlive()).isFalse();
        assertThat(warmUp.start()).as("stopped for good").isNull();
        CipherWarmUp neverStarted = new CipherWarmUp();
        neverStarted.stop();
        assertThat(neverStarted.start()).as("stopped before the delayed start came").isNull();
    }

    @Test
    void finishesOnItsOwn() throws Exception {
        Thread warmUp = new CipherWarmUp().start();
        warmUp.join(120_000);
        assertThat(warmUp.isAlive()).isFalse();
    }
}
