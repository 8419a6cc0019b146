package org.cairn.casebook;

import java.sql.SQLException;
import java.util.List;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/** The people causing harm to each client. Methods taking a {@link Tx} join the caller's transaction. */
public final class AbuserRepository {
    private final Transactions vault;
    private final AuditTrail audit;

    AbuserRepository(Transactions vault, AuditTrail audit) {
        this.vault = vault;
        this.audit = audit;
    }

    public List<Abuser> forClient(long clientId) {
        return vault.read(reader -> reader.query(
                "SELECT id, client_id, name, relationship, address FROM client_abuser WHERE client_id = ? ORDER BY id",
                row -> new Abuser(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getString(5)),
                clientId));
    }

    public Abuser add(long clientId, String name, String relationship, String address) {
        return vault.write(tx -> add(tx, clientId, name, relationship, address));
    }

    public Abuser add(Tx tx, long clientId, String name, String relationship, String address) throws SQLException {
        Abuser abuser = new Abuser(0, clientId, Text.required(name, "the name"), Text.blankToNull(relationship),
                Text.blankToNull(address));
        long id = tx.insert(
                "INSERT INTO client_abuser(uid, client_id, name, relationship, address) VALUES (?, ?, ?, ?, ?)",
                RecordIds.newId(),
                clientId, abuser.name(), abuser.relationship(), abuser.address());
        audit.append(tx, AuditAction.ABUSER_RECORDED, ClientRepository.subject(clientId), null);
        return new Abuser(id, clientId, abuser.name(), abuser.relationship(), abuser.address());
    }

    public void update(Abuser abuser) {
        vault.write(tx -> {
            update(tx, abuser);
            return null;
        });
    }

    public void update(Tx tx, Abuser abuser) throws SQLException {
        int changed = tx.execute("UPDATE client_abuser SET name = ?, relationship = ?, address = ? WHERE id = ?",
                Text.required(abuser.name(), "the name"), Text.blankToNull(abuser.relationship()),
                Text.blankToNull(abuser.address()), abuser.id());
        if (changed == 0) {
            throw new IllegalArgumentException("there is no such person recorded");
        }
        audit.append(tx, AuditAction.ABUSER_RECORDED, ClientRepository.subject(abuser.clientId()), null);
    }

    public void remove(long id) {
        vault.write(tx -> {
            remove(tx, id);
            return null;
        });
    }

    public void remove(Tx tx, long id) throws SQLException {
        Long clientId = tx.queryOne("SELECT client_id FROM client_abuser WHERE id = ?", row -> row.getLong(1), id)
                .orElseThrow(() -> new IllegalArgumentException("there is no such person recorded"));
        tx.execute("DELETE FROM client_abuser WHERE id = ?", id);
        audit.append(tx, AuditAction.ABUSER_RECORDED, ClientRepository.subject(clientId), "removed");
    }
}
