package org.cairn.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * All tables in one tidy CSV: one record per published position, each naming its counting rule so that the rule
 * travels with the numbers even without the sidecar files. Holds only table ids, quarters, category codes
 * and published values or marks: no identifier, no free text and no day-level date can appear in it.
 */
final class TidyCsv {
    static final List<String> HEADER = List.of("table", "period", "revision", "counting_rule", "row_dimension",
            "row_category",
            "column_dimension", "column_category", "value");

    private TidyCsv() {
    }

    static String render(List<PublishedTable> tables) {
        StringBuilder csv = new StringBuilder(Csv.record(HEADER));
        for (PublishedTable table : tables) {
            Layout layout = table.layout();
            TableSpec spec = table.spec();
            for (int p = 0; p < layout.size(); p++) {
                List<String> fields = new ArrayList<>();
                fields.add(spec.id());
                fields.add(table.quarter().toString());
                fields.add(Integer.toString(table.revision()));
                fields.add(table.rule().code());
                fields.add(spec.rows() == null ? "" : spec.rows().code());
                fields.add(spec.rows() == null ? "" : layout.rowCodes().get(p));
                fields.add(spec.columns() == null ? "" : spec.columns().code());
                fields.add(spec.columns() == null ? "" : layout.columnCodes().get(p));
                fields.add(table.cell(p).display(table.settings()));
                csv.append(Csv.record(fields));
            }
        }
        return csv.toString();
    }
}
