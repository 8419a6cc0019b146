package org.cairn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.cairn.ui.cases.CasesViewModel;
import org.cairn.ui.cases.RiskFilter;
import org.cairn.ui.cases.StatusFilter;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;

/**
 * Search as you type on a demo casebook (10k cases by default): the time from a keystroke reaching the cases
 * ViewModel to the new rows being in its list, through the real path (background search, hand-back to the UI
 * thread). Ten realistic queries are typed one letter at a time, so every prefix counts, first without filters
 * and then with "open" and "high risk". A last pass types fast (a key every 30 ms) and times the last keystroke
 * to its result. Target: p95 ≤ 50 ms. Run with {@code mvn -Pbench verify} or on its own (see docs/benchmarks.md).
 */
public final class SearchBenchmark {
    private static final List<String> QUERIES = List.of("Marisol Quintero", "agnieszka", "C-2025-0", "refuge space",
            "solicitor appointment", "nrpf council", "stefania turcanu", "gp registration", "interpreter", "nour");
    private static final int ROUNDS = 3;
    private static final int FAST_TYPING_MS = 30;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        // -Dcairn.bench.keep=DIR keeps the demo casebook in DIR and reuses it next time (it takes minutes to build).
        String keep = System.getProperty("cairn.bench.keep");
        Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("cairn-search-bench");
        ExecutorService ui = Executors.newSingleThreadExecutor(work -> new Thread(work, "bench-ui"));
        MutableClock clock = new MutableClock(Fakes.START);
        long built = System.nanoTime();
        Session session = Files.exists(dir.resolve("demo")) ? DemoSessions.open(dir.resolve("demo"), clock)
                : DemoSessions.create(dir.resolve("demo"), clock, cases);
        System.out.printf("%nSearch as you type: demo casebook of %,d cases ready in %.1f s; load before: %s%n",
                session.casebook().counts().cases(), (System.nanoTime() - built) / 1e9, load());
        try (BenchTaskRunner tasks = new BenchTaskRunner(ui)) {
            CasesViewModel model = onUi(ui, () -> new CasesViewModel(session, Fakes.messages(),
                    new RecordingNavigator(), tasks, clock, new ErrorMessages(Fakes.messages())));
            typeAll(ui, model, 1, tasks, new Samples()); // warm-up: JIT and the SQLite page cache
            Samples plainCpu = new Samples();
            Map<String, Samples> plain = typeAll(ui, model, ROUNDS, tasks, plainCpu);
            onUiAndWait(ui, model, () -> {
                model.statusProperty().set(StatusFilter.OPEN);
                model.riskProperty().set(RiskFilter.HIGH);
            });
            Samples filteredCpu = new Samples();
            Map<String, Samples> filtered = typeAll(ui, model, ROUNDS, tasks, filteredCpu);
            onUiAndWait(ui, model, () -> {
                model.statusProperty().set(StatusFilter.ALL);
                model.riskProperty().set(RiskFilter.ANY);
            });
            Samples fast = new Samples();
            boolean newestShown = true;
            for (int round = 0; round < ROUNDS; round++) {
                for (String query : QUERIES) {
                    fast.add(typeFast(ui, model, query));
                    newestShown &= onUi(ui, () -> model.rows().equals(
                            session.casebook().search(query, model.rows().size())));
                    clear(ui, model);
                }
            }
            report(plain, "no filters", plainCpu);
            report(filtered, "open, high risk", filteredCpu);
            System.out.printf("%nFast typing (a key every %d ms), last keystroke to its rows: p50 %.1f ms, p95 %.1f ms"
                    + " (%d queries); the newest query's rows shown every time: %s%n", FAST_TYPING_MS,
                    fast.median(), fast.percentile(95), fast.count(), newestShown ? "yes" : "NO");
            System.out.printf("Target: p95 ≤ 50 ms per keystroke. Load after: %s; %d processors%n", load(),
                    Runtime.getRuntime().availableProcessors());
        } finally {
            session.close();
            ui.shutdown();
            if (keep == null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    /** Types each query one letter at a time, waiting for each keystroke's rows; samples per query. */
    private static Map<String, Samples> typeAll(ExecutorService ui, CasesViewModel model, int rounds,
            BenchTaskRunner tasks, Samples cpu) throws Exception {
        Map<String, Samples> byQuery = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String query : QUERIES) {
                Samples samples = byQuery.computeIfAbsent(query, q -> new Samples());
                for (int end = 1; end <= query.length(); end++) {
                    samples.add(keystroke(ui, model, query.substring(0, end)));
                    cpu.add(tasks.lastCpuMillis);
                }
                clear(ui, model);
            }
        }
        return byQuery;
    }

