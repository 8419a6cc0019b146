package org.cairn.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.cairn.ui.common.TaskRunner;

/**
 * Like the app's FxTaskRunner, without a JavaFX toolkit: work runs on background daemon threads and results are
 * handed to one "UI" thread, which the benchmark also uses for every call into the ViewModel.
 */
final class BenchTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService background = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "bench-background");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService ui;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    /** CPU milliseconds of the last work that finished: on a loaded machine the wall clock also counts waiting. */
    volatile double lastCpuMillis;

    BenchTaskRunner(ExecutorService ui) {
        this.ui = ui;
    }

    @Override
    public <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        background.execute(() -> {
            try {
                long cpu = threads.getCurrentThreadCpuTime();
                T result = work.call(fraction -> { });
                lastCpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                ui.execute(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception e) {
                ui.execute(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return new Handle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public void onProgress(Consumer<Double> listener) {
            }
        };
    }

    @Override
    public void close() {
        background.shutdown();
    }
}
