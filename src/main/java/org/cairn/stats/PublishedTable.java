package org.cairn.stats;

import java.util.List;
import java.util.Objects;

/**
 * A table exactly as it is published: one cell per position of the spec's layout, plus the rules it was made
 * with. Holds no counts below the threshold, no case ids and no keys, so it is safe to render anywhere
 * (CSV today; a PDF page or chart later).
 */
public record PublishedTable(TableSpec spec, Quarter quarter, int revision, DisclosureSettings settings,
        CountingRule rule, String method, List<PublishedCell> cells) {
    public PublishedTable {
        Objects.requireNonNull(spec);
        Objects.requireNonNull(quarter);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(method);
        cells = List.copyOf(cells);
        if (cells.size() != spec.layout().size()) {
            throw new IllegalArgumentException("a published table needs one cell per position");
        }
    }

    public Layout layout() {
        return spec.layout();
    }

    public PublishedCell cell(int position) {
        return cells.get(position);
    }
}
