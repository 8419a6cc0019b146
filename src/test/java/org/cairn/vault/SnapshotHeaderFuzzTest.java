package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;

/**
 * casebook.cairn / backup header reader on arbitrary bytes. The second target repairs the plain SHA-256 so the
 * fuzzer gets past the checksum into the field and slot parsing, as someone editing the file could.
 */
class SnapshotHeaderFuzzTest {
    private static final Path FILE = FuzzFiles.scratch(CasebookFiles.SNAPSHOT);
    private static final AtomicInteger RUNS = new AtomicInteger();

    @FuzzTest(maxDuration = "60s")
    void readHeader(byte[] data) {
        RUNS.incrementAndGet();
        read(data);
    }

    @FuzzTest(maxDuration = "60s")
    void readHeaderWithRepairedChecksum(byte[] data) {
        RUNS.incrementAndGet();
        if (data.length >= 12) {
            int length = Short.toUnsignedInt(ByteBuffer.wrap(data, 10, 2).getShort());
            if (length >= SnapshotHeaderCodec.TRAILER_BYTES && length <= data.length) {
                int body = length - SnapshotHeaderCodec.TRAILER_BYTES;
                System.arraycopy(SnapshotHeaderCodec.sha256(data, body), 0, data, body, 32);
            }
        }
        read(data);
    }

    private static void read(byte[] data) {
        try {
            SnapshotHeader header = SnapshotFile.readHeader(FuzzFiles.write(FILE, data)).header();
            assertThat(header.slots()).isNotEmpty();
            assertThat(header.segmentSize()).isBetween(SnapshotHeader.MIN_SEGMENT_SIZE, SnapshotHeader.MAX_SEGMENT_SIZE);
            assertThat(header.casebookId()).hasSize(SnapshotHeader.CASEBOOK_ID_BYTES);
        } catch (VaultException e) {
            FuzzFiles.requireDocumented(e);
        }
    }

    @AfterAll
    static void someInputsRan() {
        assertThat(RUNS.get()).as("seed inputs were executed").isGreaterThan(2);
    }
}
