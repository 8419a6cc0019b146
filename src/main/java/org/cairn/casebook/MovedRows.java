package org.cairn.casebook;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairn.vault.Tx;

/**
 * Lifting a restriction puts a note, a person causing harm or a never-contact mark back under a new row id (the old
 * one may have been given to another row meanwhile). What names such a row by id follows it here, or a review mark
 * or a correction would land on someone else's note: her subject access review marks ({@code note:12},
 * {@code abuser:3}, {@code blocked:5}) and her corrections of notes ({@code note:12} in {@code rectification.field}).
 */
final class MovedRows {
    private static final String MOVING = "moving:";

    private MovedRows() {
    }

    /** Renames, for {@code clientId} only, every reference to a moved row; {@code moved} is table, then old to new id. */
    static void follow(Tx tx, long clientId, Map<String, Map<Long, Long>> moved) throws SQLException {
        List<String[]> renames = new ArrayList<>();
        for (Map.Entry<String, String> kind : SealedRows.REVIEW_PREFIXES.entrySet()) {
            moved.getOrDefault(kind.getKey(), Map.of()).forEach((from, to) -> {
                if (!from.equals(to)) {
                    renames.add(new String[] {kind.getValue() + from, kind.getValue() + to});
                }
            });
        }
        if (renames.isEmpty()) {
            return;
        }
        String hers = "request_id IN (SELECT id FROM subject_access_request WHERE client_id = ?)";
        // Two steps, so that 3 -> 4 and 4 -> 5 never meet half-way under the same name.
        for (String[] rename : renames) {
            tx.execute("UPDATE subject_access_review SET item = ? WHERE item = ? AND " + hers,
                    MOVING + rename[1], rename[0], clientId);
            tx.execute("UPDATE rectification SET field = ? WHERE field = ? AND client_id = ?",
                    MOVING + rename[1], rename[0], clientId);
        }
        for (String[] rename : renames) {
            // A mark left over for a row that no longer exists must not take the moved row's name.
            tx.execute("DELETE FROM subject_access_review WHERE item = ? AND " + hers, rename[1], clientId);
        }
        tx.execute("UPDATE subject_access_review SET item = substr(item, ?) WHERE item LIKE 'moving:%' AND " + hers,
                MOVING.length() + 1, clientId);
        tx.execute("UPDATE rectification SET field = substr(field, ?) WHERE field LIKE 'moving:%' AND client_id = ?",
                MOVING.length() + 1, clientId);
    }
}
