package org.cairn.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on daemon threads and hands results back on the JavaFX application thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    public FxTaskRunner() {
        this.executor = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "cairn-background");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        FxHandle handle = new FxHandle();
        executor.execute(() -> {
            try {
                T result = work.call(handle::report);
                Platform.runLater(() -> {
                    if (!handle.cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    if (!handle.cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return handle;
    }

    @Override
    public void close() {
        executor.shutdown();
    }

    private static final class FxHandle implements Handle {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile Consumer<Double> listener = fraction -> { };

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public void onProgress(Consumer<Double> progressListener) {
            this.listener = progressListener;
        }

        void report(double fraction) {
            Platform.runLater(() -> {
                if (!cancelled.get()) {
                    listener.accept(fraction);
                }
            });
        }
    }
}
