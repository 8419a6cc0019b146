package org.cairn.casebook.directoryfile;

import java.util.List;
import java.util.Objects;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.DirectoryRepository;

/** Moves the directory between the casebook and a directory file, for both the app and the command line. */
public final class DirectoryTransfer {
    private final DirectoryRepository directory;
    private final DirectoryFileParser parser = new DirectoryFileParser();
    private final DirectoryFileWriter writer = new DirectoryFileWriter();

    public DirectoryTransfer(DirectoryRepository directory) {
        this.directory = Objects.requireNonNull(directory);
    }

    /** The entries in use (not archived), by name. */
    public byte[] export() {
        return writer.write(directory.list().stream().map(DirectoryEntry::details).toList());
    }

    /** Checks the whole file; stores it only when there is no problem at all. */
    public Outcome importFile(byte[] file) {
        DirectoryParseResult result = parser.parse(file);
        if (!result.ok()) {
            return new Outcome(result.problems(), new DirectoryRepository.ImportSummary(0, 0));
        }
        return new Outcome(List.of(), directory.importAll(result.entries()));
    }

    /** Either problems (nothing stored) or what the import changed. */
    public record Outcome(List<LineProblem> problems, DirectoryRepository.ImportSummary summary) {
        public boolean stored() {
            return problems.isEmpty();
        }
    }
}
