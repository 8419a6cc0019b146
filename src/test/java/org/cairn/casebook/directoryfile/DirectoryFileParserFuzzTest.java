package org.cairn.casebook.directoryfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;

/**
 * The parser never throws, every problem has a line inside the file and a message, a file with problems yields
 * no entries, and whatever parses cleanly writes back to text that parses to the same entries and bytes.
 */
class DirectoryFileParserFuzzTest {
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final DirectoryFileParser parser = new DirectoryFileParser();
    private final DirectoryFileWriter writer = new DirectoryFileWriter();

    @FuzzTest(maxDuration = "60s")
    void arbitraryFile(byte[] data) {
        RUNS.incrementAndGet();
        check(data);
    }

    /** A valid first line takes the fuzzer straight to the entries. */
    @FuzzTest(maxDuration = "60s")
    void fuzzedEntries(FuzzedDataProvider data) {
        RUNS.incrementAndGet();
        check(("cairn-directory: 1\n\n" + data.consumeRemainingAsString()).getBytes(StandardCharsets.UTF_8));
    }

    private void check(byte[] file) {
        DirectoryParseResult result = parser.parse(file);
        long lines = 1;
        for (byte b : file) {
            lines += b == '\n' ? 1 : 0;
        }
        for (LineProblem problem : result.problems()) {
            assertThat(problem.line()).isBetween(1, (int) lines);
            assertThat(problem.message()).isNotBlank();
        }
        assertThat(result.problems().size()).isLessThanOrEqualTo(DirectoryFileFormat.MAX_PROBLEMS + 1);
        if (!result.ok()) {
            assertThat(result.entries()).isEmpty();
            return;
        }
        byte[] written = writer.write(result.entries());
        DirectoryParseResult again = parser.parse(written);
        assertThat(again.problems()).isEmpty();
        assertThat(again.entries()).isEqualTo(result.entries());
        assertThat(writer.write(again.entries())).isEqualTo(written);
    }

    @AfterAll
    static void someInputsRan() {
        assertThat(RUNS.get()).as("seed inputs were executed").isGreaterThan(2);
    }
}
