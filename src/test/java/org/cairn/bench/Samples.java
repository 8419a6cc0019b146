package org.cairn.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in milliseconds (or any one unit). */
public final class Samples {
    private final List<Double> values = new ArrayList<>();

    public void add(double millis) {
        values.add(millis);
    }

    public double percentile(double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    public double median() {
        return percentile(50);
    }

    /** Smallest to largest, as text. */
    String spread() {
        return String.format("%.0f–%.0f", percentile(0), percentile(100));
    }

    /** The samples in the order they were taken. */
    List<Double> values() {
        return List.copyOf(values);
    }

    public int count() {
        return values.size();
    }
}
