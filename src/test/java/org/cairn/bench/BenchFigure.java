package org.cairn.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One measured figure: the common result record that every benchmark probe returns, in this JVM or printed by a
 * child JVM as one line ({@link #toLine()}). A figure that could not be measured has a NaN median and says why in
 * {@code note}.
 *
 * @param id       stable key, used for targets and ordering ("commit.p95")
 * @param label    what was measured, in words
 * @param cases    casebook size, or 0 when no casebook is involved
 * @param median   median over the runs after warm-up
 * @param low      smallest of the runs (spread)
 * @param high     largest of the runs (spread)
 * @param runs     how many runs the median is over (1: a single run, no spread)
 * @param unit     "ms", "MB", "×"
 * @param beside   the same work on the alternative, in words ("plain SQLite 2.1 ms"), or ""
 * @param note     how it was measured or why it was skipped, or ""
 */
public record BenchFigure(String id, String label, int cases, double median, double low, double high, int runs, String unit,
        String beside, String note) {
    private static final String PREFIX = "bench-figure";

    public BenchFigure {
        for (String text : List.of(id, label, unit, beside, note)) {
            if (text.contains("\t") || text.contains("\n")) {
                throw new IllegalArgumentException("figure text must be one line without tabs");
            }
        }
    }

    public static BenchFigure of(String id, String label, int cases, Samples samples, String unit) {
        return new BenchFigure(id, label, cases, samples.median(), samples.percentile(0), samples.percentile(100),
                samples.count(), unit, "", "");
    }

    public static BenchFigure single(String id, String label, int cases, double value, String unit) {
        return new BenchFigure(id, label, cases, value, value, value, 1, unit, "", "");
    }

    public static BenchFigure skipped(String id, String label, int cases, String why) {
        return new BenchFigure(id, label, cases, Double.NaN, Double.NaN, Double.NaN, 0, "", "", why);
    }

    public boolean measured() {
        return !Double.isNaN(median);
    }

    public BenchFigure withBeside(String text) {
        return new BenchFigure(id, label, cases, median, low, high, runs, unit, text, note);
    }

    public BenchFigure withNote(String text) {
        return new BenchFigure(id, label, cases, median, low, high, runs, unit, beside, text);
    }

    /**
     * The same figure from several runs (child JVMs): the median of their medians, the widest spread, and the number
     * of runs combined.
     */
    public static BenchFigure combine(List<BenchFigure> runs) {
        BenchFigure first = runs.get(0);
        List<Double> medians = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (BenchFigure run : runs) {
            if (!run.measured()) {
                return run;
            }
            medians.add(run.median);
            low = Math.min(low, run.low);
            high = Math.max(high, run.high);
        }
        Collections.sort(medians);
        double median = medians.size() % 2 == 1 ? medians.get(medians.size() / 2)
                : (medians.get(medians.size() / 2 - 1) + medians.get(medians.size() / 2)) / 2;
        return new BenchFigure(first.id, first.label, first.cases, median, low, high, runs.size(), first.unit,
                first.beside, first.note);
    }

    /** One line for a child JVM's standard output. */
    public String toLine() {
        return String.join("\t", PREFIX, id, label, Integer.toString(cases), num(median), num(low), num(high), Integer.toString(runs), unit,
                beside, note);
    }

    public static boolean isLine(String line) {
        return line.startsWith(PREFIX + "\t");
    }

    public static BenchFigure parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 11 || !f[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not a benchmark figure line");
        }
        return new BenchFigure(f[1], f[2], Integer.parseInt(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                Double.parseDouble(f[6]), Integer.parseInt(f[7]), f[8], f[9], f[10]);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.4f", value);
    }
}
