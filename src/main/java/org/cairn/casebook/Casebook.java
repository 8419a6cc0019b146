package org.cairn.casebook;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.cairn.names.Names;
import org.cairn.vault.Transactions;

/**
 * The casebook as the rest of Cairn sees it: repositories over an open vault, all writes audited as
 * {@code actor}. Use {@link #open} so the schema is brought up to date first.
 */
public final class Casebook {
    private final Transactions vault;
    private final Clock clock;
    private final AuditTrail audit;
    private final ClientRepository clients;
    private final CaseRepository cases;
    private final NoteRepository notes;
    private final TaskRepository tasks;
    private final ConsentRepository consents;
    private final AbuserRepository abusers;
    private final BlockedRecipientRepository blockedRecipients;
    private final DirectoryRepository directory;
    private final ReferralRepository referrals;
    private final CaseSearch search;
    private final OrgTemplateRepository orgTemplates;
    private final CaseFormRepository forms;
    private final RiskRepository risk;
    private final OrgProfileRepository orgProfile;
    private final CasebookSettingRepository settings;
    private final LetterRepository letters;
    private final CaseRestrictionRepository restrictions;
    private final RecordIdentities identities;
    private final RetentionRepository retention;
    private final SubjectAccessRepository subjectAccess;
    private final RectificationRepository rectifications;
    private final ErasureRepository erasures;
    // One comparison of names for every rule about who may receive something.
    private final Names names = new Names();

    /** Wraps a vault whose schema is already current; fails otherwise. */
    public Casebook(Transactions vault, Clock clock, String actor) {
        this.vault = Objects.requireNonNull(vault);
        this.clock = Objects.requireNonNull(clock);
        Migrations migrations = Migrations.standard();
        if (migrations.versionOf(vault) != migrations.latestVersion()) {
            throw new IllegalStateException("the casebook schema is not current; open it with Casebook.open");
        }
        this.audit = new AuditTrail(vault, clock, actor);
        this.clients = new ClientRepository(vault, clock, audit);
        this.cases = new CaseRepository(vault, audit);
        this.notes = new NoteRepository(vault, clock, audit);
        this.tasks = new TaskRepository(vault, clock, audit);
        this.consents = new ConsentRepository(vault, clock, audit, names);
        this.abusers = new AbuserRepository(vault, audit);
        this.blockedRecipients = new BlockedRecipientRepository(vault, clock, audit, names);
        this.directory = new DirectoryRepository(vault, clock, audit, names);
        this.referrals = new ReferralRepository(vault, clock, audit, cases, consents, blockedRecipients, tasks);
        this.search = new CaseSearch(vault);
        this.orgTemplates = new OrgTemplateRepository(vault, clock, audit);
        this.forms = new CaseFormRepository(vault, clock, audit, tasks);
        this.risk = new RiskRepository(vault, clock, audit);
        this.orgProfile = new OrgProfileRepository(vault, clock, audit);
        this.settings = new CasebookSettingRepository(vault, clock, audit);
        this.letters = new LetterRepository(vault, clock, audit);
        this.restrictions = new CaseRestrictionRepository(vault, clock, audit);
        this.identities = new RecordIdentities(vault);
        this.retention = new RetentionRepository(vault, clock, audit);
        this.subjectAccess = new SubjectAccessRepository(vault, clock, audit);
        this.rectifications = new RectificationRepository(vault, clock, audit);
        this.erasures = new ErasureRepository(vault, clock, audit);
    }

    /** Upgrades the schema if needed (each step audited as {@code actor}), then wraps the vault. */
    public static Casebook open(Transactions vault, Clock clock, String actor) {
        Migrations.standard().migrate(vault, new AuditTrail(vault, clock, actor));
        return new Casebook(vault, clock, actor);
    }

    public Transactions transactions() {
        return vault;
    }

    /** The clock every repository stamps with, so the use cases read "today" from the same one. */
    public Clock clock() {
        return clock;
    }

    public ClientRepository clients() {
        return clients;
    }

    public CaseRepository cases() {
        return cases;
    }

    public NoteRepository notes() {
        return notes;
    }

    public TaskRepository tasks() {
        return tasks;
    }

    public ConsentRepository consents() {
        return consents;
    }

    public OrgTemplateRepository orgTemplates() {
        return orgTemplates;
    }

    public CaseFormRepository forms() {
        return forms;
    }

    public RiskRepository risk() {
        return risk;
    }

    public OrgProfileRepository orgProfile() {
        return orgProfile;
    }

    /** Named values kept with this casebook (ADR 0025). */
    public CasebookSettingRepository settings() {
        return settings;
    }

    public LetterRepository letters() {
        return letters;
    }

    /** Restricted cases: their sealed content and wrapped keys (ADR 0038). */
    public CaseRestrictionRepository restrictions() {
        return restrictions;
    }

    /** Lasting record ids, version vectors and this casebook's id, for transfers between casebooks. */
    public RecordIdentities identities() {
        return identities;
    }

    /** Legal holds and retention review decisions (ADR 0040). */
    public RetentionRepository retention() {
        return retention;
    }

    public SubjectAccessRepository subjectAccess() {
        return subjectAccess;
    }

    public RectificationRepository rectifications() {
        return rectifications;
    }

    /** Erasing a client or a case, and the journal of erasures (ADR 0041). */
    public ErasureRepository erasures() {
        return erasures;
    }

    public AbuserRepository abusers() {
        return abusers;
    }

    public BlockedRecipientRepository blockedRecipients() {
        return blockedRecipients;
    }

    public DirectoryRepository directory() {
        return directory;
    }

    public ReferralRepository referrals() {
        return referrals;
    }

    public AuditTrail audit() {
        return audit;
    }

    public List<CaseSummary> search(String typed, int limit) {
        return search.search(typed, limit);
    }

    /** The first {@code limit} cases matching the words and the filter, with the number matching in all. */
    public CaseMatches search(String typed, CaseFilter filter, int limit) {
        return search.find(typed, filter, limit);
    }

    public CasebookCounts counts() {
        return vault.read(reader -> reader.queryOne(
                "SELECT (SELECT count(*) FROM client), (SELECT count(*) FROM case_file), (SELECT count(*) FROM note)",
                row -> new CasebookCounts(row.getLong(1), row.getLong(2), row.getLong(3))).orElseThrow());
    }

    /** The comparison of names every rule about recipients uses (look-alike spellings are the same name). */
    public Names names() {
        return names;
    }
}
