package org.cairn.casebook.directoryfile;

import java.util.List;
import org.cairn.casebook.DirectoryDetails;

/** Either every entry of the file (no problems) or every problem found (no entries): never a partial import. */
public record DirectoryParseResult(List<DirectoryDetails> entries, List<LineProblem> problems) {
    public DirectoryParseResult {
        problems = List.copyOf(problems);
        entries = problems.isEmpty() ? List.copyOf(entries) : List.of();
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
