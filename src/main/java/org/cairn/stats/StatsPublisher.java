package org.cairn.stats;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditTrail;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/**
 * Produces the anonymised tables for whole, completed quarters. A quarter published once is frozen: later exports
 * return exactly the stored cells, whatever was edited since, unless a revision is asked for on purpose. Every
 * publication is one transaction that also writes its audit row, so the record of what left the casebook and the
 * frozen numbers can never disagree.
 */
public final class StatsPublisher {
    /** Named in every output and stored with every frozen table. */
    public static final String METHOD = "cairn-sdc-1 (threshold, " + PerturbationTable.DESCRIPTION
            + ", rounding, secondary suppression across each quarter's tables)";

    private final Transactions vault;
    private final AuditTrail audit;
    private final Clock clock;
    private final Catalogue catalogue;
    private final ExactSource source;
    private final PublicationStore store;
    private final ExactSnapshots snapshots;
    private final RevisionNoise revisionNoise;
    private final QuarterWorkers workers = QuarterWorkers.forThisComputer();

    /** Publishes this casebook's own cases. */
    public StatsPublisher(Transactions vault, AuditTrail audit, Clock clock, Catalogue catalogue, SecureRandom random) {
        this(vault, audit, clock, catalogue, new LocalCounts(random), PublicationStore.local(), "local", random);
    }

    private StatsPublisher(Transactions vault, AuditTrail audit, Clock clock, Catalogue catalogue, ExactSource source,
            PublicationStore store, String scope, SecureRandom random) {
        this.vault = Objects.requireNonNull(vault);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
        this.catalogue = Objects.requireNonNull(catalogue);
        this.source = Objects.requireNonNull(source);
        this.store = Objects.requireNonNull(store);
        this.snapshots = new ExactSnapshots(scope);
        this.revisionNoise = new RevisionNoise(Objects.requireNonNull(random));
    }

    /**
     * Publishes the sums of the counts bundles imported into this (the coordinator's) casebook. Disclosure control
     * runs on the merged counts only, and merged quarters are frozen apart from the casebook's own.
     */
    public static StatsPublisher merged(Transactions vault, AuditTrail audit, Clock clock, Catalogue catalogue) {
        return new StatsPublisher(vault, audit, clock, catalogue, new MergedCounts(), PublicationStore.merged(),
                "merged", new SecureRandom());
    }

    /**
     * Publishes the pooled counts of the organisations' bundles imported into this (a coalition's) casebook (ADR
     * 0047). Each organisation's bundle holds its merged counts before any protection; disclosure control runs once,
     * here, on the pooled counts. A coalition's casebook is one of its own, so its pooled quarters are frozen where
     * a coordinator's merged quarters would be.
     */
    public static StatsPublisher pooled(Transactions vault, AuditTrail audit, Clock clock, Catalogue catalogue) {
        return new StatsPublisher(vault, audit, clock, catalogue, new MergedCounts(true), PublicationStore.merged(),
                "merged", new SecureRandom());
    }

    /** Publishes (freezing quarters not yet published) and records the export in the audit trail. */
    public Publication publish(PublicationRequest request) {
        new CompletedQuarters(clock).require(request.range());
        return vault.write(tx -> {
            Publication publication = assemble(tx, request, true);
            audit.append(tx, AuditAction.COUNTS_EXPORTED, source.auditSubject() + " " + request.range(), auditReason(publication));
            return publication;
        });
    }

    /**
     * Exactly what {@link #publish} would give, without freezing or auditing: for the coordinator to look at first.
     * It may still give new cases their record keys, which changes no case data.
     */
    public Publication preview(PublicationRequest request) {
        new CompletedQuarters(clock).require(request.range());
        return vault.write(tx -> assemble(tx, request, false));
    }

    /**
     * The quarters of the range exactly as they were published (frozen), for a report made later: nothing is
     * counted or protected again, and a quarter not yet published is refused, so a report can hold only published
     * figures. Audited as an export.
     */
    public Publication published(QuarterRange range) {
        return vault.write(tx -> {
            StatsSchema.ensure(tx);
            List<FrozenQuarter> frozen = new ArrayList<>();
            for (Quarter quarter : range.quarters()) {
                frozen.add(store.latest(tx, quarter).orElseThrow(() -> new CountsRefusedException(
                        CountsProblem.NOT_PUBLISHED_YET, quarter + " has not been published yet, and a report shows only published counts; publish it "
                        + "first, then make the report", quarter.toString())));
            }
            PublicationRequest request = new PublicationRequest(range, frozen.get(0).settings(),
                    frozen.get(0).rule(), null);
            List<PublishedTable> tables = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (FrozenQuarter quarter : frozen) {
                tables.addAll(fromFrozen(quarter, request, notes));
            }
            Publication publication = new Publication(request, tables, notes, List.of());
            audit.append(tx, AuditAction.COUNTS_EXPORTED, source.auditSubject() + " report " + range,
                    auditReason(publication));
            return publication;
        });
    }

