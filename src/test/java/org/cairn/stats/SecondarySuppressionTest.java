package org.cairn.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecondarySuppressionTest {
    private static final int T = 10;
    private final SecondarySuppression suppression = new SecondarySuppression(new LinearAudit());

    private static Dimension dimension(String code, int categories) {
        return new Dimension(code, "x", null, IntStream.range(0, categories).mapToObj(i -> "C" + i).toList());
    }

    private static boolean[] small(long[] counts) {
        boolean[] small = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            small[i] = counts[i] < T;
        }
        return small;
    }

    @Test
    void whenEveryLineAroundAFailingCellIsHiddenTheSmallestVisibleCellOfAnotherLineThatHidesSomethingGoes() {
        // 3 = 0 + 1 + 2 is hidden whole; 7 = 4 + 5 + 6 hides 4 and shows 5 (12) and 6 (30); 11 = 8 + 9 + 10 hides
        // nothing.
        List<Line> lines = List.of(new Line(3, List.of(0, 1, 2)), new Line(7, List.of(4, 5, 6)),
                new Line(11, List.of(8, 9, 10)));
        long[] counts = {2, 3, 4, 9, 1, 12, 30, 43, 11, 11, 11, 33};
        boolean[] hidden = new boolean[counts.length];
        for (int p : new int[] {0, 1, 2, 3, 4}) {
            hidden[p] = true;
        }
        assertThat(suppression.hideMore(List.of(0), lines, counts, hidden)).isTrue();
        assertThat(IntStream.range(0, counts.length).filter(p -> hidden[p])).containsExactly(0, 1, 2, 3, 4, 5);
        hidden[6] = true;
        hidden[7] = true;
        assertThat(suppression.hideMore(List.of(0), lines, counts, hidden)).as("nothing left that bounds a hidden cell")
                .isFalse();
    }

    @Test
    void aLoneSmallCellInARowTakesTheNextSmallestWithIt() {
        Layout layout = Layout.oneWay(dimension("d", 4));
        long[] counts = {3, 40, 25, 60, 128};
        boolean[] hidden = suppression.protect(layout.lines(), counts, small(counts));
        assertThat(hidden).containsExactly(true, false, true, false, false);
    }

    @Test
    void aSmallTotalWithEveryCellSmallNeedsNothingMore() {
        Layout layout = Layout.oneWay(dimension("d", 3));
        long[] counts = {1, 0, 2, 3};
        assertThat(suppression.protect(layout.lines(), counts, small(counts))).containsOnly(true);
    }

    @Test
    void twoBlocksJoinedByOneHiddenCellAreCaughtByTheAuditThatTheLineRuleMisses() {
        // 4x4 table: hidden 2x2 blocks top-left and bottom-right, joined by cell (1,2). Every line has two or more
        // hidden cells, yet (1,2) = (rows 0+1) - (columns 0+1): it is a bridge between the blocks.
        Layout layout = Layout.twoWay(dimension("r", 4), dimension("c", 4));
        boolean[] hidden = new boolean[layout.size()];
        for (int cell : new int[] {0, 1, 4, 5, 6, 10, 11, 14, 15}) {
            hidden[cell] = true;
        }
        assertThat(MarginAttack.recovered(layout.lines(), hidden)).isEmpty();
        assertThat(new LinearAudit().determined(layout.lines(), hidden)).containsExactly(6);

        long[] counts = new long[layout.size()];
        for (int cell = 0; cell < 16; cell++) {
            counts[cell] = hidden[cell] ? 2 : 50;
        }
        fillMargins(layout, counts);
        boolean[] protectedCells = suppression.protect(layout.lines(), counts, hidden);
        assertThat(new LinearAudit().determined(layout.lines(), protectedCells)).isEmpty();
        assertThat(MarginAttack.recovered(layout.lines(), protectedCells)).isEmpty();
    }

    static List<Long> seeds() {
        return LongStream.rangeClosed(1, 400).boxed().toList();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomTablesLeaveNoHiddenCellRecoverable(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean oneWay = random.nextInt(4) == 0;
        Layout layout = oneWay ? Layout.oneWay(dimension("d", random.nextInt(2, 12)))
                : Layout.twoWay(dimension("r", random.nextInt(2, 7)), dimension("c", random.nextInt(2, 11)));
        int cells = oneWay ? layout.rowCount() : layout.rowCount() * layout.columnCount();
        long[] counts = new long[layout.size()];
        int smallShare = random.nextInt(5, 80);
        for (int cell = 0; cell < cells; cell++) {
            counts[cell] = random.nextInt(100) < smallShare ? random.nextInt(0, T) : random.nextInt(T, 300);
        }
        fillMargins(layout, counts);
        boolean[] primary = small(counts);
        boolean[] hidden = suppression.protect(layout.lines(), counts, primary);
        for (int p = 0; p < hidden.length; p++) {
            if (primary[p]) {
                assertThat(hidden[p]).as("primary %d stays hidden", p).isTrue();
            }
        }
        assertThat(MarginAttack.recovered(layout.lines(), hidden)).as("seed %d", seed).isEmpty();
        assertThat(new LinearAudit().determined(layout.lines(), hidden)).as("seed %d", seed).isEmpty();
    }

    private static void fillMargins(Layout layout, long[] counts) {
        for (Line line : layout.lines()) {
            if (line.total() != layout.grandTotal() || layout.columnCount() == 0) {
                counts[line.total()] = line.members().stream().mapToLong(m -> counts[m]).sum();
            }
        }
        if (layout.columnCount() > 0) {
            long total = 0;
            for (int cell = 0; cell < layout.rowCount() * layout.columnCount(); cell++) {
                total += counts[cell];
            }
            counts[layout.grandTotal()] = total;
        }
    }
}
