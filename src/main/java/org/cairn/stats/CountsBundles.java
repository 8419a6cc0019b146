package org.cairn.stats;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditTrail;
import org.cairn.vault.Reader;
import org.cairn.vault.Transactions;
import org.cairn.vault.Tx;

/**
 * Counts bundles between laptops and one coordinator (ADR 0011). The coordinator's casebook holds a key pair and
 * exports its public part once; a laptop imports it and exports, per bundle, the exact counts of the catalogue's
 * tables sealed for that key. The coordinator imports bundles and publishes their sums through
 * {@link StatsPublisher#merged}. Every export and import is audited.
 */
public final class CountsBundles {
    /** Larger files are refused unread: no real bundle comes near this. */
    public static final int MAX_BUNDLE_BYTES = BundleCrypto.MAX_BYTES;
    private static final HexFormat HEX = HexFormat.of();

    private final Transactions vault;
    private final AuditTrail audit;
    private final Clock clock;
    private final Catalogue catalogue;
    private final SecureRandom random;
    private final BundleCrypto crypto;

    public CountsBundles(Transactions vault, AuditTrail audit, Clock clock, Catalogue catalogue,
            SecureRandom random) {
        this.vault = Objects.requireNonNull(vault);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
        this.catalogue = Objects.requireNonNull(catalogue);
        this.random = Objects.requireNonNull(random);
        this.crypto = new BundleCrypto(random);
    }

    /** This casebook's public bundle key, made on first use; audited as the key file leaving the casebook. */
    public CoordinatorKey exportKey() {
        return vault.write(tx -> {
            StatsSchema.ensure(tx);
            if (CoalitionRole.isCoalition(tx)) {
                throw new CountsRefusedException(CountsProblem.COALITION_KEY_IS_FOR_ORGANISATIONS,
                        "this is a coalition's casebook: its key is for organisations' "
                        + "bundles; export it with 'cairn coalition-key export'");
            }
            return exportKey(tx, "counts bundle key");
        });
    }

    /** The public key, made on first use, audited under {@code subject} as leaving the casebook. */
    CoordinatorKey exportKey(Tx tx, String subject) throws SQLException {
        CoordinatorKey key = keyPair(tx).publicKey();
        audit.append(tx, AuditAction.COUNTS_KEY_EXPORTED, subject, "fingerprint " + key.fingerprint());
        return key;
    }

    /**
     * Replaces this (the coordinator's) casebook's bundle key with a new one and returns the new public key, to give
     * to every laptop. The old private key is overwritten, so bundles sealed for it can no longer be opened; they
     * are refused with a message saying so, and laptops make them again for the new key (ADR 0019). Audited with
     * the old key id and both fingerprints.
     */
    public Rotation rotateKey() {
        return vault.write(tx -> {
            StatsSchema.ensure(tx);
            BundleCrypto.KeyPair old = storedKeyPair(tx).orElseThrow(() -> new CountsRefusedException(
                    CountsProblem.NO_BUNDLE_KEY_TO_REPLACE, "this casebook has no bundle key to replace; make one with 'cairn stats-key export'"));
            BundleCrypto.KeyPair made = crypto.newKeyPair();
            tx.execute("UPDATE stats_bundle_key SET key_id = ?, private_key = ?, public_key = ?, created_at = ? "
                    + "WHERE one = 1", made.publicKey().keyId(), made.privateKey(), made.publicKey().publicKey(),
                    clock.instant().toEpochMilli());
            audit.append(tx, AuditAction.COUNTS_KEY_ROTATED, ReplacedKeys.subject(old.publicKey().keyId()),
                    "fingerprint " + old.publicKey().fingerprint() + " replaced by " + made.publicKey().fingerprint()
                            + "; bundles sealed for the old key can no longer be opened");
            return new Rotation(old.publicKey().fingerprint(), made.publicKey());
        });
    }

    /** The coordinator key this laptop seals bundles for, if one was imported. */
    public Optional<CoordinatorKey> coordinatorKey() {
        return vault.read(this::coordinatorKey);
    }

