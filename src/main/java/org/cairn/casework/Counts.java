package org.cairn.casework;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.Casebook;
import org.cairn.stats.BundleImport;
import org.cairn.stats.Catalogue;
import org.cairn.stats.CoordinatorKey;
import org.cairn.stats.CountingRule;
import org.cairn.stats.CountsBundles;
import org.cairn.stats.ImportedBundle;
import org.cairn.stats.OrganisationBundles;
import org.cairn.stats.Publication;
import org.cairn.stats.PublicationRequest;
import org.cairn.stats.QuarterRange;
import org.cairn.stats.StatsPublisher;

/**
 * Anonymised counts: publishing them, the coordinator's bundle keys, and the sealed bundles laptops send the
 * coordinator. The stats package counts, protects, freezes and audits; each call here is one of its transactions.
 */
public final class Counts {
    private final Casebook casebook;
    private final Guard guard;
    private final Catalogue catalogue = Catalogue.standard();

    Counts(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /** Publishes this casebook's counts, freezing quarters published for the first time, and audits the export. */
    @Performs(Action.PUBLISH_COUNTS)
    public Publication publish(PublicationRequest request) {
        guard.check(Action.PUBLISH_COUNTS);
        return local().publish(request);
    }

    /** Exactly what {@link #publish} would give today, without freezing or auditing anything. */
    @Performs(Action.PUBLISH_COUNTS)
    public Publication preview(PublicationRequest request) {
        guard.check(Action.PUBLISH_COUNTS);
        return local().preview(request);
    }

    /** Publishes the sums of the imported bundles (the coordinator's casebook), frozen apart from its own. */
    @Performs(Action.PUBLISH_COUNTS)
    public Publication publishMerged(PublicationRequest request) {
        guard.check(Action.PUBLISH_COUNTS);
        return merged().publish(request);
    }

    @Performs(Action.PUBLISH_COUNTS)
    public Publication previewMerged(PublicationRequest request) {
        guard.check(Action.PUBLISH_COUNTS);
        return merged().preview(request);
    }

    /** This (the coordinator's) casebook's public bundle key, made on first use; audited as leaving the casebook. */
    @Performs(Action.MANAGE_COUNTS_KEYS)
    public CoordinatorKey exportKey() {
        guard.check(Action.MANAGE_COUNTS_KEYS);
        return bundles().exportKey();
    }

    /** Keeps the coordinator's public key on a laptop; returns the different key it replaced, if any. */
    @Performs(Action.MANAGE_COUNTS_KEYS)
    public Optional<CoordinatorKey> importKey(CoordinatorKey key) {
        guard.check(Action.MANAGE_COUNTS_KEYS);
        return bundles().importKey(key);
    }

    /** Replaces this casebook's bundle key; bundles made for the old key are refused from now on. */
    @Performs(Action.MANAGE_COUNTS_KEYS)
    public CountsBundles.Rotation rotateKey() {
        guard.check(Action.MANAGE_COUNTS_KEYS);
        return bundles().rotateKey();
    }

    /** This casebook's exact counts for whole quarters, sealed for the coordinator's key. */
    @Performs(Action.EXPORT_COUNTS_BUNDLE)
    public CountsBundles.ExportedBundle exportBundle(QuarterRange range, CountingRule rule) {
        guard.check(Action.EXPORT_COUNTS_BUNDLE);
        return bundles().exportBundle(range, rule);
    }

    /** Imports laptops' bundles into the coordinator's casebook; a bundle imported before is not counted twice. */
    @Performs(Action.IMPORT_COUNTS_BUNDLE)
    public List<BundleImport> importBundles(List<CountsBundles.BundleFile> files) {
        guard.check(Action.IMPORT_COUNTS_BUNDLE);
        return bundles().importBundles(files);
    }

    /** The bundles held, for showing which laptops and quarters are covered. */
    @Performs(Action.IMPORT_COUNTS_BUNDLE)
    public List<ImportedBundle> importedBundles() {
        guard.check(Action.IMPORT_COUNTS_BUNDLE);
        return bundles().imported();
    }

    /** Makes this casebook a coalition's (the first time) and returns its key for the organisations (ADR 0047). */
    @Performs(Action.MANAGE_COUNTS_KEYS)
    public CoordinatorKey exportCoalitionKey() {
        guard.check(Action.MANAGE_COUNTS_KEYS);
        return organisations().exportCoalitionKey();
    }

    /** Keeps a coalition's public key in an organisation coordinator's casebook; returns a different one replaced. */
    @Performs(Action.MANAGE_COUNTS_KEYS)
    public Optional<CoordinatorKey> importCoalitionKey(CoordinatorKey key) {
        guard.check(Action.MANAGE_COUNTS_KEYS);
        return organisations().importCoalitionKey(key);
    }

    /** Replaces the coalition's key; organisations' bundles for the old one are refused from then on. */
    @Performs(Action.MANAGE_COUNTS_KEYS)
    public CountsBundles.Rotation rotateCoalitionKey() {
        guard.check(Action.MANAGE_COUNTS_KEYS);
        return organisations().rotateCoalitionKey();
    }

    /**
     * The organisation's merged counts, not yet protected, sealed for the coalition's key. They add up every laptop
     * of the organisation, so only those who may publish counts may send them.
     */
    @Performs(Action.PUBLISH_COUNTS)
    public OrganisationBundles.OrganisationBundle exportOrganisationBundle(QuarterRange range, CountingRule rule) {
        guard.check(Action.PUBLISH_COUNTS);
        return organisations().exportOrganisationBundle(range, rule);
    }

    /** How many organisations every pooled quarter must include before it is published. */
    @Performs(Action.PUBLISH_COUNTS)
    public void expectOrganisations(int organisations) {
        guard.check(Action.PUBLISH_COUNTS);
        organisations().expectOrganisations(organisations);
    }

    /** Publishes the pooled counts of the organisations' bundles held by this (a coalition's) casebook. */
    @Performs(Action.PUBLISH_COUNTS)
    public Publication publishPooled(PublicationRequest request) {
        guard.check(Action.PUBLISH_COUNTS);
        return pooled().publish(request);
    }

    @Performs(Action.PUBLISH_COUNTS)
    public Publication previewPooled(PublicationRequest request) {
        guard.check(Action.PUBLISH_COUNTS);
        return pooled().preview(request);
    }

    /** The pooled quarters of the range as they were published, for the coalition's report; audited. */
    @Performs(Action.PUBLISH_COUNTS)
    public Publication publishedPooled(QuarterRange range) {
        guard.check(Action.PUBLISH_COUNTS);
        // An organisation's own merged quarters sit in the same store; they must never be titled as pooled.
        if (!organisations().isCoalition()) {
            throw new CaseworkException(Problem.NOT_A_COALITION);
        }
        return pooled().published(range);
    }

    /** For each quarter, the organisations the pooled tables include under the rule. */
    @Performs(Action.IMPORT_COUNTS_BUNDLE)
    public List<OrganisationBundles.PooledCoverage> pooledCoverage(QuarterRange range, CountingRule rule) {
        guard.check(Action.IMPORT_COUNTS_BUNDLE);
        return organisations().coverage(range, rule);
    }

    private StatsPublisher pooled() {
        return StatsPublisher.pooled(casebook.transactions(), casebook.audit(), casebook.clock(), catalogue);
    }

    private OrganisationBundles organisations() {
        return new OrganisationBundles(casebook.transactions(), casebook.audit(), casebook.clock(), catalogue,
                new SecureRandom(), casebook.settings());
    }

    private StatsPublisher local() {
        return new StatsPublisher(casebook.transactions(), casebook.audit(), casebook.clock(), catalogue,
                new SecureRandom());
    }

    private StatsPublisher merged() {
        return StatsPublisher.merged(casebook.transactions(), casebook.audit(), casebook.clock(), catalogue);
    }

    private CountsBundles bundles() {
        return new CountsBundles(casebook.transactions(), casebook.audit(), casebook.clock(), catalogue,
                new SecureRandom());
    }
}
