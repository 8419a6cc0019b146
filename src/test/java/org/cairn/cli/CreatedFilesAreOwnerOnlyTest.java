package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of file and folder the commands create is owner-only: 0700 folders, 0600 files. */
class CreatedFilesAreOwnerOnlyTest {
    private static final String PASS = "river stones at dawn\n";

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
                "this file system has no POSIX permissions");
    }

    private static CliHarness.Result ok(String... args) {
        CliHarness.Result result = CliHarness.run(PASS, args);
        assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isZero();
        return result;
    }

    /** Everything from {@code top} down, which must all have been created by the command. */
    private static void assertOwnerOnly(Path top) throws IOException {
        try (Stream<Path> all = Files.walk(top)) {
            List<Path> paths = all.toList();
            assertThat(paths).isNotEmpty();
            for (Path path : paths) {
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void casebooksBackupsAndRestoreTargetsWithEveryFolderLevelTheyMade() throws IOException {
        Path top = dir.resolve("new-top");
        Path casebook = top.resolve("inner").resolve("cb");
        ok("demo", "--casebook", casebook.toString(), "--cases", "5");
        assertOwnerOnly(top);

        Path backups = Files.createDirectory(dir.resolve("backups"));
        ok("backup", "--casebook", casebook.toString(), "--to", backups.resolve("cb.backup").toString());
        assertOwnerOnly(backups.resolve("cb.backup"));

        Path restoredTop = dir.resolve("restored-top");
        ok("restore", "--from", backups.resolve("cb.backup").toString(), "--casebook",
                restoredTop.resolve("cb").toString());
        assertOwnerOnly(restoredTop);
    }

    @Test
    void countsBundlesKeysAndExports() throws IOException {
        Path casebook = dir.resolve("cb");
        ok("demo", "--casebook", casebook.toString(), "--cases", "40", "--batch", "40");
        String cb = casebook.toString();

        Path counts = dir.resolve("counts-top").resolve("counts");
        ok("stats", "--casebook", cb, "--from", "2026Q1", "--to", "2026Q2", "--rule", "all-cases", "--out",
                counts.toString());
        assertThat(counts.resolve("report.pdf")).exists();
        assertOwnerOnly(dir.resolve("counts-top"));

        Path key = dir.resolve("keys").resolve("coordinator.key");
        ok("stats-key", "export", "--casebook", cb, "--out", key.toString());
        assertOwnerOnly(dir.resolve("keys"));
        ok("stats-key", "import", "--casebook", cb, "--file", key.toString());
        Path bundle = dir.resolve("bundles").resolve("q1.bundle");
        ok("stats-bundle", "--casebook", cb, "--from", "2026Q1", "--out", bundle.toString());
        assertOwnerOnly(dir.resolve("bundles"));

        Path directory = dir.resolve("directory.txt");
        ok("directory", "export", "--casebook", cb, directory.toString());
        assertOwnerOnly(directory);

        Path template = dir.resolve("template.cairn-template");
        ok("template", "export", "--casebook", cb, "letter-info-mvdac", "1", "--to", template.toString());
        assertOwnerOnly(template);
    }

    @Test
    void letters() throws IOException {
        Path casebook = dir.resolve("cb");
        ok("demo", "--casebook", casebook.toString(), "--cases", "3");
        String reference = ok("search", "--casebook", casebook.toString()).out().lines().findFirst().orElseThrow()
                .split("\t")[0];
        Path letter = dir.resolve("letter.pdf");
        CliHarness.Result result = CliHarness.run(PASS, "letter", "--casebook", casebook.toString(), "--case",
                reference, "--template", "letter-info-mvdac", "--recipient", "client", "--consent-reason",
                "client asked in person", "--confirm-reason", "client asked in person", "--out", letter.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertOwnerOnly(letter);
    }
}
