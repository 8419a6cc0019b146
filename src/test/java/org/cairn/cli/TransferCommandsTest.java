package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pair and transfer between two laptops, as people would run them. */
class TransferCommandsTest {
    private static final String PASS = "river stones at dawn\n";

    @TempDir
    Path dir;

    private Path demo(String name, int cases) {
        Path casebook = dir.resolve(name);
        assertThat(CliHarness.run(PASS, "demo", "--casebook", casebook.toString(), "--cases", Integer.toString(cases),
                "--batch", "100").exitCode()).isZero();
        return casebook;
    }

    private static CliHarness.Result run(String... args) {
        return CliHarness.run(PASS, args);
    }

    private void pair(Path casebook, String name, Path other) {
        Path card = dir.resolve(other.getFileName() + ".card");
        if (!Files.exists(card)) {
            CliHarness.Result shown = run("pair", "show", "--casebook", other.toString(), "--out", card.toString());
            assertThat(shown.exitCode()).as(shown.err()).isZero();
        }
        String fingerprint = run("pair", "show", "--casebook", other.toString(), "--out",
                dir.resolve(other.getFileName() + "-" + name + ".again").toString()).out()
                .replaceFirst("(?s).*fingerprint: ([0-9a-f-]{39}).*", "$1");
        CliHarness.Result added = run("pair", "add", "--casebook", casebook.toString(), "--name", name, "--from",
                card.toString());
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).as("the same fingerprint on both sides").contains("fingerprint: " + fingerprint);
    }

    @Test
    void aCaseMovesFromOneLaptopToAnotherAndCannotBeImportedTwice() throws Exception {
        Path outreach = demo("outreach", 4);
        Path centre = demo("centre", 2);
        pair(outreach, "Centre laptop", centre);
        pair(centre, "Outreach laptop", outreach);
        assertThat(run("pair", "list", "--casebook", outreach.toString()).out()).startsWith("Centre laptop\t");

        String reference = run("search", "--casebook", outreach.toString()).out().lines().findFirst().orElseThrow()
                .split("\t")[0];
        Path file = dir.resolve("handover.cairn-transfer");
        CliHarness.Result exported = run("transfer", "export", "--casebook", outreach.toString(), "--cases",
                reference, "--to", "Centre laptop", "--out", file.toString(), "--move");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("1 case(s) to Centre laptop (move, transfer 1)");

        CliHarness.Result preview = run("transfer", "import", "--casebook", centre.toString(), "--from",
                file.toString(), "--preview");
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("from Outreach laptop").contains("new\t").contains("nothing was changed");
        assertThat(run("search", "--casebook", centre.toString()).out().lines()).hasSize(2);

        Path backup = dir.resolve("centre-before.backup");
        CliHarness.Result imported = run("transfer", "import", "--casebook", centre.toString(), "--from",
                file.toString(), "--backup", backup.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported 1 new case(s)");
        assertThat(Files.size(backup)).isPositive();
        assertThat(run("search", "--casebook", centre.toString()).out().lines()).hasSize(3);
        assertThat(run("check", "--casebook", centre.toString()).exitCode()).isZero();

        CliHarness.Result again = run("transfer", "import", "--casebook", centre.toString(), "--from",
                file.toString(), "--backup", dir.resolve("second.backup").toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.err()).contains("already imported").contains("nothing was changed");

        CliHarness.Result wrongPlace = run("transfer", "import", "--casebook", outreach.toString(), "--from",
                file.toString(), "--preview");
        assertThat(wrongPlace.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(wrongPlace.err()).contains("made for another casebook");
    }
}
