package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCommandsTest {
    private static final String PASS = "river stones at dawn\n";

    @TempDir
    Path dir;

    private Path demo(String name) {
        Path casebook = dir.resolve(name);
        assertThat(CliHarness.run(PASS, "demo", "--casebook", casebook.toString(), "--cases", "3").exitCode())
                .isZero();
        return casebook;
    }

    @Test
    void listPrintsNameAndKindOfTheDemoDirectoryCoveringEveryKind() {
        Path casebook = demo("demo");
        CliHarness.Result list = CliHarness.run(PASS, "directory", "list", "--casebook", casebook.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines).allMatch(l -> l.matches("[^\t]+\t(client|third-sector|statutory|immigration-authority)"))
                .contains("Northbridge Women's Aid\tthird-sector", "East Vale Council Housing Options\tstatutory");
        assertThat(lines.stream().map(l -> l.split("\t")[1]).distinct())
                .containsExactlyInAnyOrder("client", "third-sector", "statutory", "immigration-authority");
    }

    @Test
    void exportThenImportIntoAnotherCasebookGivesTheSameDirectory() throws Exception {
        Path from = demo("from");
        Path file = dir.resolve("shared.txt");
        CliHarness.Result export = CliHarness.run(PASS, "directory", "export", "--casebook", from.toString(),
                file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(file)).startsWith("cairn-directory: 1\n");
        CliHarness.Result again = CliHarness.run(PASS, "directory", "export", "--casebook", from.toString(),
                file.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already exists");

        Path to = dir.resolve("to");
        assertThat(CliHarness.run(PASS, "create", "--casebook", to.toString()).exitCode()).isZero();
        CliHarness.Result imported = CliHarness.run(PASS, "directory", "import", "--casebook", to.toString(),
                file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported: 13 added, 0 updated");
        assertThat(CliHarness.run(PASS, "directory", "list", "--casebook", to.toString()).out())
                .isEqualTo(CliHarness.run(PASS, "directory", "list", "--casebook", from.toString()).out());
        Path back = dir.resolve("back.txt");
        CliHarness.run(PASS, "directory", "export", "--casebook", to.toString(), back.toString());
        assertThat(Files.readAllBytes(back)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aFileWithProblemsIsReportedLineByLineAndNothingIsStored() throws Exception {
        Path casebook = demo("demo");
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "cairn-directory: 1\n\nname: New Place\nkind: charity\n\nname: Other\n",
                StandardCharsets.UTF_8);
        CliHarness.Result result = CliHarness.run(PASS, "directory", "import", "--casebook", casebook.toString(),
                file.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.out().lines()).containsExactly(
                file + ":4: \"charity\" is not a kind of recipient; use one of client, third-sector, statutory, "
                        + "immigration-authority",
                file + ":6: this entry has no kind; add a line \"kind: …\" with one of client, third-sector, "
                        + "statutory, immigration-authority",
                "nothing was imported; correct the file and import it again");
        assertThat(CliHarness.run(PASS, "directory", "list", "--casebook", casebook.toString()).out())
                .doesNotContain("New Place");

        CliHarness.Result missing = CliHarness.run(PASS, "directory", "import", "--casebook", casebook.toString(),
                dir.resolve("nope.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("there is no file");
    }
}
