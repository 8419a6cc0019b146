package org.cairn.stats;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditTrail;
import org.cairn.casebook.CasebookSettingRepository;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/**
 * The second level of merging (ADR 0047). An organisation's coordinator seals its organisation's counts, merged from
 * its laptops' bundles and not yet protected, for a coalition's public key, exactly as a laptop seals its own for the
 * coordinator. A coalition's casebook (one of its own) imports them like bundles, one organisation counted once per
 * quarter by the same rules as laptops, and publishes the pooled counts through {@link StatsPublisher#pooled}, where
 * disclosure control runs once.
 */
public final class OrganisationBundles {
    private final Transactions vault;
    private final AuditTrail audit;
    private final Clock clock;
    private final Catalogue catalogue;
    private final CasebookSettingRepository settings;
    private final CountsBundles bundles;
    private final BundleCrypto crypto;

    public OrganisationBundles(Transactions vault, AuditTrail audit, Clock clock, Catalogue catalogue,
            SecureRandom random, CasebookSettingRepository settings) {
        this.vault = Objects.requireNonNull(vault);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
        this.catalogue = Objects.requireNonNull(catalogue);
        this.settings = Objects.requireNonNull(settings);
        this.bundles = new CountsBundles(vault, audit, clock, catalogue, random);
        this.crypto = new BundleCrypto(random);
    }

    /**
     * Makes this casebook a coalition's (the first time) and returns its public key for the organisations. A casebook
     * that already has a key for its own laptops is refused: one casebook works at one level, so that an
     * organisation's laptops and other organisations are never added up together.
     */
    public CoordinatorKey exportCoalitionKey() {
        return vault.write(tx -> {
            StatsSchema.ensure(tx);
            if (!CoalitionRole.isCoalition(tx)) {
                if (tx.queryLong("SELECT count(*) FROM stats_bundle_key") > 0
                        || tx.queryLong("SELECT count(*) FROM stats_bundle") > 0) {
                    throw new CountsRefusedException(CountsProblem.ALREADY_ORGANISATION_COORDINATOR, "this casebook is already an organisation's coordinator (it "
                            + "has a key for its laptops' bundles); a coalition needs a casebook of its own: create "
                            + "one with 'cairn create' and export the coalition key from it");
                }
                settings.save(tx, CoalitionRole.ROLE, "yes");
            }
            return bundles.exportKey(tx, "coalition key");
        });
    }

    /** Whether this is a coalition's casebook (ADR 0047), whose merged quarters are pooled across organisations. */
    public boolean isCoalition() {
        return vault.read(CoalitionRole::isCoalition);
    }

    /** Replaces the coalition's key; organisations' bundles sealed for the old one are refused from then on. */
    public CountsBundles.Rotation rotateCoalitionKey() {
        if (!vault.read(CoalitionRole::isCoalition)) {
            throw new CountsRefusedException(CountsProblem.NOT_A_COALITION, "this casebook is not a coalition's, so it has no coalition key to "
                    + "replace; make one with 'cairn coalition-key export'");
        }
        return bundles.rotateKey();
    }

    /**
     * Sets how many organisations every pooled quarter must include before it can be published (kept in the
     * casebook, audited as a setting). Raising it later holds back new quarters until the new organisations send.
     */
    public void expectOrganisations(int organisations) {
        if (organisations < 1 || organisations > 10_000) {
            throw new CountsRefusedException(CountsProblem.EXPECTED_OUT_OF_RANGE, "the number of organisations expected must be from 1 to 10000");
        }
        vault.write(tx -> {
            if (!CoalitionRole.isCoalition(tx)) {
                throw new CountsRefusedException(CountsProblem.NOT_A_COALITION, "this casebook is not a coalition's; export the coalition key "
                        + "from a casebook of its own first (cairn coalition-key export)");
            }
            if (CoalitionRole.expected(tx).map(e -> e != organisations).orElse(true)) {
                settings.save(tx, CoalitionRole.EXPECTED, Integer.toString(organisations));
            }
            return null;
        });
    }

    /** On an organisation's coordinator: keeps the coalition's public key; returns a different one it replaced. */
    public Optional<CoordinatorKey> importCoalitionKey(CoordinatorKey key) {
        return vault.write(tx -> {
            if (CoalitionRole.isCoalition(tx)) {
                throw new CountsRefusedException(CountsProblem.COALITION_OWN_CASEBOOK, "this is the coalition's own casebook; import the coalition key "
                        + "in each organisation coordinator's casebook");
            }
            Optional<CoordinatorKey> replaced = CoalitionRole.coalitionKey(tx).filter(before -> !before.sameAs(key));
            settings.save(tx, CoalitionRole.KEY, key.toFileText());
            audit.append(tx, AuditAction.COUNTS_KEY_IMPORTED, "coalition key", "fingerprint " + key.fingerprint()
                    + replaced.map(r -> "; replaced " + r.fingerprint()).orElse(""));
            return replaced;
        });
    }

    public Optional<CoordinatorKey> coalitionKey() {
        return vault.read(CoalitionRole::coalitionKey);
    }

