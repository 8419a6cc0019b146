package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/** Clients and their contact-safety details. Methods taking a {@link Tx} join the caller's transaction. */
public final class ClientRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    ClientRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    public Client create(ClientDetails details) {
        return vault.write(tx -> create(tx, details));
    }

    public Client create(Tx tx, ClientDetails details) throws SQLException {
        ContactSafety safety = details.contactSafety();
        Children children = details.children();
        long id = tx.insert("""
                INSERT INTO client(
                    uid, alias, legal_names, date_of_birth, interpreter_needed, safe_to_phone, safe_to_text,
                    safe_to_post, safe_to_email, safe_times, code_word, safe_contact, children_count, children_ages,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", RecordIds.newId(),
                details.alias(), details.legalNames(), Sql.date(details.dateOfBirth()), details.interpreterNeeded(),
                safety.phone().name(), safety.text().name(), safety.post().name(), safety.email().name(),
                safety.safeTimes(), safety.codeWord(), safety.safeContact(),
                children == null ? null : children.count(), children == null ? null : encodeAges(children.ages()),
                clock.millis());
        insertLanguages(tx, id, details.languages());
        audit.append(tx, AuditAction.CLIENT_CREATED, subject(id), null);
        return new Client(id, details);
    }

    public void update(long id, ClientDetails details) {
        vault.write(tx -> {
            update(tx, id, details);
            return null;
        });
    }

    public void update(Tx tx, long id, ClientDetails details) throws SQLException {
        ContactSafety safety = details.contactSafety();
        Children children = details.children();
        int changed = tx.execute("""
                UPDATE client SET alias = ?, legal_names = ?, date_of_birth = ?, interpreter_needed = ?,
                    safe_to_phone = ?, safe_to_text = ?, safe_to_post = ?, safe_to_email = ?, safe_times = ?,
                    code_word = ?, safe_contact = ?, children_count = ?, children_ages = ?
                WHERE id = ?""",
                details.alias(), details.legalNames(), Sql.date(details.dateOfBirth()), details.interpreterNeeded(),
                safety.phone().name(), safety.text().name(), safety.post().name(), safety.email().name(),
                safety.safeTimes(), safety.codeWord(), safety.safeContact(),
                children == null ? null : children.count(), children == null ? null : encodeAges(children.ages()),
                id);
        if (changed == 0) {
            throw new IllegalArgumentException("there is no such client");
        }
        tx.execute("DELETE FROM client_language WHERE client_id = ?", id);
        insertLanguages(tx, id, details.languages());
        audit.append(tx, AuditAction.CLIENT_UPDATED, subject(id), null);
    }

    public PersonalDetails personal(long clientId) {
        return vault.read(reader -> reader.queryOne("""
                SELECT nationality, nhs_number, access_needs, areas_to_avoid, address, phone, email
                FROM client WHERE id = ?""",
                row -> new PersonalDetails(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7)),
                clientId)).orElseThrow(() -> new IllegalArgumentException("there is no such client"));
    }

    public void updatePersonal(long clientId, PersonalDetails details) {
        vault.write(tx -> {
            updatePersonal(tx, clientId, details);
            return null;
        });
    }

    public void updatePersonal(Tx tx, long clientId, PersonalDetails details) throws SQLException {
        int changed = tx.execute("""
                UPDATE client SET nationality = ?, nhs_number = ?, access_needs = ?, areas_to_avoid = ?, address = ?,
                    phone = ?, email = ?
                WHERE id = ?""",
                details.nationality(), details.nhsNumber(), details.accessNeeds(), details.areasToAvoid(),
                details.address(), details.phone(), details.email(), clientId);
        if (changed == 0) {
            throw new IllegalArgumentException("there is no such client");
        }
        audit.append(tx, AuditAction.CLIENT_UPDATED, subject(clientId), null);
    }

    public Optional<Client> find(long id) {
        return vault.read(reader -> find(reader, id));
    }

    Optional<Client> find(Reader reader, long id) throws SQLException {
        List<String> languages = reader.query(
                "SELECT language FROM client_language WHERE client_id = ? ORDER BY position", row -> row.getString(1),
                id);
        return reader.queryOne("SELECT * FROM client WHERE id = ?", row -> new Client(id, details(row, languages)),
                id);
    }

    static String subject(long id) {
        return "client:" + id;
    }

    private static void insertLanguages(Tx tx, long clientId, List<String> languages) throws SQLException {
        for (int i = 0; i < languages.size(); i++) {
            tx.execute("INSERT INTO client_language(client_id, position, language) VALUES (?, ?, ?)", clientId, i,
                    languages.get(i));
        }
    }

    /**
     * Whether the client row is the empty one an anonymised case moves to (ADR 0049): the only client without an
     * alias, since every other needs one.
     */
    public boolean isAnonymous(long clientId) {
        return vault.read(reader -> reader.queryLong("SELECT count(*) FROM client WHERE id = ? AND alias = ''",
                clientId)) > 0;
    }

    private static ClientDetails details(ResultSet row, List<String> languages) throws SQLException {
        ContactSafety safety = new ContactSafety(
                Sql.enumValue(YesNoUnknown.class, row, "safe_to_phone"),
                Sql.enumValue(YesNoUnknown.class, row, "safe_to_text"),
                Sql.enumValue(YesNoUnknown.class, row, "safe_to_post"),
                Sql.enumValue(YesNoUnknown.class, row, "safe_to_email"),
                row.getString("safe_times"), row.getString("code_word"), row.getString("safe_contact"));
        Integer count = Sql.integer(row, "children_count");
        Children children = count == null ? null : new Children(count, decodeAges(row.getString("children_ages")));
        return new ClientDetails(row.getString("alias"), row.getString("legal_names"),
                Sql.date(row, "date_of_birth"), languages, row.getInt("interpreter_needed") != 0, safety, children);
    }

    private static String encodeAges(List<Integer> ages) {
        return ages.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> decodeAges(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(text.split(",")).map(Integer::valueOf).toList());
    }
}