    private Publication assemble(Tx tx, PublicationRequest request, boolean freeze) throws SQLException {
        StatsSchema.ensure(tx);
        if (request.tables() != null) {
            request.tables().forEach(catalogue::table);
        }
        List<PublishedTable> tables = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Quarter> toCount = new ArrayList<>();
        for (Quarter quarter : request.range().quarters()) {
            if (request.isRevision() || store.latest(tx, quarter).isEmpty()) {
                toCount.add(quarter);
            }
        }
        // Read the casebook once for every quarter that needs counting, where the source can.
        Map<Quarter, List<ExactTable>> counted = source.countQuarters(tx, catalogue.tables(), request.rule(), toCount);
        Map<Quarter, List<PublishedTable>> stored = new HashMap<>();
        List<Counted> jobs = new ArrayList<>();
        for (Quarter quarter : request.range().quarters()) {
            Optional<FrozenQuarter> frozen = store.latest(tx, quarter);
            if (frozen.isPresent() && !request.isRevision()) {
                stored.put(quarter, fromFrozen(frozen.get(), request, notes));
                continue;
            }
            int revision = frozen.map(f -> f.revision() + 1).orElse(0);
            if (frozen.isPresent()) {
                warnings.add("publishing revision " + revision + " of " + quarter + ": anyone holding both versions "
                        + "can compare them. " + RevisionGate.EXPLANATION);
            }
            jobs.add(prepare(tx, request, quarter, revision, notes, counted.get(quarter), freeze));
        }
        // The quarters' disclosure control is independent and the slow part, so it runs on every core.
        Iterator<List<PublishedTable>> computed = workers.map(jobs, job -> protect(request, job)).iterator();
        for (Quarter quarter : request.range().quarters()) {
            if (stored.containsKey(quarter)) {
                tables.addAll(stored.get(quarter));
                continue;
            }
            for (PublishedTable table : computed.next()) {
                if (freeze) {
                    store.freeze(tx, table, clock.instant());
                }
                tables.add(table);
            }
        }
        // Every table was protected and frozen together; only the chosen ones, and notes about them, leave.
        return new Publication(request, tables.stream().filter(t -> request.includes(t.spec())).toList(),
                notes.stream().filter(n -> aboutChosen(n, request)).toList(), warnings);
    }

    /** One quarter's exact counts and noise, read (and remembered, when freezing) on the transaction's thread. */
    private Counted prepare(Tx tx, PublicationRequest request, Quarter quarter, int revision, List<String> notes,
            List<ExactTable> counted, boolean freeze) throws SQLException {
        List<ExactTable> exact = counted != null ? counted
                : source.count(tx, catalogue.tables(), request.rule(), quarter, notes);
        if (revision > 0) {
            new RevisionGate(snapshots).require(tx, quarter, revision, request.settings().threshold(), exact);
        }
        if (freeze) {
            snapshots.remember(tx, quarter, revision, exact);
        }
        return new Counted(quarter, revision, exact, revisionNoise.offsets(tx, quarter, revision));
    }

    /** Disclosure control of one quarter: no casebook access, so quarters can be protected side by side. */
    private static List<PublishedTable> protect(PublicationRequest request, Counted job) {
        QuarterProtector protector = new QuarterProtector(
                new CellProtection(request.settings(), new PerturbationTable()),
                new SecondarySuppression(new LinearAudit()));
        Map<TableSpec, List<PublishedCell>> cells = protector.protect(job.exact(), job.offsets());
        List<PublishedTable> tables = new ArrayList<>();
        for (ExactTable table : job.exact()) {
            tables.add(new PublishedTable(table.spec(), job.quarter(), job.revision(), request.settings(),
                    request.rule(), METHOD, cells.get(table.spec())));
        }
        return tables;
    }

    private record Counted(Quarter quarter, int revision, List<ExactTable> exact, ToIntFunction<String> offsets) {
    }

    private List<PublishedTable> fromFrozen(FrozenQuarter frozen, PublicationRequest request, List<String> notes) {
        if (!frozen.sameRules(request.settings(), request.rule())) {
            throw new PublicationConflictException(frozen);
        }
        List<PublishedTable> tables = new ArrayList<>();
        for (TableSpec spec : catalogue.tables()) {
            List<PublishedCell> cells = frozen.tables().get(spec.id());
            if (cells == null || cells.size() != spec.layout().size()) {
                notes.add(spec.id() + " is not included for " + frozen.quarter() + ": that quarter was published "
                        + "before the table existed (a revision would add it)");
                continue;
            }
            tables.add(new PublishedTable(spec, frozen.quarter(), frozen.revision(), frozen.settings(), frozen.rule(),
                    frozen.method(), cells));
        }
        return tables;
    }

    /** Notes about one table start with its id; the others (about a whole quarter) are always kept. */
    private boolean aboutChosen(String note, PublicationRequest request) {
        return catalogue.tables().stream().noneMatch(t -> note.startsWith(t.id() + " ") && !request.includes(t));
    }

    /** Names exactly the tables that leave, whatever else was frozen with them. */
    private static String auditReason(Publication publication) {
        PublicationRequest request = publication.request();
        StringBuilder reason = new StringBuilder("tables ");
        reason.append(publication.tables().stream().map(t -> t.spec().id()).distinct()
                .collect(java.util.stream.Collectors.joining(" ")));
        reason.append("; rule ").append(request.rule().code())
                .append("; threshold ").append(request.settings().threshold()).append("; rounding base ")
                .append(request.settings().roundingBase()).append("; revisions");
        publication.tables().stream().map(t -> " " + t.quarter() + ":" + t.revision()).distinct()
                .forEach(reason::append);
        if (request.isRevision()) {
            reason.append("; REVISION requested: ").append(request.revisionReason());
        }
        return reason.toString();
    }
}
