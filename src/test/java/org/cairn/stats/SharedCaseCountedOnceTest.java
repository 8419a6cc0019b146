package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.Casebook;
import org.cairn.transfer.CaseTransfers;
import org.cairn.transfer.PairingCard;
import org.cairn.transfer.TransferKind;
import org.cairn.vault.TestVaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case shared between two laptops, or moved from one to the other, is counted once in the coordinator's merged
 * counts: only its owner counts it (ADR 0043).
 */
class SharedCaseCountedOnceTest {
    private static final Quarter Q3 = Quarter.parse("2026Q3");
    private static final LocalDate IN_Q3 = LocalDate.of(2026, 8, 3);

    @TempDir
    Path dir;
    Casebook laptopA;
    Casebook laptopB;
    Casebook coordinator;

    @BeforeEach
    void create() {
        laptopA = empty("a");
        laptopB = empty("b");
        coordinator = empty("c");
        PairingCard a = transfers(laptopA).ownCard();
        PairingCard b = transfers(laptopB).ownCard();
        transfers(laptopA).pair("b", PairingCard.parse(b.toFileText()));
        transfers(laptopB).pair("a", PairingCard.parse(a.toFileText()));
        String key = bundles(coordinator).exportKey().toFileText();
        bundles(laptopA).importKey(CoordinatorKey.parse(key));
        bundles(laptopB).importKey(CoordinatorKey.parse(key));
    }

    @AfterEach
    void close() {
        List.of(laptopA, laptopB, coordinator).forEach(StatsCasebooks::close);
    }

    private Casebook empty(String name) {
        return Casebook.open(TestVaults.create(dir.resolve(name)).vault(), StatsCasebooks.CLOCK, name + ".advocate");
    }

    private static CaseTransfers transfers(Casebook book) {
        return new CaseTransfers(book, new SecureRandom());
    }

    private static CountsBundles bundles(Casebook book) {
        return new CountsBundles(book.transactions(), book.audit(), StatsCasebooks.CLOCK, Catalogue.standard(),
                new SecureRandom());
    }

    /** Sends laptop A's cases to laptop B as {@code kind}; returns nothing, B has imported them. */
    private void send(TransferKind kind, List<Long> caseIds) {
        List<CaseReference> references = new ArrayList<>();
        for (long id : caseIds) {
            references.add(laptopA.cases().find(id).orElseThrow().reference());
        }
        byte[] file = transfers(laptopA).export(references, transfers(laptopA).paired("b").orElseThrow(), kind)
                .file();
        transfers(laptopB).importFile(file, () -> { });
    }

    /** The coordinator's merged count of new cases in Q3, from one bundle of each laptop. */
    private long mergedNewCases() {
        QuarterRange range = QuarterRange.of(Q3);
        List<BundleImport> outcomes = bundles(coordinator).importBundles(List.of(
                new CountsBundles.BundleFile("a.bundle", bundles(laptopA).exportBundle(range, CountingRule.ALL_CASES)
                        .bytes()),
                new CountsBundles.BundleFile("b.bundle", bundles(laptopB).exportBundle(range, CountingRule.ALL_CASES)
                        .bytes())));
        assertThat(outcomes).allMatch(BundleImport::imported);
        List<ExactTable> merged = coordinator.transactions().write(tx -> new MergedCounts().count(tx,
                Catalogue.standard().tables(), CountingRule.ALL_CASES, Q3, new ArrayList<>()));
        return newCases(merged);
    }

    private static long newCases(List<ExactTable> tables) {
        ExactTable table = tables.stream().filter(t -> t.spec().id().equals("new_cases")).findFirst().orElseThrow();
        return Arrays.stream(table.counts()).max().orElseThrow();
    }

    private static long localNewCases(Casebook book) {
        return newCases(book.transactions().write(tx -> {
            new RecordKeys(new SecureRandom()).ensure(tx);
            return new TableCounter(CountingRule.ALL_CASES).count(tx, Catalogue.standard().tables(), Q3);
        }));
    }

    @Test
    void aSharedCaseIsCountedOnlyByTheCasebookThatSharedIt() {
        List<Long> cases = List.of(StatsCasebooks.addConsentingCase(laptopA, IN_Q3),
                StatsCasebooks.addConsentingCase(laptopA, IN_Q3));
        send(TransferKind.SHARE, cases);
        StatsCasebooks.addConsentingCase(laptopB, IN_Q3);
        assertThat(laptopB.counts().cases()).as("both laptops hold the shared cases").isEqualTo(3);
        assertThat(localNewCases(laptopA)).isEqualTo(2);
        assertThat(localNewCases(laptopB)).as("the shared copies are counted by their owner").isEqualTo(1);
        assertThat(mergedNewCases()).as("three real cases, counted once each").isEqualTo(3);
    }

    @Test
    void aMovedCaseIsCountedByTheCasebookItMovedTo() {
        long moved = StatsCasebooks.addConsentingCase(laptopA, IN_Q3);
        StatsCasebooks.addConsentingCase(laptopA, IN_Q3);
        send(TransferKind.MOVE, List.of(moved));
        assertThat(laptopA.counts().cases()).as("sent, awaiting its receipt: still held here").isEqualTo(2);
        assertThat(localNewCases(laptopA)).isEqualTo(1);
        assertThat(localNewCases(laptopB)).isEqualTo(1);
        assertThat(mergedNewCases()).isEqualTo(2);
    }
}
