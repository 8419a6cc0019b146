package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;

/** Log record plaintext decoder: DamagedException or a record that re-encodes to the same statements. */
class TxRecordCodecFuzzTest {
    private static final AtomicInteger RUNS = new AtomicInteger();

    @FuzzTest(maxDuration = "60s")
    void decode(byte[] data) {
        RUNS.incrementAndGet();
        List<RecordedStatement> statements;
        try {
            statements = TxRecordCodec.decode(data, CasebookFiles.LOG, 0);
        } catch (DamagedException expected) {
            return;
        }
        List<RecordedStatement> again = TxRecordCodec.decode(TxRecordCodec.encode(statements), CasebookFiles.LOG, 0);
        assertThat(render(again)).isEqualTo(render(statements));
    }

    private static String render(List<RecordedStatement> statements) {
        return statements.stream().map(s -> s.sql() + s.params().stream()
                .map(p -> p instanceof byte[] b ? "x'" + HexFormat.of().formatHex(b) + "'" : String.valueOf(p)
                        + (p == null ? "" : ":" + p.getClass().getSimpleName()))
                .collect(Collectors.joining(",", "(", ")"))).collect(Collectors.joining(";"));
    }

    @AfterAll
    static void someInputsRan() {
        assertThat(RUNS.get()).as("seed inputs were executed").isGreaterThan(2);
    }
}
