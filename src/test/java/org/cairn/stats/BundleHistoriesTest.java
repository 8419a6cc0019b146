package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.cairn.casebook.Casebook;
import org.cairn.vault.TestVaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated histories of casebooks sending bundles (re-exports, restored copies going back in their bundle count,
 * laptops on an older Cairn), imported in random order: each casebook and each unnamed laptop is counted exactly
 * once per quarter, and every casebook seen in two states is warned about on import and noted in the merge.
 */
class BundleHistoriesTest {
    private static final QuarterRange H1 = new QuarterRange(Quarter.parse("2026Q1"), Quarter.parse("2026Q2"));
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    static Path dir;
    static Casebook laptop;
    static List<BundlePayload.Table> content = new ArrayList<>();

    @BeforeAll
    static void count() {
        laptop = StatsCasebooks.demo(dir.resolve("laptop"), 120, 31);
        laptop.transactions().write(tx -> {
            for (List<ExactTable> quarter : new LocalCounts(new SecureRandom()).countQuarters(tx,
                    Catalogue.standard().tables(), CountingRule.CONSENTED, H1.quarters()).values()) {
                quarter.forEach(table -> content.add(BundlePayload.of(table)));
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        StatsCasebooks.close(laptop);
    }

    private static byte[] id(Random random) {
        byte[] id = new byte[BundlePayload.ID_BYTES];
        random.nextBytes(id);
        return id;
    }

    @Test
    void everyCasebookCountsOnceWhateverItsStatesAndTheImportOrder() {
        for (int seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            Casebook coordinator = Casebook.open(TestVaults.create(dir.resolve("c" + seed)).vault(),
                    StatsCasebooks.CLOCK, "coordinator");
            try {
                CountsBundles into = new CountsBundles(coordinator.transactions(), coordinator.audit(),
                        StatsCasebooks.CLOCK, Catalogue.standard(), new SecureRandom());
                CoordinatorKey key = into.exportKey();
                BundleCrypto crypto = new BundleCrypto(new SecureRandom());
                Instant time = StatsCasebooks.CLOCK.instant().minus(Duration.ofDays(30));
                List<BundlePayload> history = new ArrayList<>();
                List<byte[]> forked = new ArrayList<>();
                int casebooks = 1 + random.nextInt(3);
                for (int c = 0; c < casebooks; c++) {
                    byte[] casebook = id(random);
                    int states = 1 + random.nextInt(2);
                    long sequence = 0;
                    for (int s = 0; s < states; s++) {
                        // A restored copy keeps the laptop id only if it had one at backup time; either way its
                        // bundle count goes back to what the backup held.
                        byte[] laptopId = s > 0 && random.nextBoolean() ? history.get(history.size() - 1).laptopId()
                                : id(random);
                        sequence = s == 0 ? 0 : random.nextInt((int) sequence);
                        for (int e = 1 + random.nextInt(2); e > 0; e--) {
                            time = time.plus(Duration.ofMinutes(1 + random.nextInt(600)));
                            history.add(new BundlePayload(laptopId, casebook, ++sequence, id(random), time,
                                    CountingRule.CONSENTED, H1, content));
                        }
                    }
                    if (states > 1) {
                        forked.add(casebook);
                    }
                }
                int unnamed = random.nextInt(2);
                for (int u = 0; u < unnamed; u++) {
                    time = time.plus(Duration.ofMinutes(5));
                    history.add(new BundlePayload(id(random), null, 0, id(random), time, CountingRule.CONSENTED, H1,
                            content));
                }
                Collections.shuffle(history, random);
                List<String> warnings = new ArrayList<>();
                for (BundlePayload payload : history) {
                    BundleImport outcome = into.importBundles(List.of(new CountsBundles.BundleFile("f",
                            crypto.seal(key, payload.encode())))).get(0);
                    assertThat(outcome.imported()).isTrue();
                    warnings.addAll(outcome.warnings());
                }
                for (byte[] casebook : forked) {
                    assertThat(warnings).as("seed " + seed).anyMatch(w -> w.contains("two states of one casebook "
                            + HEX.formatHex(casebook, 0, 4)));
                }
                for (Quarter quarter : H1.quarters()) {
                    List<String> notes = new ArrayList<>();
                    List<ExactTable> merged = coordinator.transactions().write(tx -> new MergedCounts().count(tx,
                            Catalogue.standard().tables(), CountingRule.CONSENTED, quarter, notes));
                    int counted = casebooks + unnamed;
                    assertThat(notes).as("seed " + seed).contains(quarter + " is merged from the bundles of "
                            + counted + (counted == 1 ? " laptop" : " laptops"));
                    for (ExactTable table : merged) {
                        BundlePayload.Table one = content.stream().filter(t -> t.quarter().equals(quarter)
                                && t.tableId().equals(table.spec().id())).findFirst().orElseThrow();
                        assertThat(table.counts()).as("seed " + seed).isEqualTo(Arrays.stream(one.counts())
                                .map(n -> n * counted).toArray());
                    }
                    assertThat(notes.stream().filter(n -> n.contains("states of one casebook")).count())
                            .as("seed " + seed).isLessThanOrEqualTo(forked.size());
                }
            } finally {
                StatsCasebooks.close(coordinator);
            }
        }
    }

    @Test
    void payloadsSurviveTheirEncodingAndAnyCutIsRefused() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            boolean named = random.nextBoolean();
            BundlePayload payload = new BundlePayload(id(random), named ? id(random) : null,
                    named ? 1 + random.nextInt(1_000_000) : 0, id(random), Instant.ofEpochMilli(random.nextLong(
                    1L << 45)), CountingRule.values()[random.nextInt(CountingRule.values().length)], H1,
                    content.subList(0, 1 + random.nextInt(content.size())));
            byte[] bytes = payload.encode();
            BundlePayload back = BundlePayload.decode(bytes, "b");
            assertThat(back.laptopId()).isEqualTo(payload.laptopId());
            assertThat(back.casebook()).isEqualTo(payload.casebook());
            assertThat(back.sequence()).isEqualTo(payload.sequence());
            assertThat(back.bundleId()).isEqualTo(payload.bundleId());
            assertThat(back.createdAt()).isEqualTo(payload.createdAt());
            assertThat(back.tables()).hasSameSizeAs(payload.tables());
            int cut = 1 + random.nextInt(bytes.length - 1);
            assertThatThrownBy(() -> BundlePayload.decode(Arrays.copyOf(bytes, cut), "b"))
                    .isInstanceOf(BundleRejectedException.class).hasMessageContaining("nothing was imported");
        }
    }

    @Test
    void aNamedBundleWithoutABundleCountIsRefused() {
        Random random = new Random(9);
        byte[] bytes = new BundlePayload(id(random), id(random), 1, id(random), Instant.EPOCH,
                CountingRule.CONSENTED, H1, content).encode();
        // The count sits after the format, laptop id and casebook: set it to zero.
        Arrays.fill(bytes, 4 + 2 * BundlePayload.ID_BYTES, 4 + 2 * BundlePayload.ID_BYTES + 8, (byte) 0);
        assertThatThrownBy(() -> BundlePayload.decode(bytes, "b")).isInstanceOf(BundleRejectedException.class);
    }
}