    /** Milliseconds from setting the query (as a keystroke does) to the ViewModel showing its rows. */
    private static double keystroke(ExecutorService ui, CasesViewModel model, String text) throws Exception {
        long[] start = new long[1];
        CompletableFuture<Long> shown = new CompletableFuture<>();
        ui.execute(() -> {
            whenSearchEnds(model, shown);
            start[0] = System.nanoTime();
            model.queryProperty().set(text);
        });
        long end = shown.get(60, TimeUnit.SECONDS);
        return (end - onUi(ui, () -> start[0])) / 1e6;
    }

    /** Types the query a key every few milliseconds without waiting; times the last key to its rows. */
    private static double typeFast(ExecutorService ui, CasesViewModel model, String query) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        long[] start = new long[1];
        for (int end = 1; end <= query.length(); end++) {
            String text = query.substring(0, end);
            boolean last = end == query.length();
            ui.execute(() -> {
                if (last) {
                    whenSearchEnds(model, shown);
                    start[0] = System.nanoTime();
                }
                model.queryProperty().set(text);
            });
            if (!last) {
                Thread.sleep(FAST_TYPING_MS);
            }
        }
        long end = shown.get(60, TimeUnit.SECONDS);
        return (end - onUi(ui, () -> start[0])) / 1e6;
    }

    private static void whenSearchEnds(CasesViewModel model, CompletableFuture<Long> shown) {
        model.searchingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                if (!now) {
                    shown.complete(System.nanoTime());
                    value.removeListener(this);
                }
            }
        });
    }

    private static void clear(ExecutorService ui, CasesViewModel model) throws Exception {
        onUiAndWait(ui, model, () -> model.queryProperty().set(""));
    }

    private static void onUiAndWait(ExecutorService ui, CasesViewModel model, Runnable change) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        ui.execute(() -> {
            whenSearchEnds(model, shown);
            change.run();
            if (!model.searchingProperty().get()) {
                shown.complete(System.nanoTime());
            }
        });
        shown.get(60, TimeUnit.SECONDS);
    }

    private static <T> T onUi(ExecutorService ui, Callable<T> work) throws Exception {
        return ui.submit(work).get(60, TimeUnit.SECONDS);
    }

    private static void report(Map<String, Samples> byQuery, String filters, Samples cpu) {
        System.out.printf("%n| query (typed letter by letter; %s) | keystrokes | p50 ms | p95 ms | max ms |%n",
                filters);
        System.out.println("|---|---|---|---|---|");
        Samples all = new Samples();
        List<String> rows = new ArrayList<>();
        byQuery.forEach((query, samples) -> {
            rows.add(String.format("| %s | %d | %.1f | %.1f | %.1f |", query, samples.count(), samples.median(),
                    samples.percentile(95), samples.percentile(100)));
            samples.values().forEach(all::add);
        });
        rows.forEach(System.out::println);
        System.out.printf("| **all** | %d | %.1f | %.1f | %.1f |%n", all.count(), all.median(), all.percentile(95),
                all.percentile(100));
        System.out.printf("CPU time of the search itself per keystroke: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                cpu.median(), cpu.percentile(95), cpu.percentile(100));
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return "unknown";
        }
    }
}
