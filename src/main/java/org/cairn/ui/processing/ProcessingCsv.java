package org.cairn.ui.processing;

import java.util.List;

/**
 * The records of processing as RFC 4180 text. A field a spreadsheet would run as a formula (it starts with =, +, -,
 * @ or a tab) gets a leading apostrophe, since staff names and references are typed by people.
 */
final class ProcessingCsv {
    private ProcessingCsv() {
    }

    static String of(List<String> header, List<ProcessingLine> lines) {
        StringBuilder csv = new StringBuilder();
        record(csv, header);
        for (ProcessingLine line : lines) {
            record(csv, List.of(line.section(), line.item(), line.date(), line.detail()));
        }
        return csv.toString();
    }

    private static void record(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
