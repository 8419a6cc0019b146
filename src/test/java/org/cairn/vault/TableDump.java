package org.cairn.vault;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Every row of every table (schema included) as sorted, type-tagged text: two equal dumps mean equal content. */
final class TableDump {
    private TableDump() {
    }

    static List<String> of(Vault vault) {
        return vault.read(reader -> {
            List<String> out = new ArrayList<>(reader.query(
                    "SELECT type || '|' || name || '|' || tbl_name || '|' || coalesce(sql, '') FROM sqlite_master",
                    row -> "schema|" + row.getString(1)));
            List<String> tables = reader.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                    row -> row.getString(1));
            for (String table : tables) {
                out.addAll(reader.query("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"", row -> {
                    ResultSetMetaData meta = row.getMetaData();
                    StringBuilder line = new StringBuilder(table);
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = row.getObject(c);
                        line.append('|').append(describe(value));
                    }
                    return line.toString();
                }));
            }
            out.sort(null);
            return out;
        });
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            return "blob:" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Number number) {
            return "num:" + (number instanceof Double d ? Double.toHexString(d) : Long.toString(number.longValue()));
        }
        return value.getClass().getSimpleName() + ":" + value;
    }
}
