package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 2 for casebook.log, and the torn-tail rule: a changed byte is refused as damage, except inside the
 * final record, which may instead be dropped as an unconfirmed write (then the data is exactly the state before
 * it). A log cut anywhere after its header opens with every complete record.
 */
class LogTamperTest {
    private static final String NAME = CasebookFiles.LOG;

    @TempDir
    static Path root;
    private static SmallCasebook casebook;
    private static Path work;

    @BeforeAll
    static void build() throws Exception {
        casebook = SmallCasebook.build(root.resolve("original"));
        work = root.resolve("work");
        assertThat(casebook.recordBounds()).hasSize(SmallCasebook.LOG_RECORDS + 1);
    }

    @Test
    void everyLogByteFlipIsRefusedOrDropsOnlyTheFinalRecord() {
        List<Integer> bounds = casebook.recordBounds();
        int finalRecord = bounds.get(bounds.size() - 2);
        List<String> failures = new ArrayList<>();
        int dropped = 0;
        for (int i = 0; i < casebook.log.length; i++) {
            for (int mask : new int[] {0x01, 0xFF}) {
                SmallCasebook.Outcome outcome = openWithLog(SnapshotTamperTest.flipped(casebook.log, i, mask));
                boolean droppedFinal = i >= finalRecord && outcome.error() == null
                        && outcome.report().droppedUnconfirmedWrite()
                        && outcome.dump().equals(casebook.states.get(SmallCasebook.LOG_RECORDS - 1));
                dropped += droppedFinal ? 1 : 0;
                if (!droppedFinal && !outcome.refused(DamagedException.class, NAME)) {
                    failures.add("log byte " + i + " ^" + mask + ": " + outcome);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(dropped).as("flips in the final record's sealed box are treated as a torn write").isPositive();
    }

    @Test
    void everyTruncationKeepsEveryCompleteRecord() {
        List<Integer> bounds = casebook.recordBounds();
        List<String> failures = new ArrayList<>();
        for (int length = 0; length <= casebook.log.length; length++) {
            SmallCasebook.Outcome outcome = openWithLog(Arrays.copyOf(casebook.log, length));
            if (length < LogHeader.BYTES) {
                // The header is written to a temporary file and renamed in, so a short header is damage, not a crash.
                if (!outcome.refused(DamagedException.class, NAME)) {
                    failures.add("cut to " + length + ": " + outcome);
                }
                continue;
            }
            int complete = 0;
            while (complete < SmallCasebook.LOG_RECORDS && bounds.get(complete + 1) <= length) {
                complete++;
            }
            boolean torn = !bounds.contains(length);
            boolean ok = outcome.error() == null && outcome.dump().equals(casebook.states.get(complete))
                    && outcome.report().replayedTransactions() == complete
                    && outcome.report().droppedUnconfirmedWrite() == torn;
            if (!ok) {
                failures.add("cut to " + length + " (" + complete + " complete): " + outcome);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void zeroFilledTailAfterTheLastRecordIsATornWrite() {
        // Some file systems extend a file with zeros before the data of an interrupted write reaches the disk.
        byte[] withZeros = SnapshotFile.concat(casebook.log, new byte[37]);
        SmallCasebook.Outcome outcome = openWithLog(withZeros);
        assertThat(outcome.error()).isNull();
        assertThat(outcome.report().droppedUnconfirmedWrite()).isTrue();
        assertThat(outcome.dump()).isEqualTo(casebook.states.get(SmallCasebook.LOG_RECORDS));
    }

    private static SmallCasebook.Outcome openWithLog(byte[] log) {
        casebook.install(work, casebook.snapshot, log);
        return casebook.open(work);
    }
}