    /**
     * The organisation's merged counts for each whole quarter of the range, before any protection, sealed for the
     * coalition's key. Each quarter is merged as {@code stats-merge} would merge it (one bundle per laptop's
     * casebook); a quarter that cannot be merged whole (no laptop's bundle, or a table missing from one) is refused,
     * since the coalition would otherwise add a partial organisation to the others.
     */
    public OrganisationBundle exportOrganisationBundle(QuarterRange range, CountingRule rule) {
        new CompletedQuarters(clock).require(range);
        return vault.write(tx -> {
            StatsSchema.ensure(tx);
            CoordinatorKey coalition = CoalitionRole.coalitionKey(tx).orElseThrow(() -> new CountsRefusedException(
                    CountsProblem.NO_COALITION_KEY, "this casebook has no coalition key yet; import the coalition's key file first "
                            + "(cairn coalition-key import)"));
            byte[] casebook = vault.casebookId().map(CasebookIdentity::of).orElseThrow(() ->
                    new CountsRefusedException(CountsProblem.NO_CASEBOOK_ID, "this casebook has no casebook id to name the organisation by, so "
                            + "a coalition could not count it once; use an encrypted Cairn casebook"));
            List<String> notes = new ArrayList<>();
            List<BundlePayload.Table> tables = new ArrayList<>();
            for (Quarter quarter : range.quarters()) {
                List<ExactTable> merged = new MergedCounts(false).count(tx, catalogue.tables(), rule, quarter, notes);
                if (merged.size() != catalogue.tables().size()) {
                    throw new CountsRefusedException(CountsProblem.QUARTER_NOT_WHOLE, quarter + " cannot be sent whole: "
                            + String.join("; ", notes.stream().filter(n -> n.contains(" is not included for "))
                                    .toList()) + "; nothing was written", quarter.toString());
                }
                merged.forEach(table -> tables.add(BundlePayload.of(table)));
            }
            byte[] organisation = bundles.laptopId(tx);
            long sequence = CountsBundles.nextSequence(tx);
            byte[] bundle = bundles.randomId();
            BundlePayload payload = new BundlePayload(organisation, casebook, sequence, bundle, clock.instant(), rule,
                    range, tables, true);
            byte[] sealed = crypto.seal(coalition, payload.encode());
            audit.append(tx, AuditAction.COUNTS_BUNDLE_EXPORTED, "organisation counts bundle "
                    + CountsBundles.shortId(bundle), "for coalition key " + coalition.fingerprint() + "; " + range
                    + "; rule " + rule.code() + "; " + tables.size() + " tables");
            return new OrganisationBundle(sealed, CountsBundles.shortId(bundle), CountsBundles.shortId(casebook),
                    coalition.fingerprint(), notes);
        });
    }

    /**
     * On a coalition's casebook: for each quarter of the range, the organisations its pooled tables include under
     * the rule (each by the short name of its casebook), and what was left out. An organisation's bundle holds every
     * table of each quarter it covers, so every pooled table of a quarter includes the same organisations.
     */
    public List<PooledCoverage> coverage(QuarterRange range, CountingRule rule) {
        return vault.write(tx -> {
            StatsSchema.ensure(tx);
            List<PooledCoverage> coverage = new ArrayList<>();
            for (Quarter quarter : range.quarters()) {
                List<String> notes = new ArrayList<>();
                List<String> organisations = new ArrayList<>();
                for (BundleStates.Counted counted : BundleStates.newestPerCasebook(tx, rule, quarter, notes)) {
                    organisations.add(organisationOf(tx, counted));
                }
                coverage.add(new PooledCoverage(quarter, rule, organisations,
                        catalogue.tables().stream().map(TableSpec::id).toList(), notes));
            }
            return coverage;
        });
    }

    /**
     * The coverage list as a tidy CSV written beside the pooled tables: one record per quarter and table, with the
     * rule, how many organisations it includes and their short names (hashes of their casebooks' ids, no names).
     */
    public static String coverageCsv(List<PooledCoverage> coverage) {
        StringBuilder csv = new StringBuilder(Csv.record(List.of("table", "period", "counting_rule", "organisations",
                "organisation_ids")));
        for (PooledCoverage quarter : coverage) {
            for (String table : quarter.tables()) {
                csv.append(Csv.record(List.of(table, quarter.quarter().toString(), quarter.rule().code(),
                        Integer.toString(quarter.organisations().size()), String.join(" ", quarter.organisations()))));
            }
        }
        return csv.toString();
    }

    private static String organisationOf(Tx tx, BundleStates.Counted counted) throws SQLException {
        return tx.queryOne("SELECT casebook FROM stats_bundle_origin WHERE bundle_id = ?",
                row -> CountsBundles.shortId(row.getBytes(1)), (Object) counted.bundle())
                .orElse(counted.laptopHex().substring(0, 8));
    }

    /** A sealed organisation bundle, what to tell the person who made it, and the notes of its merge. */
    public record OrganisationBundle(byte[] bytes, String bundle, String organisation, String coalitionFingerprint,
            List<String> notes) {
    }

    /** Which organisations each pooled table of one quarter includes, under which rule, and what was left out. */
    public record PooledCoverage(Quarter quarter, CountingRule rule, List<String> organisations, List<String> tables,
            List<String> notes) {
    }
}
