package org.cairn.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchDocsTest {
    @Test
    void onlyTheGeneratedSectionIsReplaced() {
        String doc = "# Benchmarks\n\nby hand\n\n" + BenchDocs.BEGIN + "\nold table\n" + BenchDocs.END
                + "\n\n## Notes\nkept\n";

        String updated = BenchDocs.replaced(doc, "new table\n");

        assertThat(updated).isEqualTo("# Benchmarks\n\nby hand\n\n" + BenchDocs.BEGIN + "\nnew table\n"
                + BenchDocs.END + "\n\n## Notes\nkept\n");
    }

    @Test
    void aDocumentWithoutMarkersGetsTheSectionAtItsEnd() {
        String updated = BenchDocs.replaced("# Benchmarks\n\nby hand\n", "table");

        assertThat(updated).startsWith("# Benchmarks\n\nby hand\n\n" + BenchDocs.BEGIN).endsWith(BenchDocs.END + "\n");
    }
}
