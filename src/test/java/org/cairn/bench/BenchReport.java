package org.cairn.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Formats the benchmark as Markdown, with the DESIGN.md targets beside the figures. */
final class BenchReport {
    private final double kdfMillis;
    private final List<BenchRow> rows = new ArrayList<>();

    BenchReport(double kdfMillis) {
        this.kdfMillis = kdfMillis;
    }

    void add(BenchRow row) {
        rows.add(row);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("Measured ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name"))
                .append(' ').append(System.getProperty("os.arch")).append(".\n\n");
        out.append(String.format("Argon2id at the 64 MiB, one-pass minimum: %.0f ms (a real casebook is calibrated "
                + "to about 700 ms). Unlock figures below exclude it.%n%n", kdfMillis));
        out.append("| cases | demo build (s) | unlock beyond KDF, median (ms) [spread] | commit p50 / p95 / p99 "
                + "(ms) | plain SQLite commit p50 / p95 / p99 (ms) | commit p95 ratio | search p50 / p95 (ms) | "
                + "plain search p50 / p95 (ms) | checkpoint (ms) | casebook.cairn (MB) | plain .sqlite (MB) | "
                + "RSS with it open (MB) |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (BenchRow row : rows) {
            out.append(String.format("| %,d | %.1f | %.0f [%s] | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %.2f "
                    + "| %.2f / %.2f | %.2f / %.2f | %d | %.1f | %.1f | %d |%n",
                    row.cases(), row.generationMillis() / 1000.0, row.unlockBeyondKdfMillis(), row.unlockSpread(),
                    row.commits().median(), row.commits().percentile(95), row.commits().percentile(99),
                    row.plainCommits().median(), row.plainCommits().percentile(95),
                    row.plainCommits().percentile(99),
                    row.commits().percentile(95) / row.plainCommits().percentile(95),
                    row.search().median(), row.search().percentile(95), row.plainSearch().median(),
                    row.plainSearch().percentile(95), row.checkpointMillis(), row.casebookBytes() / 1e6,
                    row.plainBytes() / 1e6, row.residentKiB() / 1024));
        }
        out.append("\nTargets (DESIGN.md): unlock beyond KDF ≤ 300 ms at 10k; commit p95 ≤ 5 ms at 100k and ≤ 2× "
                + "plain SQLite; search p95 ≤ 20 ms at 100k; checkpoint ≤ 500 ms at 10k; RSS ≤ 300 MB at 10k.\n");
        out.append(String.format("Commits: %d single-note transactions, each forced to disk. Search: every prefix "
                + "(from 2 characters) of 10 queries, as typed. RSS is the peak of a separate JVM "
                + "(-Xmx512m) that unlocks the casebook and searches it twice.%n",
                rows.isEmpty() ? 0 : rows.get(0).commits().count()));
        return out.toString();
    }
}
