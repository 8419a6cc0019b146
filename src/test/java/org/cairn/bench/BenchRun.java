package org.cairn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one benchmark command ({@code mvn -Pbench verify}, sizes with {@code -Dbench.sizes=1000,10000}): builds demo
 * casebooks at each size, runs every probe of {@link BenchProbes}, prints one table with the targets of docs/ARCHITECTURE.md and
 * writes it, with the machine and its load, to docs/benchmarks.md and target/benchmarks.md. Exits 1 when a probe
 * failed (after writing what it has); a missed target is a finding, not a failure.
 */
public final class BenchRun {
    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : (args.length > 0 ? args[0] : "1000,10000,100000").split(",")) {
            sizes.add(Integer.parseInt(size.trim().replace("_", "")));
        }
        BenchJfr.startIfAsked("bench-run");
        Progress progress = new Progress();
        String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String loadBefore = MachineDescription.load();
        progress.say("machine: " + MachineDescription.describe() + "; load average " + loadBefore);
        Path work = Files.createDirectories(Path.of("target", "bench-work"));
        clean(work);
        BenchTable table = new BenchTable();
        List<String> failures = new ArrayList<>();
        for (OnceProbe probe : BenchProbes.once()) {
            progress.say(probe.name() + " …");
            try {
                table.addAll(probe.measure(work));
            } catch (Exception e) {
                failures.add(failed(table, probe.name(), 0, e));
            }
        }
        for (int cases : sizes) {
            progress.say(String.format("%,d cases: building the demo casebooks …", cases));
            BenchCasebooks.Built built = new BenchCasebooks(progress).build(cases, work);
            table.addAll(built.figures());
            for (SizedProbe probe : BenchProbes.sized()) {
                progress.say(String.format("%,d cases: %s …", cases, probe.name()));
                try {
                    table.addAll(probe.measure(built.casebook()));
                } catch (Exception e) {
                    failures.add(failed(table, probe.name(), cases, e));
                }
            }
            clean(work);
        }
        String section = section(sizes, started, loadBefore, MachineDescription.load(), progress.elapsed(), table,
                failures);
        BenchDocs.write(Path.of("docs", "benchmarks.md"), Path.of("target", "benchmarks.md"), section);
        System.out.println(section);
        progress.say("done; written to docs/benchmarks.md and target/benchmarks.md");
        if (!failures.isEmpty()) {
            System.exit(1);
        }
    }

    private static String failed(BenchTable table, String probe, int cases, Exception e) {
        e.printStackTrace();
        String why = "failed: " + e.getClass().getSimpleName();
        table.add(BenchFigure.skipped("failed." + probe, probe, cases, why));
        return probe + (cases > 0 ? " at " + cases + " cases" : "") + " (" + why + ")";
    }

    static String section(List<Integer> sizes, String started, String loadBefore, String loadAfter,
            Duration took, BenchTable table, List<String> failures) {
        StringBuilder out = new StringBuilder();
        out.append("## Latest run\n\n");
        out.append("- Command: `mvn -Pbench verify -Dbench.sizes=")
                .append(String.join(",", sizes.stream().map(String::valueOf).toList())).append("`\n");
        out.append("- Started: ").append(started).append("; took ").append(took.toMinutes()).append(" min ")
                .append(took.toSecondsPart()).append(" s\n");
        out.append("- Machine: ").append(MachineDescription.describe()).append('\n');
        out.append("- Load average (1, 5, 15 min): ").append(loadBefore).append(" before, ").append(loadAfter)
                .append(" after\n");
        double load = Math.max(parseFirst(loadBefore), parseFirst(loadAfter));
        if (load > Runtime.getRuntime().availableProcessors()) {
            out.append("\n**The load average was above the number of cores: other processes shared the machine, so "
                    + "these figures measure contention as much as Cairn. Compare ratios, not absolute times, and "
                    + "re-run on a quiet machine before judging the targets.**\n");
        }
        out.append('\n').append(table.markdown()).append('\n');
        out.append("Spread is the smallest and largest run; \"side by side\" is the same work in the same run on the "
                + "alternative. Verdicts are given only at the size each target is set for.\n\n");
        List<String> unjudged = table.unjudged();
        if (!unjudged.isEmpty()) {
            out.append("Not judged in this run (its size was not measured, or it was skipped): ")
                    .append(String.join("; ", unjudged)).append(".\n\n");
        }
        if (!failures.isEmpty()) {
            out.append("**Failed:** ").append(String.join("; ", failures)).append(".\n\n");
        }
        out.append("How each figure was measured:\n\n").append(table.notes()).append('\n');
        return out.toString();
    }

    private static double parseFirst(String load) {
        try {
            return Double.parseDouble(load.split(" ")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void clean(Path work) throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(work)) {
                    Files.delete(p);
                }
            }
        }
    }
}