    /** Keeps the coordinator's public key. Returns the key it replaced, if a different one was kept before. */
    public Optional<CoordinatorKey> importKey(CoordinatorKey key) {
        return vault.write(tx -> {
            StatsSchema.ensure(tx);
            Optional<CoordinatorKey> before = coordinatorKey(tx);
            tx.execute("INSERT INTO stats_coordinator_key(one, key_id, public_key, imported_at) VALUES (1, ?, ?, ?) "
                    + "ON CONFLICT(one) DO UPDATE SET key_id = excluded.key_id, public_key = excluded.public_key, "
                    + "imported_at = excluded.imported_at", key.keyId(), key.publicKey(),
                    clock.instant().toEpochMilli());
            Optional<CoordinatorKey> replaced = before.filter(b -> !b.sameAs(key));
            audit.append(tx, AuditAction.COUNTS_KEY_IMPORTED, "counts bundle key", "fingerprint " + key.fingerprint()
                    + replaced.map(r -> "; replaced " + r.fingerprint()).orElse(""));
            return replaced;
        });
    }

    /**
     * The exact counts of every catalogue table for each whole quarter of the range, sealed for the imported
     * coordinator key. Nothing is frozen: the coordinator protects and freezes the merged counts.
     */
    public ExportedBundle exportBundle(QuarterRange range, CountingRule rule) {
        new CompletedQuarters(clock).require(range);
        return vault.write(tx -> {
            StatsSchema.ensure(tx);
            CoordinatorKey coordinator = coordinatorKey(tx).orElseThrow(() -> new CountsRefusedException(
                    CountsProblem.NO_COORDINATOR_KEY, "this casebook has no coordinator key yet; import the coordinator's key file first "
                            + "(cairn stats-key import)"));
            byte[] laptop = laptopId(tx);
            byte[] casebook = vault.casebookId().map(CasebookIdentity::of).orElse(null);
            long sequence = nextSequence(tx);
            byte[] bundle = randomId();
            LocalCounts counter = new LocalCounts(random);
            List<BundlePayload.Table> tables = new ArrayList<>();
            for (List<ExactTable> quarter : counter.countQuarters(tx, catalogue.tables(), rule, range.quarters())
                    .values()) {
                for (ExactTable exact : quarter) {
                    tables.add(BundlePayload.of(exact));
                }
            }
            BundlePayload payload = new BundlePayload(laptop, casebook, sequence, bundle, clock.instant(), rule,
                    range, tables);
            byte[] sealed = crypto.seal(coordinator, payload.encode());
            audit.append(tx, AuditAction.COUNTS_BUNDLE_EXPORTED, "counts bundle " + shortId(bundle), "for key "
                    + coordinator.fingerprint() + "; " + range + "; rule " + rule.code() + "; " + tables.size()
                    + " tables");
            return new ExportedBundle(sealed, shortId(bundle), shortId(laptop), coordinator.fingerprint(),
                    casebook == null ? "" : shortId(casebook));
        });
    }

