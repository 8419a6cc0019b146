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
 * Invariant 2 for casebook.log, and the torn-tail rule: a changed byte anywhere, the final record included, is
 * damage (the casebook opens read-only with every record before it); only a final frame cut short is an
 * interrupted write, dropped quietly. A log cut anywhere after its header opens with every complete record.
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
    void everyLogByteFlipIsDamageNeverAnInterruptedWrite() {
        List<Integer> bounds = casebook.recordBounds();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < casebook.log.length; i++) {
            for (int mask : new int[] {0x01, 0xFF}) {
                SmallCasebook.Outcome outcome = openWithLog(SnapshotTamperTest.flipped(casebook.log, i, mask));
                boolean ok;
                if (i < LogHeader.BYTES) {
                    ok = outcome.refused(DamagedException.class, NAME);
                } else {
                    int record = recordHolding(bounds, i);
                    // Readable up to the changed record, read-only, and never called an interrupted write.
                    ok = outcome.error() == null && outcome.report().logDamage() != null
                            && outcome.report().readOnly() && !outcome.report().droppedUnconfirmedWrite()
                            && outcome.dump().equals(casebook.states.get(record));
                }
                if (!ok) {
                    failures.add("log byte " + i + " ^" + mask + ": " + outcome);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aChangedFinalRecordIsLeftInTheFileForRestoreOrHelp() throws Exception {
        int last = casebook.recordBounds().get(SmallCasebook.LOG_RECORDS - 1);
        byte[] changed = SnapshotTamperTest.flipped(casebook.log, last + LogFrame.PREFIX_BYTES + 20, 0x40);
        casebook.install(work, casebook.snapshot, changed);
        SmallCasebook.Outcome outcome = casebook.open(work);
        assertThat(outcome.report().logDamage()).contains("damaged or was changed").contains("byte " + last);
        assertThat(java.nio.file.Files.readAllBytes(work.resolve(NAME))).as("nothing cut off").isEqualTo(changed);
    }

    @Test
    void aFinalRecordWhoseEndTheDiskNeverReceivedIsATornWrite() {
        // The length reached the disk and the file system filled the rest with zeros.
        byte[] zeroed = casebook.log.clone();
        Arrays.fill(zeroed, zeroed.length - Aead.TAG_BYTES - 5, zeroed.length, (byte) 0);
        SmallCasebook.Outcome outcome = openWithLog(zeroed);
        assertThat(outcome.error()).isNull();
        assertThat(outcome.report().droppedUnconfirmedWrite()).isTrue();
        assertThat(outcome.report().logDamage()).isNull();
        assertThat(outcome.dump()).isEqualTo(casebook.states.get(SmallCasebook.LOG_RECORDS - 1));
    }

    private static int recordHolding(List<Integer> bounds, int offset) {
        int record = 0;
        while (bounds.get(record + 1) <= offset) {
            record++;
        }
        return record;
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
