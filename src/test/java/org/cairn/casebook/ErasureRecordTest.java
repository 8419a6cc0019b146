package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The journal line names an erasure by identifiers only, reads back exactly, and refuses anything else whole. */
class ErasureRecordTest {
    @Test
    void generatedRecordsReadBackExactlyAndHoldOnlyIdentifiers() {
        Random random = new Random(41);
        for (int i = 0; i < 500; i++) {
            byte[] id = new byte[16];
            random.nextBytes(id);
            List<Long> cases = LongStream.range(0, random.nextInt(4)).map(n -> random.nextLong() & Long.MAX_VALUE)
                    .boxed().toList();
            ErasureRecord record = new ErasureRecord(HexFormat.of().formatHex(id),
                    random.nextBoolean() ? ErasureScope.CLIENT : ErasureScope.CASE, random.nextLong() & Long.MAX_VALUE,
                    random.nextLong() & Long.MAX_VALUE, cases, Instant.ofEpochMilli(random.nextLong() >>> 20));
            String line = record.encode();
            assertThat(line).matches("[0-9a-zA-Z ,]+");
            assertThat(ErasureRecord.decode(line)).isEqualTo(record);
        }
    }

    @Test
    void refusesDamagedOrForeignLines() {
        String good = "v1 " + "0f".repeat(16) + " CLIENT 12 1700000000000 3,4 1800000000000";
        assertThat(ErasureRecord.decode(good).caseIds()).containsExactly(3L, 4L);
        List<String> bad = List.of("", "v2" + good.substring(2), good.replace("CLIENT", "PERSON"),
                good.replace(" 12 ", " ١٢ "), good.replace(" 12 ", " 12\u200b "), good + " extra",
                good.replace("0f0f", "0F0F"), good.replace("3,4", "3,,4"), good.replace(" 12 ", " -12x "));
        for (String line : bad) {
            assertThatThrownBy(() -> ErasureRecord.decode(line)).as(line).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