    /**
     * Imports bundle files into the coordinator's casebook. Every file is opened and checked first; if any is not
     * a bundle, is damaged or changed, is for another coordinator or does not fit the catalogue, nothing at all is
     * imported. A bundle imported before is reported and not counted twice.
     */
    public List<BundleImport> importBundles(List<BundleFile> files) {
        return vault.write(tx -> {
            StatsSchema.ensure(tx);
            BundleCrypto.KeyPair key = storedKeyPair(tx).orElseThrow(() -> new BundleRejectedException(
                    CountsProblem.NO_BUNDLE_KEY, "this casebook has no bundle key, so no bundle can have been made for it; export its key "
                            + "(cairn stats-key export) and give that file to the laptops"));
            List<BundlePayload> payloads = new ArrayList<>();
            boolean coalition = CoalitionRole.isCoalition(tx);
            for (BundleFile file : files) {
                Optional<byte[]> keyId = BundleCrypto.keyIdOf(file.bytes());
                if (keyId.isPresent() && !java.util.Arrays.equals(keyId.get(), key.publicKey().keyId())) {
                    Optional<Instant> replaced = ReplacedKeys.replacedAt(tx, keyId.get());
                    if (replaced.isPresent()) {
                        throw ReplacedKeys.refused(file.name(), replaced.get(), key.publicKey());
                    }
                }
                BundlePayload payload = BundlePayload.decode(crypto.open(key, file.bytes(), file.name()), file.name());
                if (payload.organisation() != coalition) {
                    throw CoalitionRole.wrongLevel(file.name(), coalition);
                }
                requireFits(payload, file.name());
                payloads.add(payload);
            }
            List<BundleImport> outcomes = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                outcomes.add(store(tx, payloads.get(i), files.get(i).name()));
            }
            return outcomes;
        });
    }

    /** The bundles held, oldest first: which laptops and quarters the merged tables can cover. */
    public List<ImportedBundle> imported() {
        return vault.read(reader -> {
            if (!hasTable(reader, "stats_bundle")) {
                return List.of();
            }
            boolean origins = hasTable(reader, "stats_bundle_origin");
            return reader.query("SELECT b.laptop_id, b.bundle_id, b.counting_rule, b.first_period, b.last_period, "
                    + "b.created_at, b.imported_at, " + (origins ? "o.casebook" : "NULL") + " FROM stats_bundle b "
                    + (origins ? "LEFT JOIN stats_bundle_origin o ON o.bundle_id = b.bundle_id " : "")
                    + "ORDER BY b.created_at, b.rowid", row -> new ImportedBundle(
                    shortId(row.getBytes(1)), shortId(row.getBytes(2)), CountingRule.valueOf(row.getString(3)),
                    new QuarterRange(Quarter.parse(row.getString(4)), Quarter.parse(row.getString(5))),
                    Instant.ofEpochMilli(row.getLong(6)), Instant.ofEpochMilli(row.getLong(7)),
                    row.getBytes(8) == null ? "" : shortId(row.getBytes(8))));
        });
    }

    private BundleImport store(Tx tx, BundlePayload payload, String name) throws SQLException {
        Optional<Long> before = tx.queryOne("SELECT imported_at FROM stats_bundle WHERE bundle_id = ?",
                row -> row.getLong(1), (Object) payload.bundleId());
        if (before.isPresent()) {
            return new BundleImport(name, false, CountsNote.of("already-imported", name + " was already imported "
                    + "(bundle " + shortId(payload.bundleId()) + " from laptop " + shortId(payload.laptopId())
                    + "); it is not counted twice", name, shortId(payload.bundleId()), shortId(payload.laptopId())),
                    List.of());
        }
        List<CountsNote> warnings = BundleOrigins.warnings(tx, payload, name);
        tx.execute("INSERT INTO stats_bundle(bundle_id, laptop_id, created_at, counting_rule, first_period, "
                + "last_period, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)", payload.bundleId(), payload.laptopId(),
                payload.createdAt().toEpochMilli(), payload.rule().name(), payload.range().from().toString(),
                payload.range().to().toString(), clock.instant().toEpochMilli());
        BundleOrigins.store(tx, payload);
        for (BundlePayload.Table table : payload.tables()) {
            StringBuilder sql = new StringBuilder("INSERT INTO stats_bundle_cell(bundle_id, table_id, period, "
                    + "position, count, key_sum) VALUES ");
            List<Object> params = new ArrayList<>();
            for (int p = 0; p < table.counts().length; p++) {
                sql.append(p == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
                params.addAll(List.of(payload.bundleId(), table.tableId(), table.quarter().toString(), p,
                        table.counts()[p], table.cellKeys()[p]));
            }
            tx.execute(sql.toString(), params.toArray());
        }
        // An organisation is known to the coalition by its casebook's short name, as in the coverage list.
        String what = (payload.organisation() ? "from organisation " + shortId(payload.casebook()) + " bundle "
                + payload.sequence() : "from laptop " + shortId(payload.laptopId()) + (payload.hasCasebook()
                ? ", casebook " + shortId(payload.casebook()) + " bundle " + payload.sequence()
                : ", casebook not named")) + "; " + payload.range() + "; rule " + payload.rule().code();
        audit.append(tx, AuditAction.COUNTS_BUNDLE_IMPORTED, "counts bundle " + shortId(payload.bundleId()), what
                + (warnings.isEmpty() ? "" : "; " + warnings.size() + " warning(s) shown"));
        return new BundleImport(name, true, CountsNote.of("imported", "imported " + name + " (bundle "
                + shortId(payload.bundleId()) + ", " + what + ")" + warnings.stream()
                .map(w -> ". Warning: " + w.english()).collect(Collectors.joining()), name,
                shortId(payload.bundleId()), payload.range().toString()), warnings);
    }

    /** A bundle must hold every catalogue table of every quarter it claims, each of the right size and consistent. */
    void requireFits(BundlePayload payload, String name) {
        Map<String, TableSpec> specs = catalogue.tables().stream()
                .collect(Collectors.toMap(TableSpec::id, Function.identity()));
        List<ExactTable> exact = new ArrayList<>();
        for (BundlePayload.Table table : payload.tables()) {
            TableSpec spec = specs.get(table.tableId());
            if (spec == null || spec.layout().size() != table.counts().length
                    || !payload.range().quarters().contains(table.quarter())) {
                throw new BundleRejectedException(CountsProblem.BUNDLE_UNKNOWN_TABLES, name + " holds tables that this version of Cairn does not know; "
                        + "use the same version of Cairn on the laptops and here; nothing was imported", name);
            }
            long[] keys = new long[table.cellKeys().length];
            for (int p = 0; p < keys.length; p++) {
                keys[p] = table.cellKeys()[p];
            }
            exact.add(new ExactTable(spec, table.quarter(), spec.layout(), table.counts(), keys));
        }
        if (exact.size() != specs.size() * payload.range().quarters().size()
                || exact.stream().map(t -> t.quarter() + "/" + t.spec().id()).distinct().count() != exact.size()) {
            throw new BundleRejectedException(CountsProblem.BUNDLE_INCOMPLETE, name + " does not hold every table for every quarter it covers; "
                    + "make the bundle again with the same version of Cairn; nothing was imported", name);
        }
        for (Quarter quarter : payload.range().quarters()) {
            try {
                QuarterProtector.requireConsistent(exact.stream().filter(t -> t.quarter().equals(quarter)).toList());
            } catch (IllegalStateException e) {
                throw new BundleRejectedException(CountsProblem.BUNDLE_CONTRADICTS_ITSELF, name + " contradicts itself (two of its tables count the same "
                        + "cases differently), so it was not made by Cairn; nothing was imported", name);
            }
        }
    }

    private BundleCrypto.KeyPair keyPair(Tx tx) throws SQLException {
        StatsSchema.ensure(tx);
        Optional<BundleCrypto.KeyPair> stored = storedKeyPair(tx);
        if (stored.isPresent()) {
            return stored.get();
        }
        BundleCrypto.KeyPair made = crypto.newKeyPair();
        tx.execute("INSERT INTO stats_bundle_key(one, key_id, private_key, public_key, created_at) "
                + "VALUES (1, ?, ?, ?, ?)", made.publicKey().keyId(), made.privateKey(), made.publicKey().publicKey(),
                clock.instant().toEpochMilli());
        return made;
    }

    private static Optional<BundleCrypto.KeyPair> storedKeyPair(Reader reader) throws SQLException {
        return reader.queryOne("SELECT key_id, private_key, public_key FROM stats_bundle_key WHERE one = 1",
                row -> new BundleCrypto.KeyPair(row.getBytes(2), new CoordinatorKey(row.getBytes(1),
                        row.getBytes(3))));
    }

    private Optional<CoordinatorKey> coordinatorKey(Reader reader) throws SQLException {
        if (!hasTable(reader, "stats_coordinator_key")) {
            return Optional.empty();
        }
        return reader.queryOne("SELECT key_id, public_key FROM stats_coordinator_key WHERE one = 1",
                row -> new CoordinatorKey(row.getBytes(1), row.getBytes(2)));
    }

    byte[] laptopId(Tx tx) throws SQLException {
        Optional<byte[]> stored = tx.queryOne("SELECT laptop_id FROM stats_laptop WHERE one = 1",
                row -> row.getBytes(1));
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] made = randomId();
        tx.execute("INSERT INTO stats_laptop(one, laptop_id) VALUES (1, ?)", (Object) made);
        return made;
    }

    /** Counts this export; the count is restored with a backup, so a restored copy repeats numbers it had sent. */
    static long nextSequence(Tx tx) throws SQLException {
        long next = tx.queryOne("SELECT exported FROM stats_bundle_sequence WHERE one = 1", row -> row.getLong(1))
                .orElse(0L) + 1;
        tx.execute("INSERT INTO stats_bundle_sequence(one, exported) VALUES (1, ?) ON CONFLICT(one) DO UPDATE "
                + "SET exported = excluded.exported", next);
        return next;
    }

    byte[] randomId() {
        byte[] id = new byte[BundlePayload.ID_BYTES];
        random.nextBytes(id);
        return id;
    }

    private static boolean hasTable(Reader reader, String name) throws SQLException {
        return reader.queryLong("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", name) > 0;
    }

    static String shortId(byte[] id) {
        return HEX.formatHex(id, 0, 4);
    }

    /** A bundle file as read, named as the user gave it so that messages can say which one. */
    public record BundleFile(String name, byte[] bytes) {
    }

    /** A rotation: the fingerprint of the key replaced, and the new public key for the laptops. */
    public record Rotation(String replacedFingerprint, CoordinatorKey key) {
    }

    /** A sealed bundle, ready to write, with what the person exporting it should be told. */
    public record ExportedBundle(byte[] bytes, String bundle, String laptop, String coordinatorFingerprint,
            String casebook) {
    }
}
