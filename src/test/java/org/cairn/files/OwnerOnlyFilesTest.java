package org.cairn.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.cairn.app.SettingsFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
                "this file system has no POSIX permissions");
    }

    @Test
    void aFileSavedOverAnOpenOneIsNarrowedToTheOwner() throws IOException {
        // A letter or recovery-key PDF saved over a file another program made readable to all.
        Path existing = Files.writeString(dir.resolve("letter.pdf"), "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));
        OwnerOnlyFiles.write(existing, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(existing)).containsExactly(1, 2, 3);
        assertThat(mode(existing)).isEqualTo("rw-------");
    }

    @Test
    void writeNewNeverReplaces() throws IOException {
        Path existing = Files.writeString(dir.resolve("bundle"), "keep");
        assertThatThrownBy(() -> OwnerOnlyFiles.writeNew(existing, new byte[] {1}))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(existing)).isEqualTo("keep");
    }

    @Test
    void onlyTheLevelsItCreatesAreNarrowed() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        OwnerOnlyFiles.createDirectories(shared.resolve("a").resolve("b"));
        assertThat(mode(shared)).isEqualTo("rwxr-xr-x");
        assertThat(mode(shared.resolve("a"))).isEqualTo("rwx------");
        assertThat(mode(shared.resolve("a").resolve("b"))).isEqualTo("rwx------");
    }

    @Test
    void theDataFolderAndSettingsFileAreOwnerOnly() throws IOException {
        Path data = dir.resolve("home").resolve("cairn");
        new SettingsFile(data).remember(dir.resolve("somewhere"));
        assertThat(mode(dir.resolve("home"))).isEqualTo("rwx------");
        assertThat(mode(data)).isEqualTo("rwx------");
        try (var files = Files.list(data)) {
            files.forEach(file -> assertThat(modeOf(file)).as(file.toString()).isEqualTo("rw-------"));
        }
    }

    private static String modeOf(Path path) {
        try {
            return mode(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
