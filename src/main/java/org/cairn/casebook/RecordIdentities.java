package org.cairn.casebook;

import java.util.Optional;
import org.cairn.vault.Transactions;

/**
 * The lasting ids and version vectors of records, and this casebook's own id: what transfers between casebooks
 * match records by. Local row numbers differ from casebook to casebook; these never do.
 */
public final class RecordIdentities {
    /** The kinds of record that carry an id, each naming its table. */
    public enum Kind {
        CLIENT("client"), CASE("case_file"), NOTE("note"), TASK("task"), CONSENT("consent"), FORM("case_form"),
        REFERRAL("referral"), ABUSER("client_abuser"), BLOCKED_RECIPIENT("client_blocked_recipient");

        private final String table;

        Kind(String table) {
            this.table = table;
        }

        public String table() {
            return table;
        }
    }

    private final Transactions vault;

    RecordIdentities(Transactions vault) {
        this.vault = vault;
    }

    /** This casebook's id: made once, kept by backups and restores, named in every version vector it counts. */
    public String casebookId() {
        return vault.read(r -> r.queryOne("SELECT uid FROM casebook_identity", row -> row.getString(1)))
                .orElseThrow(() -> new IllegalStateException("the casebook has no identity"));
    }

    public Optional<String> uidOf(Kind kind, long id) {
        return vault.read(r -> r.queryOne("SELECT uid FROM " + kind.table() + " WHERE id = ?",
                row -> row.getString(1), id));
    }

    public Optional<Long> idOf(Kind kind, String uid) {
        return vault.read(r -> r.queryOne("SELECT id FROM " + kind.table() + " WHERE uid = ?",
                row -> row.getLong(1), uid));
    }

    public Optional<VersionVector> versionOf(Kind kind, long id) {
        return vault.read(r -> r.queryOne("SELECT vv FROM " + kind.table() + " WHERE id = ?",
                row -> VersionVector.parse(row.getString(1)), id));
    }
}
