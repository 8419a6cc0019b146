package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;
import org.cairn.vault.Transactions;

/**
 * The organisation's own templates. Stored text is never changed: a new wording is a new version. Validation is
 * the caller's job (the templates package); this class only refuses a second copy of an id and version.
 */
public final class OrgTemplateRepository {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;

    OrgTemplateRepository(Transactions vault, Clock clock, AuditTrail audit) {
        this.vault = vault;
        this.clock = clock;
        this.audit = audit;
    }

    /** Stores all of {@code templates} in one transaction, or none of them. */
    public List<OrgTemplate> addAll(List<NewOrgTemplate> templates) {
        return vault.write(tx -> {
            List<OrgTemplate> added = new ArrayList<>();
            for (NewOrgTemplate template : templates) {
                added.add(add(tx, template));
            }
            return added;
        });
    }

    public OrgTemplate add(Tx tx, NewOrgTemplate t) throws SQLException {
        if (exists(tx, t.templateId(), t.version())) {
            throw new TemplateAlreadyStoredException(t.templateId(), t.version());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = tx.insert("""
                INSERT INTO org_template(template_id, version, kind, language, title, source_text, imported_at,
                    imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                t.templateId(), t.version(), t.kind(), t.language(), t.title(), t.sourceText(), now.toEpochMilli(),
                audit.actor());
        audit.append(tx, AuditAction.TEMPLATE_IMPORTED, subject(t.templateId(), t.version()), null);
        return new OrgTemplate(id, t.templateId(), t.version(), t.kind(), t.language(), t.title(), t.sourceText(),
                now, audit.actor());
    }

    /** Every stored template, by id and then version. */
    public List<OrgTemplate> all() {
        return vault.read(reader -> reader.query("SELECT * FROM org_template ORDER BY template_id, version",
                OrgTemplateRepository::template));
    }

    public Optional<OrgTemplate> find(String templateId, int version) {
        return vault.read(reader -> reader.queryOne(
                "SELECT * FROM org_template WHERE template_id = ? AND version = ?", OrgTemplateRepository::template,
                templateId, version));
    }

    public boolean exists(String templateId, int version) {
        return vault.read(reader -> exists(reader, templateId, version));
    }

    /** The highest stored version of {@code templateId}, or 0 when there is none. */
    public int latestVersion(String templateId) {
        return vault.read(reader -> (int) reader.queryLong(
                "SELECT coalesce(max(version), 0) FROM org_template WHERE template_id = ?", templateId));
    }

    private static boolean exists(Reader reader, String templateId, int version) throws SQLException {
        return reader.queryLong("SELECT count(*) FROM org_template WHERE template_id = ? AND version = ?",
                templateId, version) > 0;
    }

    static String subject(String templateId, int version) {
        return "template:" + templateId + "@" + version;
    }

    private static OrgTemplate template(ResultSet row) throws SQLException {
        return new OrgTemplate(row.getLong("id"), row.getString("template_id"), row.getInt("version"),
                row.getString("kind"), row.getString("language"), row.getString("title"),
                row.getString("source_text"), Sql.instant(row, "imported_at"), row.getString("imported_by"));
    }
}
