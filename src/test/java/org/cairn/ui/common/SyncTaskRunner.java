package org.cairn.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs work at once on the calling thread, or holds it until {@link #runPending()} when deferred. */
public final class SyncTaskRunner implements TaskRunner {
    private final boolean deferred;
    private final List<Runnable> pending = new ArrayList<>();

    public SyncTaskRunner() {
        this(false);
    }

    public SyncTaskRunner(boolean deferred) {
        this.deferred = deferred;
    }

    @Override
    public <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        boolean[] cancelled = {false};
        List<Consumer<Double>> listeners = new ArrayList<>();
        Runnable job = () -> {
            try {
                T result = work.call(fraction -> listeners.forEach(listener -> listener.accept(fraction)));
                if (!cancelled[0]) {
                    onSuccess.accept(result);
                }
            } catch (Exception e) {
                if (!cancelled[0]) {
                    onFailure.accept(e);
                }
            }
        };
        if (deferred) {
            pending.add(job);
        } else {
            job.run();
        }
        return new Handle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public void onProgress(Consumer<Double> listener) {
                listeners.add(listener);
            }
        };
    }

    /** Runs held work, oldest first; returns how many ran. */
    public int runPending() {
        List<Runnable> now = new ArrayList<>(pending);
        pending.clear();
        now.forEach(Runnable::run);
        return now.size();
    }
}
