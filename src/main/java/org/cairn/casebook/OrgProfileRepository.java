package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/** The one organisation profile of a casebook (table {@code org_profile}, a single row). */
public final class OrgProfileRepository {
    static final String SUBJECT = "org-profile";
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    OrgProfileRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    /** The saved profile, or empty when the organisation has not filled it in yet. */
    public Optional<OrgProfile> find() {
        return vault.read(reader -> reader.queryOne("SELECT * FROM org_profile WHERE one = 1",
                OrgProfileRepository::profile));
    }

    /** The saved profile, or {@link OrgProfile#unnamed()}. */
    public OrgProfile current() {
        return find().orElseGet(OrgProfile::unnamed);
    }

    public void save(OrgProfile profile) {
        vault.write(tx -> {
            save(tx, profile);
            return null;
        });
    }

    public void save(Tx tx, OrgProfile profile) throws SQLException {
        tx.execute("""
                INSERT INTO org_profile(one, name, address, phone, email, charity_number, oisc_number, accreditation,
                    advocate_title, signature, logo, paper_size, updated_at)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(one) DO UPDATE SET name = excluded.name, address = excluded.address,
                    phone = excluded.phone, email = excluded.email, charity_number = excluded.charity_number,
                    oisc_number = excluded.oisc_number, accreditation = excluded.accreditation,
                    advocate_title = excluded.advocate_title, signature = excluded.signature, logo = excluded.logo,
                    paper_size = excluded.paper_size, updated_at = excluded.updated_at""",
                profile.name(), profile.address(), profile.phone(), profile.email(), profile.charityNumber(),
                profile.oiscNumber(), profile.accreditation().name(), profile.advocateTitle(), profile.signature(),
                profile.logo(), profile.paper().name(), clock.millis());
        audit.append(tx, AuditAction.ORG_PROFILE_UPDATED, SUBJECT, null);
    }

    private static OrgProfile profile(ResultSet row) throws SQLException {
        return new OrgProfile(row.getString("name"), row.getString("address"), row.getString("phone"),
                row.getString("email"), row.getString("charity_number"), row.getString("oisc_number"),
                Sql.enumValue(Accreditation.class, row, "accreditation"), row.getString("advocate_title"),
                row.getString("signature"), row.getBytes("logo"),
                Sql.enumValue(LetterPaper.class, row, "paper_size"));
    }
}
