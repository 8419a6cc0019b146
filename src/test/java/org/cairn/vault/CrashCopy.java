package org.cairn.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The casebook files exactly as they are on disk now, copied aside as a crash (kill -9) would leave them. */
final class CrashCopy {
    private CrashCopy() {
    }

    static Path of(Path casebook, Path parent) throws IOException {
        Path copy = Files.createTempDirectory(parent, "crash");
        for (String name : List.of(CasebookFiles.SNAPSHOT, CasebookFiles.LOG)) {
            if (Files.exists(casebook.resolve(name))) {
                Files.copy(casebook.resolve(name), copy.resolve(name));
            }
        }
        return copy;
    }

    static List<String> temporaryFiles(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }
}
