package org.cairn.stats;

import java.sql.SQLException;
import java.util.Optional;
import org.cairn.vault.Reader;

/**
 * Which level of merging a casebook works at (ADR 0047). A coalition's casebook is one of its own: its bundle key is
 * for organisations' bundles, and it pools them. Every other casebook is a laptop or an organisation's coordinator,
 * and keeps the coalition's public key (if it sends to one) beside its own. Both facts are small values in
 * {@code casebook_setting}, so no table had to be added.
 */
final class CoalitionRole {
    /** "yes" in a coalition's casebook, set when its key is first exported. */
    static final String ROLE = "stats.coalition";
    /** In an organisation coordinator's casebook: the coalition's public key file, as imported. */
    static final String KEY = "stats.coalition-key";

    /** In a coalition's casebook: how many organisations every pooled quarter must include before it is published. */
    static final String EXPECTED = "stats.coalition-expected";

    private CoalitionRole() {
    }

    static Optional<Integer> expected(Reader reader) throws SQLException {
        return setting(reader, EXPECTED).map(Integer::valueOf);
    }

    static boolean isCoalition(Reader reader) throws SQLException {
        return setting(reader, ROLE).map("yes"::equals).orElse(false);
    }

    static Optional<CoordinatorKey> coalitionKey(Reader reader) throws SQLException {
        return setting(reader, KEY).map(CoordinatorKey::parse);
    }

    private static Optional<String> setting(Reader reader, String key) throws SQLException {
        return reader.queryOne("SELECT value FROM casebook_setting WHERE key = ?", row -> row.getString(1), key);
    }

    /** A bundle of the other level: said in plain words, with the command that takes it. */
    static BundleRejectedException wrongLevel(String name, boolean coalition) {
        return new BundleRejectedException(coalition ? CountsProblem.BUNDLE_FOR_ORGANISATION_COORDINATOR
                : CountsProblem.BUNDLE_FOR_COALITION, coalition
                ? name + " is a laptop's counts bundle, for its organisation's coordinator; this is a coalition's "
                        + "casebook, which takes organisations' bundles (made with 'cairn coalition-bundle'); "
                        + "nothing was imported"
                : name + " is an organisation's bundle for a coalition; import it into the coalition's own "
                        + "casebook with 'cairn coalition-merge'; nothing was imported", name);
    }
}
