package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;
import javax.crypto.Mac;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.EvidenceGaps;
import org.cairn.casebook.YesNoUnknown;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attacker holds two publications of one quarter, one made before and one after a late edit to one woman's case
 * (her answer to "feared reporting" flipped). Whatever moved between the two must not single out her cells.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RevisionDifferencingAttackTest {
    private static final int SEEDS = 6;
    Casebook book;
    StatsPublisher publisher;

    @BeforeAll
    void create(@TempDir Path dir) {
        book = StatsCasebooks.demo(dir, 700, 15);
        publisher = StatsCasebooks.publisher(book);
        // The casebook's stats secret fixes every record key; made from a seed, every run sees the same noise
        // whichever test touches the counts first.
        book.transactions().write(tx -> new RecordKeys(seededKeys()).ensure(tx));
    }

    @AfterAll
    void close() {
        StatsCasebooks.close(book);
    }

    @Test
    @Order(2)
    void oneLateChangeCannotBePublishedAsARevisionUnderEitherRuleAndNothingIsWritten() {
        for (CountingRule rule : CountingRule.values()) {
            Quarter q = rule == CountingRule.CONSENTED ? Quarter.parse("2022Q1") : Quarter.parse("2022Q2");
            PublicationRequest plain = new PublicationRequest(QuarterRange.of(q), DisclosureSettings.defaults(), rule,
                    null);
            String first = TidyCsv.render(publisher.publish(plain).tables());
            flipOneCaseIn(q, rule);
            PublicationRequest revise = new PublicationRequest(QuarterRange.of(q), DisclosureSettings.defaults(),
                    rule, "one answer corrected");
            assertThatThrownBy(() -> publisher.preview(revise)).isInstanceOf(RevisionRefusedException.class);
            assertThatThrownBy(() -> publisher.publish(revise)).isInstanceOf(RevisionRefusedException.class)
                    .hasMessageContaining(q + " cannot be revised yet").hasMessageContaining("fewer than the "
                            + "threshold of 10").hasMessageContaining("Nothing was written");
            assertThat(TidyCsv.render(publisher.publish(plain).tables())).isEqualTo(first);
            for (int i = 0; i < 10; i++) {
                StatsCasebooks.addConsentingCase(book, q.firstDay().plusDays(i));
            }
            Publication revised = publisher.publish(revise);
            assertThat(revised.tables()).allMatch(t -> t.revision() == 1);
            assertThat(revised.warnings()).singleElement().asString().contains("perturbed afresh");
        }
    }

    @Test
    @Order(1)
    void comparingTwoPublicationsDoesNotSingleOutTheChangedCasesCells() {
        Tally fresh = new Tally();
        Tally sameNoise = new Tally();
        Random seeds = new Random(2026);
        List<Quarter> quarters = new QuarterRange(Quarter.parse("2023Q1"), Quarter.parse("2025Q4")).quarters();
        for (Quarter q : quarters) {
            for (CountingRule rule : CountingRule.values()) {
                List<ExactTable> before = count(q, rule);
                List<ExactTable> hers = before;
                for (int tries = 0; tries < 40 && changedOnlyBy(before, hers, hers).isEmpty(); tries++) {
                    flipOneCaseIn(q, rule);
                    hers = count(q, rule);
                }
                for (int i = 0; i < 10; i++) {
                    StatsCasebooks.addConsentingCase(book, q.firstDay().plusDays(3 + i));
                }
                List<ExactTable> after = count(q, rule);
                List<int[]> herCells = changedOnlyBy(before, hers, after);
                assertThat(herCells).as("her change shows in %s %s", q, rule).isNotEmpty();
                assertThat(RevisionGate.changedCasesAtLeast(byId(before), after)).isGreaterThanOrEqualTo(10);
                var first = protect(before, s -> 0);
                for (int seed = 0; seed < SEEDS; seed++) {
                    fresh.add(first, protect(after, offsets(seeds.nextLong())), before, after, herCells);
                }
                sameNoise.add(first, protect(after, s -> 0), before, after, herCells);
            }
        }
        // The old method: only cells whose cases changed can move, so what moved points straight at her.
        assertThat(sameNoise.untouchedMoved).isZero();
        assertThat(sameNoise.herMoved).isPositive();
        // Fresh noise: unchanged cells move as often, give or take, so a moved cell says little about her. By chance
        // a single trial can leave every unchanged cell in place (more hidden cells leave fewer to move); what
        // must hold is that this is rare, so the pattern does not point at her.
        assertThat(fresh.trials).isEqualTo((long) quarters.size() * CountingRule.values().length * SEEDS);
        assertThat(fresh.trialsWhereOnlyChangedCellsMoved).isLessThanOrEqualTo(fresh.trials / 100);
        assertThat(fresh.untouchedRate()).isGreaterThan(0.15);
        assertThat(fresh.herRate()).isLessThan(3 * fresh.untouchedRate());
    }

    private void flipOneCaseIn(Quarter q, CountingRule rule) {
        for (long id : StatsCasebooks.caseIds(book)) {
            CaseFile file = book.cases().find(id).orElseThrow();
            CaseDetails d = file.details();
            YesNoUnknown feared = d.evidenceGaps().fearedReportingBecauseOfDataSharing();
            boolean open = !d.openedOn().isAfter(q.lastDay())
                    && (d.closedOn() == null || !d.closedOn().isBefore(q.firstDay()));
            if (open && feared != YesNoUnknown.UNKNOWN && !flipped.contains(id)) {
                flipped.add(id);
                EvidenceGaps g = d.evidenceGaps();
                YesNoUnknown other = feared == YesNoUnknown.YES ? YesNoUnknown.NO : YesNoUnknown.YES;
                book.cases().update(id, new CaseDetails(d.openedOn(), d.closedOn(), d.status(), d.advocate(),
                        d.abuseTypes(), d.risk(), d.riskAssessedOn(), d.immigration(), d.nrpf(),
                        new EvidenceGaps(other, g.reportedToPolice(), g.policeSharedWithImmigration(),
                                g.thirdPartyReportingUsed(), g.gpRegistrationRefused(),
                                g.nhsChargedForExemptTreatment())));
                return;
            }
        }
        throw new AssertionError("no case to edit in " + q + " " + rule);
    }

    private final List<Long> flipped = new ArrayList<>();

    private List<ExactTable> count(Quarter q, CountingRule rule) {
        // Record keys drawn from a seeded generator, so every run of this test sees the same noise.
        return book.transactions().write(tx -> new LocalCounts(seededKeys()).count(tx,
                Catalogue.standard().tables(), rule, q, new ArrayList<>()));
    }

    private SecureRandom seededKeys() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(keySeed++);
            return random;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long keySeed = 11;

    private static Map<TableSpec, List<PublishedCell>> protect(List<ExactTable> tables, ToIntFunction<String> keys) {
        return new QuarterProtector(new CellProtection(DisclosureSettings.defaults(), new PerturbationTable()),
                new SecondarySuppression(new LinearAudit())).protect(tables, keys);
    }

    /** Stands in for another casebook secret, as {@link RevisionNoise} would draw from it. */
    private static ToIntFunction<String> offsets(long seed) {
        byte[] secret = new byte[32];
        new Random(seed).nextBytes(secret);
        Mac mac = RecordKeys.mac(secret);
        return s -> mac.doFinal(s.getBytes(StandardCharsets.UTF_8))[0] & 0xFF;
    }

    private static Map<String, long[]> byId(List<ExactTable> tables) {
        return tables.stream().collect(java.util.stream.Collectors.toMap(t -> t.spec().id(), ExactTable::counts));
    }

    /** Positions {table, position} that her change moved and the other late changes did not. */
    private static List<int[]> changedOnlyBy(List<ExactTable> before, List<ExactTable> hers, List<ExactTable> after) {
        List<int[]> cells = new ArrayList<>();
        for (int t = 0; t < before.size(); t++) {
            for (int p = 0; p < before.get(t).counts().length; p++) {
                if (before.get(t).counts()[p] != hers.get(t).counts()[p]
                        && hers.get(t).counts()[p] == after.get(t).counts()[p]) {
                    cells.add(new int[] {t, p});
                }
            }
        }
        return cells;
    }

    /** How often a cell published in both versions shows a different number. */
    private static final class Tally {
        long herMoved;
        long herSeen;
        long untouchedMoved;
        long untouchedSeen;
        long trialsWhereOnlyChangedCellsMoved;
        long trials;

        void add(Map<TableSpec, List<PublishedCell>> first, Map<TableSpec, List<PublishedCell>> second,
                List<ExactTable> before, List<ExactTable> after, List<int[]> herCells) {
            long movedUntouched = 0;
            for (int t = 0; t < before.size(); t++) {
                ExactTable b = before.get(t);
                ExactTable a = after.get(t);
                for (int p = 0; p < b.counts().length; p++) {
                    PublishedCell x = first.get(b.spec()).get(p);
                    PublishedCell y = second.get(a.spec()).get(p);
                    if (x.isSuppressed() || y.isSuppressed()) {
                        continue;
                    }
                    boolean moved = x.value() != y.value();
                    int tt = t;
                    int pp = p;
                    if (herCells.stream().anyMatch(c -> Arrays.equals(c, new int[] {tt, pp}))) {
                        herSeen++;
                        herMoved += moved ? 1 : 0;
                    } else if (b.counts()[p] == a.counts()[p] && b.keySums()[p] == a.keySums()[p]) {
                        untouchedSeen++;
                        movedUntouched += moved ? 1 : 0;
                    }
                }
            }
            untouchedMoved += movedUntouched;
            trials++;
            trialsWhereOnlyChangedCellsMoved += movedUntouched == 0 ? 1 : 0;
        }

        double herRate() {
            return herSeen == 0 ? 0 : (double) herMoved / herSeen;
        }

        double untouchedRate() {
            return untouchedSeen == 0 ? 0 : (double) untouchedMoved / untouchedSeen;
        }
    }
}
