package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cairn.names.NameMatch;
import org.cairn.names.Names;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/**
 * The consent ledger. Entries are only ever added: a withdrawal is a new entry, so the ledger shows what was in
 * force on any past date. Methods taking a {@link Tx} join the caller's transaction.
 */
public final class ConsentRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;
    private final Names names;

    ConsentRepository(Transactions vault, Clock clock, AuditTrail audit, Names names) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
        this.names = names;
    }

    public ConsentEntry record(long clientId, ConsentRecord consent) {
        return vault.write(tx -> record(tx, clientId, consent));
    }

    public ConsentEntry record(Tx tx, long clientId, ConsentRecord consent) throws SQLException {
        Instant now = Instant.ofEpochMilli(clock.millis());
        long id = tx.insert("""
                INSERT INTO consent(uid, client_id, purpose, organisation, decision, decided_on, method, expires_on,
                    recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", RecordIds.newId(),
                clientId, consent.purpose().name(), consent.organisation(), consent.decision().name(),
                Sql.date(consent.decidedOn()), consent.method().name(), Sql.date(consent.expiresOn()), audit.actor(),
                now.toEpochMilli());
        audit.append(tx, AuditAction.CONSENT_RECORDED, ClientRepository.subject(clientId), null);
        return new ConsentEntry(id, clientId, consent, audit.actor(), now);
    }

    /** The client's whole ledger in the order decisions were made. */
    public List<ConsentEntry> forClient(long clientId) {
        return vault.read(reader -> reader.query(
                "SELECT * FROM consent WHERE client_id = ? ORDER BY decided_on, id", ConsentRepository::entry,
                clientId));
    }

    /** Whether consent for a purpose that names no organisation is in force on {@code on}. */
    public boolean isInForce(long clientId, ConsentPurpose purpose, LocalDate on) {
        return isInForce(clientId, purpose, null, on);
    }

    /**
     * Whether consent is in force on {@code on}: the latest decision made on or before that day is a GIVEN whose
     * expiry, if any, is after that day. Organisation names are compared by {@link Names}: a consent given counts only
     * for the same name, while a withdrawal also counts for a name around it (a withdrawal from "Harbour Trust"
     * covers "The Harbour Trust, Leeds", and one typed as "The Harbour Trust, Leeds" covers "Harbour Trust"), because a missed withdrawal is the dangerous mistake.
     */
    public boolean isInForce(long clientId, ConsentPurpose purpose, String organisation, LocalDate on) {
        return inForce(clientId, purpose, organisation, on).isPresent();
    }

    /** The ledger entry that puts consent in force on {@code on} (see {@link #isInForce}), if any. */
    public Optional<ConsentEntry> inForce(long clientId, ConsentPurpose purpose, String organisation, LocalDate on) {
        if (purpose.namesOrganisation() && (organisation == null || organisation.isBlank())) {
            throw new IllegalArgumentException("this consent needs the name of the organisation");
        }
        List<ConsentEntry> decisions = vault.read(reader -> reader.query(
                "SELECT * FROM consent WHERE client_id = ? AND purpose = ? AND decided_on <= ? "
                        + "ORDER BY decided_on DESC, id DESC",
                ConsentRepository::entry, clientId, purpose.name(), Sql.date(on)));
        for (ConsentEntry entry : decisions) {
            ConsentRecord consent = entry.record();
            if (concerns(consent, organisation)) {
                boolean inForce = consent.decision() == ConsentDecision.GIVEN
                        && (consent.expiresOn() == null || on.isBefore(consent.expiresOn()));
                return inForce ? Optional.of(entry) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private boolean concerns(ConsentRecord consent, String organisation) {
        if (consent.organisation() == null || organisation == null) {
            return consent.organisation() == null && organisation == null;
        }
        NameMatch match = names.compare(organisation, consent.organisation());
        // A withdrawal reaches either way: typed with a title added, or for a longer name of the organisation.
        return match == NameMatch.SAME || (consent.decision() == ConsentDecision.WITHDRAWN
                && (match.resembles() || names.compare(consent.organisation(), organisation).resembles()));
    }

    private static ConsentEntry entry(ResultSet row) throws SQLException {
        ConsentRecord consent = new ConsentRecord(Sql.enumValue(ConsentPurpose.class, row, "purpose"),
                row.getString("organisation"), Sql.enumValue(ConsentDecision.class, row, "decision"),
                Sql.date(row, "decided_on"), Sql.enumValue(ConsentMethod.class, row, "method"),
                Sql.date(row, "expires_on"));
        return new ConsentEntry(row.getLong("id"), row.getLong("client_id"), consent, row.getString("recorded_by"),
                Sql.instant(row, "recorded_at"));
    }
}
