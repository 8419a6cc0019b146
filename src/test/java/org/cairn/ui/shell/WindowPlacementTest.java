package org.cairn.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.cairn.ui.shell.WindowPlacement.Box;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Box LAPTOP = new Box(0, 0, 1366, 740);
    private static final Box MONITOR = new Box(1366, 0, 2560, 1400);

    @Test
    void theFirstRunIsAComfortableSizeCentredNeverTheMinimum() {
        Box first = WindowPlacement.place(Optional.empty(), List.of(LAPTOP));
        assertThat(first.width()).isGreaterThan(WindowPlacement.MIN_WIDTH).isLessThanOrEqualTo(LAPTOP.width());
        assertThat(first.height()).isGreaterThan(WindowPlacement.MIN_HEIGHT).isLessThanOrEqualTo(LAPTOP.height());
        assertThat(first.x() + first.width() / 2).isEqualTo(LAPTOP.width() / 2);
        Box big = WindowPlacement.place(Optional.empty(), List.of(MONITOR));
        assertThat(big.width()).isEqualTo(WindowPlacement.PREFERRED_WIDTH);
        assertThat(big.x()).isGreaterThanOrEqualTo(MONITOR.x());
    }

    @Test
    void aRememberedPlaceOnAScreenIsKept() {
        Box saved = new Box(1500, 100, 1400, 900);
        assertThat(WindowPlacement.place(Optional.of(saved), List.of(LAPTOP, MONITOR))).isEqualTo(saved);
    }

    @Test
    void aPlaceOnAMonitorNoLongerThereComesBackOnTheMainScreen() {
        Box onGoneMonitor = new Box(1500, 100, 1400, 900);
        Box placed = WindowPlacement.place(Optional.of(onGoneMonitor), List.of(LAPTOP));
        assertOn(placed, LAPTOP);
    }

    @Test
    void damagedOrAbsurdSavedValuesGiveTheFirstRunPlace() {
        for (Box bad : new Box[] {new Box(Double.NaN, 0, 800, 600), new Box(0, 0, 10, 10),
                new Box(0, 0, Double.POSITIVE_INFINITY, 600), new Box(0, 0, 1e9, 1e9)}) {
            assertThat(WindowPlacement.place(Optional.of(bad), List.of(LAPTOP)))
                    .isEqualTo(WindowPlacement.firstRun(LAPTOP));
        }
    }

    @Test
    void whateverWasSavedTheWindowFitsOnAScreenWithItsTopEdgeReachable() {
        Random random = new Random(17);
        List<Box> screens = List.of(LAPTOP, MONITOR);
        for (int i = 0; i < 5_000; i++) {
            Box saved = new Box(random.nextGaussian() * 3000, random.nextGaussian() * 2000,
                    600 + random.nextDouble() * 4000, 450 + random.nextDouble() * 3000);
            Box placed = WindowPlacement.place(Optional.of(saved), screens);
            assertThat(screens).as("%s from %s", placed, saved).anySatisfy(screen -> assertOn(placed, screen));
        }
    }

    private static void assertOn(Box window, Box screen) {
        assertThat(window.x()).isGreaterThanOrEqualTo(screen.x());
        assertThat(window.y()).isGreaterThanOrEqualTo(screen.y());
        assertThat(window.x() + window.width()).isLessThanOrEqualTo(screen.x() + screen.width());
        assertThat(window.y() + window.height()).isLessThanOrEqualTo(screen.y() + screen.height());
    }
}
