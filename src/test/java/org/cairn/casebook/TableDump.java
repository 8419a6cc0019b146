package org.cairn.casebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.cairn.vault.Vault;

/** A complete, ordered text dump of every table (search index shadow tables included) and the schema version. */
final class TableDump {
    private TableDump() {
    }

    static List<String> dump(Vault vault) {
        return vault.read(reader -> {
            List<String> lines = new ArrayList<>();
            lines.add("user_version=" + reader.queryLong("PRAGMA user_version"));
            List<String> tables = reader.query(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name",
                    row -> row.getString(1) + "\t" + row.getString(2));
            for (String table : tables) {
                String name = table.substring(0, table.indexOf('\t'));
                lines.add("table " + table);
                List<String> rows = reader.query("SELECT * FROM \"" + name + "\"", row -> {
                    StringBuilder line = new StringBuilder(name).append(':');
                    int columns = row.getMetaData().getColumnCount();
                    for (int i = 1; i <= columns; i++) {
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

    static String digest(Vault vault) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String line : dump(vault)) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
