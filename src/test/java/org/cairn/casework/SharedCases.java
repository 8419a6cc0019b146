package org.cairn.casework;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.Casebook;
import org.cairn.transfer.ImportOutcome;
import org.cairn.transfer.Resolutions;
import org.cairn.transfer.TransferKind;
import org.cairn.transfer.TransferPreview;

/** Sending a shared case back and forth between test laptops, and reading a case's content to compare. */
final class SharedCases {
    private static final AtomicInteger BACKUPS = new AtomicInteger();
    /** The tables that travel, and the columns compared: every column but local row numbers and links. */
    private static final List<String> TABLES = List.of("client", "case_file", "note", "task", "consent",
            "client_abuser", "client_blocked_recipient", "case_form", "referral");

    private SharedCases() {
    }

    static byte[] send(TransferCasebooks.Laptop from, String reference, TransferCasebooks.Laptop to) {
        return from.work().transfers().export(List.of(CaseReference.parse(reference)), to.name(),
                TransferKind.SHARE).file();
    }

    static ImportOutcome receive(TransferCasebooks.Laptop at, byte[] file, Resolutions resolutions, Path dir) {
        return at.work().transfers().importFile(at.vault(), file,
                dir.resolve(at.name() + "-" + BACKUPS.incrementAndGet() + ".backup"), resolutions);
    }

    static TransferPreview preview(TransferCasebooks.Laptop at, byte[] file) {
        return at.work().transfers().preview(file);
    }

    /** Sends the case and imports it with no choices; fails if anything conflicts. */
    static ImportOutcome exchange(TransferCasebooks.Laptop from, String reference, TransferCasebooks.Laptop to,
            Path dir) {
        return receive(to, send(from, reference, to), Resolutions.none(), dir);
    }

    /** Every travelling record of the casebook, by lasting id, with its fields (local row numbers left out). */
    static Map<String, String> content(Casebook casebook, boolean withVersions) {
        return casebook.transactions().read(r -> {
            Map<String, String> rows = new TreeMap<>();
            for (String table : TABLES) {
                rows.putAll(r.query("SELECT * FROM " + table, row -> {
                    StringBuilder line = new StringBuilder();
                    String uid = null;
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        String column = row.getMetaData().getColumnName(i);
                        if (column.equals("uid")) {
                            uid = row.getString(i);
                        } else if (!column.equals("id") && !column.endsWith("_id") && !column.startsWith("ref")
                                && (withVersions || !column.equals("vv"))) {
                            // The same vector may be stored with its casebooks in another order.
                            Object value = column.equals("vv")
                                    ? org.cairn.casebook.VersionVector.parse(row.getString(i)).toText()
                                    : row.getObject(i);
                            line.append(column).append('=').append(value).append(';');
                        }
                    }
                    return Map.entry(table + "/" + uid, line.toString());
                }).stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            }
            rows.putAll(r.query("SELECT n.uid, v.version, v.written_at, v.author, v.text FROM note_version v "
                    + "JOIN note n ON n.id = v.note_id", row -> Map.entry("note_version/" + row.getString(1) + "/"
                    + row.getInt(2), row.getLong(3) + ";" + row.getString(4) + ";" + row.getString(5)))
                    .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            rows.put("languages", String.join(",", r.query("SELECT c.uid || ':' || l.position || ':' || l.language "
                    + "FROM client_language l JOIN client c ON c.id = l.client_id ORDER BY 1",
                    row -> row.getString(1))));
            rows.put("abuse", String.join(",", r.query("SELECT c.uid || ':' || a.abuse_type FROM case_abuse a "
                    + "JOIN case_file c ON c.id = a.case_id ORDER BY 1", row -> row.getString(1))));
            return rows;
        });
    }

    /** Every wording of every note, current or earlier. */
    static List<String> wordings(Casebook casebook) {
        return casebook.transactions().read(r -> {
            List<String> all = new ArrayList<>(r.query("SELECT text FROM note", row -> row.getString(1)));
            all.addAll(r.query("SELECT text FROM note_version", row -> row.getString(1)));
            return all;
        });
    }

    static void edit(TransferCasebooks.Laptop laptop, String sql, Object... params) {
        laptop.vault().write(tx -> tx.execute(sql, params));
    }
}
