package org.cairn.casebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.cairn.vault.Vault;

/** A complete, ordered text dump of every table (search index shadow tables included) and the schema version. */
final class TableDump {
    private static final java.util.Set<String> RANDOM_BY_DESIGN = java.util.Set.of("uid", "vv", "salt", "commitment",
            "who_salt", "who_commitment", "hash", "last_hash");
    private TableDump() {
    }

    static List<String> dump(Vault vault) {
        return dump(vault, false);
    }

    /**
     * With {@code contentOnly}, leaves out what is random by design (record ids, version vectors, the casebook's
     * own id, the audit chain's salts and the hashes made from them), so that two casebooks made from the same seed
     * compare equal.
     */
    static List<String> dump(Vault vault, boolean contentOnly) {
        return vault.read(reader -> {
            List<String> lines = new ArrayList<>();
            lines.add("user_version=" + reader.queryLong("PRAGMA user_version"));
            List<String> tables = reader.query(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name",
                    row -> row.getString(1) + "\t" + row.getString(2));
            for (String table : tables) {
                String name = table.substring(0, table.indexOf('\t'));
                if (contentOnly && name.equals("casebook_identity")) {
                    continue;
                }
                lines.add("table " + table);
                List<String> rows = reader.query("SELECT * FROM \"" + name + "\"", row -> {
                    StringBuilder line = new StringBuilder(name).append(':');
                    int columns = row.getMetaData().getColumnCount();
                    for (int i = 1; i <= columns; i++) {
                        String column = row.getMetaData().getColumnName(i);
                        if (contentOnly && RANDOM_BY_DESIGN.contains(column)) {
                            continue;
                        }
                        Object value = row.getObject(i);
                        line.append('|').append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                                : String.valueOf(value));
                    }
                    return line.toString();
                });
                rows.sort(null);
                lines.addAll(rows);
            }
            return lines;
        });
    }

    /** A digest of the content only (see {@link #dump(Vault, boolean)}). */
    static String digest(Vault vault) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String line : dump(vault, true)) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
