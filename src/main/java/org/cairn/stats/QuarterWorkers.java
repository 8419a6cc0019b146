package org.cairn.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one quarter's disclosure control per task on as many threads as there are cores. Quarters are protected
 * apart from each other (only a quarter's own tables are linked), so the result is exactly what one thread gives:
 * in the same order, and when several quarters fail, the earliest quarter's failure is the one thrown. The work
 * must not touch the transaction; reading and writing the casebook stay on the caller's thread.
 */
final class QuarterWorkers {
    private final int threads;

    QuarterWorkers(int threads) {
        this.threads = Math.max(1, threads);
    }

    static QuarterWorkers forThisComputer() {
        return new QuarterWorkers(Runtime.getRuntime().availableProcessors());
    }

    <T, R> List<R> map(List<T> inputs, Function<T, R> work) {
        int workers = Math.min(threads, inputs.size());
        if (workers <= 1) {
            return inputs.stream().map(work).toList();
        }
        ExecutorService executor = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "cairn-counts-protection");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(executor.submit(() -> work.apply(input)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("protecting the counts failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("protecting the counts was interrupted; nothing was written", e);
        } finally {
            executor.shutdownNow();
        }
    }
}
