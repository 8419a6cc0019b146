package org.cairn.templates;

import java.util.List;

/** What an import did: either every file was stored, or nothing was and {@code problems} says why. */
public record ImportReport(List<LibraryTemplate> stored, List<FileProblem> problems) {
    public ImportReport {
        stored = List.copyOf(stored);
        problems = List.copyOf(problems);
        if (!stored.isEmpty() && !problems.isEmpty()) {
            throw new IllegalArgumentException("an import with problems stores nothing");
        }
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
