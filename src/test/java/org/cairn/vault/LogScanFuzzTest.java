package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;

/**
 * casebook.log reader under a known key: on fully arbitrary bytes, on arbitrary bytes after a valid header, and
 * on genuinely sealed records that the fuzzer then cuts, flips or extends, where the torn-tail rule is checked:
 * the records read are always a prefix of those written, losing at most the last one, and only when flagged.
 */
class LogScanFuzzTest {
    static final MasterKey KEY = new MasterKey(filled(32, 0x42));
    static final LogHeader HEADER = new LogHeader(filled(SnapshotHeader.CASEBOOK_ID_BYTES, 0x17), 5, filled(32, 0x23));
    private static final Path FILE = FuzzFiles.scratch(CasebookFiles.LOG);
    private static final AtomicInteger RUNS = new AtomicInteger();

    @FuzzTest(maxDuration = "60s")
    void arbitraryFile(byte[] data) {
        RUNS.incrementAndGet();
        scan(data);
    }

    @FuzzTest(maxDuration = "60s")
    void arbitraryRecordsAfterValidHeader(byte[] tail) {
        RUNS.incrementAndGet();
        LogScan scan = scan(SnapshotFile.concat(HEADER.encode(KEY), tail));
        if (scan != null) {
            assertThat(scan.validEnd()).isBetween((long) LogHeader.BYTES, (long) LogHeader.BYTES + tail.length);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void sealedRecordsThenDamaged(FuzzedDataProvider input) {
        RUNS.incrementAndGet();
        List<byte[]> written = new ArrayList<>();
        int count = input.consumeInt(0, 5);
        for (int i = 0; i < count; i++) {
            written.add(input.consumeBytes(input.consumeInt(0, 200)));
        }
        byte[] file = SnapshotFile.concat(HEADER.encode(KEY), sealed(written));
        int cutTo = input.consumeInt(LogHeader.BYTES, file.length);
        boolean flip = input.consumeBoolean();
        int flipAt = input.consumeInt(0, file.length - 1);
        byte[] damaged = Arrays.copyOf(file, cutTo);
        if (flip && flipAt < damaged.length) {
            damaged[flipAt] ^= (byte) input.consumeInt(1, 255);
        }
        damaged = SnapshotFile.concat(damaged, input.consumeRemainingAsBytes());
        LogScan scan = scan(damaged);
        if (scan == null) {
            return;
        }
        List<byte[]> read = scan.records();
        assertThat(read.size()).isLessThanOrEqualTo(written.size());
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i)).as("record %d", i).isEqualTo(written.get(i));
        }
        if (read.size() < written.size() && scan.damage() == null) {
            assertThat(read.size()).as("only the final record may be lost").isGreaterThanOrEqualTo(
                    completeRecords(written, cutTo) - 1);
        }
        if (!scan.tornTail() && scan.damage() == null) {
            assertThat(scan.validEnd()).isEqualTo(damaged.length);
        }
    }

    private static int completeRecords(List<byte[]> written, int cutTo) {
        int at = LogHeader.BYTES;
        int complete = 0;
        for (byte[] record : written) {
            at += LogFrame.PREFIX_BYTES + Aead.OVERHEAD + record.length;
            if (at <= cutTo) {
                complete++;
            }
        }
        return complete;
    }

    private static LogScan scan(byte[] data) {
        try {
            return LogScan.read(FuzzFiles.write(FILE, data), KEY);
        } catch (VaultException e) {
            FuzzFiles.requireDocumented(e);
            return null;
        }
    }

    /** Records framed and sealed exactly as LogWriter writes them, under {@link #KEY} and {@link #HEADER}. */
    static byte[] sealed(List<byte[]> plaintexts) {
        Aead aead = new Aead(KEY.subkey(HEADER.logSalt(), MasterKey.LOG_LABEL), new SecureRandom());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < plaintexts.size(); i++) {
            byte[] box = aead.seal(plaintexts.get(i), HEADER.recordContext(i));
            out.writeBytes(LogFrame.prefix(box.length));
            out.writeBytes(box);
        }
        return out.toByteArray();
    }

    static byte[] filled(int count, int value) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @AfterAll
    static void someInputsRan() {
        assertThat(RUNS.get()).as("seed inputs were executed").isGreaterThan(3);
        assertThat(ByteBuffer.wrap(HEADER.encode(KEY)).capacity()).isEqualTo(LogHeader.BYTES);
    }
}
