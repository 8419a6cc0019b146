package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The interval audit: no hidden count can be narrowed by the bounds that published values and marks imply. */
class IntervalAuditTest {
    private static final DisclosureSettings MINIMUM = new DisclosureSettings(DisclosureSettings.MIN_THRESHOLD,
            DisclosureSettings.MIN_ROUNDING_BASE);
    private static final Catalogue CATALOGUE = Catalogue.standard();

    @Test
    void withOneMarkATotalOf55AndANoOf35LeaveBothHiddenCellsFreeFrom0To9() {
        // yes [c], no 35, unknown [c], total 55 at base 5: yes + unknown lies in 51..59 - 31..39 = 12..28. With a
        // separate "<10" mark both cells were held in 3..9; with one mark either can be 0 and either can be 9.
        List<Line> lines = List.of(new Line(3, List.of(0, 1, 2)));
        List<PublishedCell> published = List.of(PublishedCell.suppressed(CellStatus.SMALL),
                new PublishedCell(CellStatus.PUBLISHED, 35), PublishedCell.suppressed(CellStatus.SMALL),
                new PublishedCell(CellStatus.PUBLISHED, 55));
        long[] truth = {8, 36, 9, 53};
        PublishedRanges ranges = new PublishedRanges(DisclosureSettings.defaults());
        assertThat(new IntervalAudit().failing(lines, List.of(), published, truth, 10, ranges)).isEmpty();
    }

    @Test
    void noiseThatLiftsAMemberAndLowersItsTotalPinsTheHiddenCellsAndOneMoreHiddenCellFreesThem() {
        // Base 3, T 5: "no" 36 + 2 = 38 is shown as 39, the total 39 - 2 = 37 as 36. An attacker gets
        // yes + unknown <= (36 + 3) - (39 - 3) = 3, so neither hidden cell can be 4: both are pinned below T-1.
        List<Line> lines = List.of(new Line(3, List.of(0, 1, 2)));
        List<PublishedCell> published = List.of(PublishedCell.suppressed(CellStatus.SMALL),
                new PublishedCell(CellStatus.PUBLISHED, 39), PublishedCell.suppressed(CellStatus.SMALL),
                new PublishedCell(CellStatus.PUBLISHED, 36));
        long[] truth = {1, 36, 2, 39};
        PublishedRanges ranges = new PublishedRanges(MINIMUM);
        assertThat(new IntervalAudit().failing(lines, List.of(), published, truth, 5, ranges)).containsExactly(0, 2);

        boolean[] small = {true, false, true, false};
        boolean[] hidden = small.clone();
        assertThat(new SecondarySuppression(new LinearAudit()).hideMore(List.of(0), lines, truth, hidden)).isTrue();
        assertThat(hidden).containsExactly(true, true, true, false);
        List<PublishedCell> protectedToo = new ArrayList<>(published);
        protectedToo.set(1, PublishedCell.suppressed(CellStatus.PROTECTING));
        assertThat(new IntervalAudit().failing(lines, List.of(), protectedToo, truth, 5, ranges)).isEmpty();
    }

    @Test
    void randomQuartersKeepEveryHiddenCellsRangeAndTheWeakenedAuditDoesNot() {
        Random random = new Random(26);
        int weakenedFailures = 0;
        for (int trial = 0; trial < 40; trial++) {
            DisclosureSettings settings = trial % 2 == 0 ? DisclosureSettings.defaults() : MINIMUM;
            List<ExactTable> tables = randomQuarter(random, 15 + random.nextInt(120));
            var full = protector(settings, new IntervalAudit()).protect(tables);
            assertThat(IndependentIntervals.violations(tables, full, settings)).as("trial %d", trial).isEmpty();
            var weakened = protector(settings, null).protect(tables);
            weakenedFailures += IndependentIntervals.violations(tables, weakened, settings).isEmpty() ? 0 : 1;
        }
        assertThat(weakenedFailures).as("without the interval audit, some quarters pin a hidden cell").isPositive();
    }

    @Test
    void onGeneratedTablesWithCellsHiddenAtRandomTheAuditFlagsExactlyTheCellsAnIndependentAttackerPins() {
        Random random = new Random(34);
        TableSpec feared = CATALOGUE.table(EvidenceGap.FEARED_REPORTING.tableId());
        int flagged = 0;
        for (int trial = 0; trial < 30; trial++) {
            DisclosureSettings settings = trial % 2 == 0 ? DisclosureSettings.defaults() : MINIMUM;
            ExactTable table = randomQuarter(random, 20 + random.nextInt(150)).get(3);
            CellProtection protection = new CellProtection(settings, new PerturbationTable());
            List<PublishedCell> cells = new ArrayList<>();
            for (int p = 0; p < table.counts().length; p++) {
                PublishedCell cell = protection.publish(table.counts()[p], table.keySums()[p]);
                // Hidden without secondary suppression, so that some hidden cells are pinned and some are not.
                boolean extra = !cell.isSuppressed() && random.nextInt(4) == 0;
                cells.add(extra ? PublishedCell.suppressed(CellStatus.PROTECTING) : cell);
            }
            List<Integer> failing = new IntervalAudit().failing(table.layout().lines(), List.of(), cells,
                    table.counts(), settings.threshold(), new PublishedRanges(settings));
            List<String> production = failing.stream()
                    .map(p -> QuarterProtector.signature(feared, table.layout(), p)).sorted().toList();
            List<String> independent = IndependentIntervals.violations(List.of(table), java.util.Map.of(feared, cells),
                    settings).stream().map(v -> v.substring(0, v.indexOf(' '))).sorted().toList();
            assertThat(production).as("trial %d", trial).isEqualTo(independent);
            flagged += failing.size();
        }
        assertThat(flagged).as("some generated tables pin a hidden cell").isPositive();
    }

