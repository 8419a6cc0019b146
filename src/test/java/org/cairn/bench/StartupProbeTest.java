package org.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupProbeTest {
    @Test
    void onlyTheScriptsRunLinesAreTaken() {
        Samples wall = new Samples();
        Samples cpu = new Samples();
        for (String line : List.of("run 1: 1840 ms to the window, 2210 ms of CPU",
                "run 2: 1500 ms to the window, 2000 ms of CPU",
                "wall to window: median 1670 ms [1500-1840] over 2 runs",
                "CPU by then:    median 2105 ms [2000-2210]",
                "load average (1, 5, 15 min): 0.10 0.20 0.30 before, 0.40 0.50 0.60 after, on 2 cores")) {
            StartupProbe.read(line, wall, cpu);
        }

        assertThat(wall.count()).isEqualTo(2);
        assertThat(wall.percentile(0)).isEqualTo(1500);
        assertThat(cpu.percentile(100)).isEqualTo(2210);
    }
}
