package org.cairn.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cairn.casework.HeldRecord;
import org.cairn.casework.SubjectAccessExport;

/**
 * A client's copy as a JSON file (exact values, for machines), a CSV file (for a spreadsheet) and a PDF to read,
 * written new into the folder given, readable by the owner only. Cairn never reads them back.
 */
final class SubjectAccessFiles {
    static final String KIND = "cairn-subject-access-copy";

    private SubjectAccessFiles() {
    }

    /**
     * Writes the files and returns them: the PDF too when {@code pdf} is not null. Refuses, writing nothing, when
     * any of them already exists.
     */
    static List<Path> write(Path folder, SubjectAccessExport export, byte[] pdf) {
        String stem = "subject-access-" + export.madeOn();
        Path json = folder.resolve(stem + ".json");
        Path csv = folder.resolve(stem + ".csv");
        Path readable = folder.resolve(stem + ".pdf");
        List<Path> files = pdf == null ? List.of(json, csv) : List.of(json, csv, readable);
        files.forEach(NewFiles::requireAbsent);
        NewFiles.write(json, json(export).getBytes(StandardCharsets.UTF_8));
        NewFiles.write(csv, csv(export).getBytes(StandardCharsets.UTF_8));
        if (pdf != null) {
            NewFiles.write(readable, pdf);
        }
        return files;
    }

    static String json(SubjectAccessExport export) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"kind\": ").append(quote(KIND)).append(",\n");
        out.append("  \"client\": ").append(quote(export.clientAlias())).append(",\n");
        out.append("  \"madeOn\": ").append(quote(export.madeOn().toString())).append(",\n");
        out.append("  \"withheldMeans\": ").append(quote(HeldRecord.WITHHELD + " marks a value about another "
                + "person that the organisation withheld from this copy")).append(",\n");
        out.append("  \"records\": [");
        List<HeldRecord> records = export.records();
        for (int i = 0; i < records.size(); i++) {
            HeldRecord record = records.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"section\": ").append(quote(record.section()))
                    .append(", \"record\": ").append(quote(record.record()))
                    .append(", \"field\": ").append(quote(record.field()))
                    .append(", \"value\": ").append(quote(record.value()))
                    .append(", \"withheld\": ").append(HeldRecord.WITHHELD.equals(record.value())).append('}');
        }
        return out.append(records.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    static String csv(SubjectAccessExport export) {
        StringBuilder out = new StringBuilder("section,record,field,value,withheld\r\n");
        for (HeldRecord record : export.records()) {
            out.append(csvField(record.section())).append(',').append(csvField(record.record())).append(',')
                    .append(csvField(record.field())).append(',').append(csvField(record.value())).append(',')
                    .append(HeldRecord.WITHHELD.equals(record.value())).append("\r\n");
        }
        return out.toString();
    }

    /** RFC 4180 quoting; a value a spreadsheet would run as a formula gets a leading apostrophe. */
    static String csvField(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\r') < 0 && safe.indexOf('\n') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /** A JSON string: quotes, backslashes and every control or line-separator character escaped. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
