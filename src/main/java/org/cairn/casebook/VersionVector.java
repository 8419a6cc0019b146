package org.cairn.casebook;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How many changes each casebook has made to one record: casebook id -> counter. Two copies of a record are
 * compared by their vectors, never by clock times, so a laptop with a wrong clock cannot make its copy "newer".
 * Stored in the record's {@code vv} column as a small JSON object ({@code {"<casebook id>":3}}), the form SQLite's
 * own JSON functions keep it in when a change is counted.
 */
public final class VersionVector {
    /** Far more casebooks than ever share one record; stops a damaged or hostile value growing without bound. */
    static final int MAX_ENTRIES = 64;

    private final Map<String, Long> counters;

    private VersionVector(Map<String, Long> counters) {
        this.counters = Collections.unmodifiableMap(new TreeMap<>(counters));
    }

    public static VersionVector empty() {
        return new VersionVector(Map.of());
    }

    /** A record just made by {@code casebook}. */
    public static VersionVector first(String casebook) {
        return empty().incremented(casebook);
    }

    public static VersionVector of(Map<String, Long> counters) {
        if (counters.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("a version vector has at most " + MAX_ENTRIES + " casebooks");
        }
        counters.forEach((casebook, counter) -> {
            if (!RecordIds.isWellFormed(casebook) || counter == null || counter < 1) {
                throw new IllegalArgumentException("a version vector maps casebook ids to counts of at least 1");
            }
        });
        return new VersionVector(counters);
    }

    public Map<String, Long> counters() {
        return counters;
    }

    public long counter(String casebook) {
        return counters.getOrDefault(casebook, 0L);
    }

    public VersionVector incremented(String casebook) {
        Map<String, Long> next = new TreeMap<>(counters);
        next.merge(casebook, 1L, Long::sum);
        return of(next);
    }

    /** Every change either copy has seen: the larger counter for each casebook. */
    public VersionVector merged(VersionVector other) {
        Map<String, Long> next = new TreeMap<>(counters);
        other.counters.forEach((casebook, counter) -> next.merge(casebook, counter, Math::max));
        return of(next);
    }

    /** Whether this copy has seen every change {@code other} has (equal vectors included). */
    public boolean includes(VersionVector other) {
        return other.counters.entrySet().stream().allMatch(e -> counter(e.getKey()) >= e.getValue());
    }

    /** Neither copy has seen all of the other's changes: both were changed apart. */
    public boolean concurrentWith(VersionVector other) {
        return !includes(other) && !other.includes(this);
    }

    public String toText() {
        StringBuilder text = new StringBuilder("{");
        counters.forEach((casebook, counter) -> {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append('"').append(casebook).append("\":").append(counter);
        });
        return text.append('}').toString();
    }

    /** Reads the stored form; null or empty text is the empty vector (a row not yet counted). */
    public static VersionVector parse(String text) {
        if (text == null || text.isEmpty() || text.equals("{}")) {
            return empty();
        }
        if (text.length() > MAX_ENTRIES * 64 || !text.startsWith("{") || !text.endsWith("}")) {
            throw new IllegalArgumentException("not a version vector");
        }
        Map<String, Long> counters = new TreeMap<>();
        for (String entry : text.substring(1, text.length() - 1).split(",", -1)) {
            int colon = entry.lastIndexOf(':');
            if (colon < 2 || entry.charAt(0) != '"' || entry.charAt(colon - 1) != '"') {
                throw new IllegalArgumentException("not a version vector");
            }
            String casebook = entry.substring(1, colon - 1);
            long counter;
            try {
                counter = Long.parseLong(entry.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a version vector", e);
            }
            if (counters.put(casebook, counter) != null) {
                throw new IllegalArgumentException("a casebook appears twice in a version vector");
            }
        }
        return of(counters);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VersionVector v && v.counters.equals(counters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(counters);
    }

    @Override
    public String toString() {
        return toText();
    }
}
