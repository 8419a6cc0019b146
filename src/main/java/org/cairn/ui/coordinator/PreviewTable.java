package org.cairn.ui.coordinator;

import java.util.List;

/** One table as it will be published, for the preview: every position with its value or mark. */
public record PreviewTable(String title, String period, List<Cell> cells) {
    public PreviewTable {
        cells = List.copyOf(cells);
    }

    /** A published position; {@code row} and {@code column} are category codes, or empty for a single count. */
    public record Cell(String row, String column, String value, boolean suppressed) {
    }
}
