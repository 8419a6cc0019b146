package org.cairn.ui.common;

import java.util.function.Consumer;

/**
 * Runs slow work (key derivation, search, checkpoints) away from the UI thread. Results, failures and progress
 * are delivered on the UI thread, never after {@link Handle#cancel()}.
 */
public interface TaskRunner {
    <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** The work itself; it may report progress between 0 and 1. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    @FunctionalInterface
    interface Progress {
        void report(double fraction);
    }

    /** A running task. Cancelling drops its result; the work itself is left to finish. */
    interface Handle {
        void cancel();

        void onProgress(Consumer<Double> listener);
    }
}
