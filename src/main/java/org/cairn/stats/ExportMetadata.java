package org.cairn.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The header block of an export. RFC 4180 has no comments, so it goes in two sidecar files rather than inside the
 * data: {@code metadata.csv} (key,value, for programs) and {@code README.txt} (for people). Neither holds a date.
 */
final class ExportMetadata {
    private ExportMetadata() {
    }

    static Map<String, String> entries(Publication publication, String cairnVersion) {
        PublicationRequest request = publication.request();
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("periods", request.range().toString());
        entries.put("revisions", revisions(publication));
        entries.put("counting_rule", request.rule().code());
        entries.put("counting_rule_text", request.rule().description());
        entries.put("threshold", Integer.toString(request.settings().threshold()));
        entries.put("rounding_base", Integer.toString(request.settings().roundingBase()));
        entries.put("hidden_mark", PublishedCell.HIDDEN_MARK);
        entries.put("method", methods(publication));
        entries.put("cairn_version", cairnVersion);
        entries.put("tables", publication.tables().stream().map(t -> t.spec().id()).distinct()
                .collect(Collectors.joining(" ")));
        entries.put("notes", String.join("; ", publication.notes()));
        return entries;
    }

    static String metadataCsv(Publication publication, String cairnVersion) {
        StringBuilder csv = new StringBuilder(Csv.record(List.of("key", "value")));
        entries(publication, cairnVersion).forEach((k, v) -> csv.append(Csv.record(List.of(k, v))));
        return csv.toString();
    }

    static String readme(Publication publication, String cairnVersion) {
        PublicationRequest request = publication.request();
        DisclosureSettings s = request.settings();
        List<String> lines = new ArrayList<>(List.of(
                "Anonymised counts from Cairn " + cairnVersion,
                "",
                "Periods: " + request.range() + ", each quarter counted on its own (revisions: "
                        + revisions(publication) + ").",
                "Counted: " + request.rule().description() + ".",
                "Disclosure control: " + methods(publication) + ".",
                "  - " + PublishedCell.HIDDEN_MARK + " marks a hidden count: below " + s.threshold()
                        + " (zero included), or hidden so that a small count cannot be worked out. The mark is the",
                "    same for both and says nothing about the size of the count: it may be 0 or any larger number.",
                "  - Other counts have a small fixed amount of noise added and are rounded to the nearest "
                        + s.roundingBase() + "; they are never shown below " + s.threshold() + ".",
                "  - Totals are counted from the unrounded data, then protected the same way, so a total need not",
                "    equal the sum of its published cells.",
                "  - A case can have several types of abuse, so that table's cells add up to more than its total.",
                "  - Referrals and completed safety plans are counted one by one: a case with two counts twice.",
                "",
                "Files: counts.csv (one row per published number; RFC 4180, UTF-8), metadata.csv (these facts as",
                "key,value), README.txt (this file), report.pdf (one page per table, with a bar chart).",
                "",
                "Tables:"));
        publication.tables().stream().map(t -> "  " + t.spec().id() + ": " + t.spec().title() + " ("
                + t.spec().population().description() + ")").distinct().forEach(lines::add);
        publication.notes().forEach(n -> lines.add("Note: " + n + "."));
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String revisions(Publication publication) {
        return publication.tables().stream().map(t -> t.quarter() + ":" + t.revision()).distinct()
                .collect(Collectors.joining(" "));
    }

    private static String methods(Publication publication) {
        return publication.tables().stream().map(PublishedTable::method).distinct()
                .collect(Collectors.joining("; "));
    }
}
