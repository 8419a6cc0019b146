package org.cairn.ui.transfer.moves;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The backups the import screen takes before each import, found beside the casebook folder by their names
 * ({@code FOLDER-before-transfer-TIME.backup}), newest first. Only names are read, never their content.
 */
final class TransferBackups {
    private TransferBackups() {
    }

    static List<Path> beside(Path casebookFolder) {
        Path folder = casebookFolder.toAbsolutePath().normalize();
        Path parent = folder.getParent();
        if (parent == null || folder.getFileName() == null) {
            return List.of();
        }
        String prefix = folder.getFileName() + "-before-transfer-";
        try (Stream<Path> files = Files.list(parent)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(".backup");
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