    private static QuarterProtector protector(DisclosureSettings settings, IntervalAudit audit) {
        return new QuarterProtector(new CellProtection(settings, new PerturbationTable()),
                new SecondarySuppression(new LinearAudit()), audit);
    }

    /** Open cases, by immigration category, by NRPF, and feared reporting by immigration category, from made-up cases. */
    private static List<ExactTable> randomQuarter(Random random, int cases) {
        TableSpec open = CATALOGUE.table("open_cases");
        TableSpec immigration = CATALOGUE.table("cases_by_immigration_category");
        TableSpec nrpf = CATALOGUE.table("cases_by_nrpf");
        TableSpec feared = CATALOGUE.table(EvidenceGap.FEARED_REPORTING.tableId());
        int categories = immigration.rows().values().size();
        int answers = feared.rows().values().size();
        // Skewed, so that small cells, zeros and large cells all occur.
        double[] weight = new double[categories];
        for (int j = 0; j < categories; j++) {
            weight[j] = Math.pow(random.nextDouble(), 3);
        }
        List<ExactTable> tables = new ArrayList<>();
        long[][] cells = new long[answers][categories];
        long[][] keys = new long[answers][categories];
        long[] nrpfCounts = new long[nrpf.rows().values().size()];
        long[] nrpfKeys = new long[nrpfCounts.length];
        for (int c = 0; c < cases; c++) {
            int j = pick(random, weight);
            int answer = random.nextInt(10) < 6 ? 2 : random.nextInt(answers);
            int key = random.nextInt(256);
            cells[answer][j]++;
            keys[answer][j] += key;
            int n = random.nextInt(10) < 7 ? 1 : random.nextInt(nrpfCounts.length);
            nrpfCounts[n]++;
            nrpfKeys[n] += key;
        }
        long[] byCategory = new long[categories];
        long[] byCategoryKeys = new long[categories];
        long[] byAnswer = new long[answers];
        long[] byAnswerKeys = new long[answers];
        long keyTotal = 0;
        for (int i = 0; i < answers; i++) {
            for (int j = 0; j < categories; j++) {
                byCategory[j] += cells[i][j];
                byCategoryKeys[j] += keys[i][j];
                byAnswer[i] += cells[i][j];
                byAnswerKeys[i] += keys[i][j];
                keyTotal += keys[i][j];
            }
        }
        long[] twoWay = new long[answers * categories + answers + categories + 1];
        long[] twoWayKeys = new long[twoWay.length];
        for (int i = 0; i < answers; i++) {
            for (int j = 0; j < categories; j++) {
                twoWay[i * categories + j] = cells[i][j];
                twoWayKeys[i * categories + j] = keys[i][j];
            }
            twoWay[answers * categories + i] = byAnswer[i];
            twoWayKeys[answers * categories + i] = byAnswerKeys[i];
        }
        System.arraycopy(byCategory, 0, twoWay, answers * categories + answers, categories);
        System.arraycopy(byCategoryKeys, 0, twoWayKeys, answers * categories + answers, categories);
        twoWay[twoWay.length - 1] = cases;
        twoWayKeys[twoWay.length - 1] = keyTotal;
        tables.add(table(open, new long[] {cases}, new long[] {keyTotal}));
        tables.add(table(immigration, append(byCategory, cases), append(byCategoryKeys, keyTotal)));
        tables.add(table(nrpf, append(nrpfCounts, cases), append(nrpfKeys, keyTotal)));
        tables.add(table(feared, twoWay, twoWayKeys));
        return tables;
    }

    private static ExactTable table(TableSpec spec, long[] counts, long[] keys) {
        long[] mod = keys.clone();
        for (int i = 0; i < mod.length; i++) {
            mod[i] = Math.floorMod(mod[i], 256);
        }
        return new ExactTable(spec, Quarter.parse("2026Q1"), spec.layout(), counts, mod);
    }

    private static long[] append(long[] values, long last) {
        long[] out = java.util.Arrays.copyOf(values, values.length + 1);
        out[values.length] = last;
        return out;
    }

    private static int pick(Random random, double[] weight) {
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        double r = random.nextDouble() * sum;
        for (int i = 0; i < weight.length; i++) {
            r -= weight[i];
            if (r <= 0) {
                return i;
            }
        }
        return weight.length - 1;
    }

}
