package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A move confirmed by a receipt, and an import undone, as people would run them. */
class TransferMoveCommandsTest {
    private static final String PASS = "river stones at dawn\n";

    @TempDir
    Path dir;

    private static CliHarness.Result run(String... args) {
        return CliHarness.run(PASS, args);
    }

    private Path demo(String name, int cases) {
        Path casebook = dir.resolve(name);
        assertThat(run("demo", "--casebook", casebook.toString(), "--cases", Integer.toString(cases), "--batch", "100")
                .exitCode()).isZero();
        return casebook;
    }

    private void pair(Path casebook, String name, Path other) {
        Path card = dir.resolve(other.getFileName() + ".card");
        assertThat(run("pair", "show", "--casebook", other.toString(), "--out", card.toString()).exitCode()).isZero();
        assertThat(run("pair", "add", "--casebook", casebook.toString(), "--name", name, "--from", card.toString())
                .exitCode()).isZero();
    }

    @Test
    void aMoveIsConfirmedByTheReceiversReceiptAndAnImportCanBeUndone() throws Exception {
        Path outreach = demo("outreach", 3);
        Path centre = demo("centre", 2);
        pair(outreach, "Centre laptop", centre);
        pair(centre, "Outreach laptop", outreach);
        String reference = run("search", "--casebook", outreach.toString()).out().lines().findFirst().orElseThrow()
                .split("\t")[0];
        Path file = dir.resolve("move.cairn-transfer");
        CliHarness.Result sent = run("transfer", "export", "--casebook", outreach.toString(), "--cases", reference,
                "--to", "Centre laptop", "--out", file.toString(), "--move");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("awaiting receipt");
        assertThat(run("transfer", "moves", "--casebook", outreach.toString()).out())
                .contains("awaiting receipt\t" + reference);

        CliHarness.Result imported = run("transfer", "import", "--casebook", centre.toString(), "--from",
                file.toString(), "--backup", dir.resolve("c1.backup").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("as import 1").contains("cairn transfer receipt")
                .as("a move import is not undone").doesNotContain("cairn transfer undo").contains("restore the backup");

        Path receipt = dir.resolve("move.receipt");
        CliHarness.Result made = run("transfer", "receipt", "--casebook", centre.toString(), "--for", file.toString(),
                "--out", receipt.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(Files.size(receipt)).isPositive();
        CliHarness.Result undoAfterReceipt = run("transfer", "undo", "--casebook", centre.toString(), "--import", "1");
        assertThat(undoAfterReceipt.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(undoAfterReceipt.err()).contains("a receipt was made");

        CliHarness.Result confirmed = run("transfer", "confirm", "--casebook", outreach.toString(), "--receipt",
                receipt.toString());
        assertThat(confirmed.exitCode()).as(confirmed.err()).isZero();
        assertThat(confirmed.out()).contains("moved\t" + reference).contains("Centre laptop");
        assertThat(run("search", "--casebook", outreach.toString()).out()).doesNotContain(reference + "\t");
        assertThat(run("transfer", "moves", "--casebook", outreach.toString()).out()).contains("moved\t" + reference);
        assertThat(run("check", "--casebook", outreach.toString()).exitCode()).isZero();
        CliHarness.Result replayed = run("transfer", "confirm", "--casebook", outreach.toString(), "--receipt",
                receipt.toString());
        assertThat(replayed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(replayed.err()).contains("already used");

        String second = run("search", "--casebook", outreach.toString()).out().lines().findFirst().orElseThrow()
                .split("\t")[0];
        Path share = dir.resolve("share.cairn-transfer");
        assertThat(run("transfer", "export", "--casebook", outreach.toString(), "--cases", second, "--to",
                "Centre laptop", "--out", share.toString()).exitCode()).isZero();
        assertThat(run("transfer", "import", "--casebook", centre.toString(), "--from", share.toString(), "--backup",
                dir.resolve("c2.backup").toString()).out()).contains("as import 2")
                .contains("undo it with cairn transfer undo --import 2");
        assertThat(run("search", "--casebook", centre.toString()).out().lines()).hasSize(4);
        CliHarness.Result undone = run("transfer", "undo", "--casebook", centre.toString(), "--import", "2");
        assertThat(undone.exitCode()).as(undone.err()).isZero();
        assertThat(undone.out()).contains("undid import 2: 1 case(s) removed");
        assertThat(run("search", "--casebook", centre.toString()).out().lines()).hasSize(3);
        assertThat(run("check", "--casebook", centre.toString()).exitCode()).isZero();
    }

    @Test
    void aCaseOnLegalHoldMovesWithItsHold() {
        Path outreach = demo("outreach", 2);
        Path centre = demo("centre", 1);
        pair(outreach, "Centre laptop", centre);
        pair(centre, "Outreach laptop", outreach);
        String[] line = run("search", "--casebook", outreach.toString()).out().lines().findFirst().orElseThrow()
                .split("\t");
        String reference = line[0];
        String alias = line[1];
        CliHarness.Result held = run("retention", "hold", "--casebook", outreach.toString(), "--case", reference,
                "--reason", "court order", "--review-on", "2027-06-01");
        assertThat(held.exitCode()).as(held.err()).isZero();
        Path file = dir.resolve("move.cairn-transfer");
        CliHarness.Result moved = run("transfer", "export", "--casebook", outreach.toString(), "--cases", reference,
                "--to", "Centre laptop", "--out", file.toString(), "--move");
        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(run("transfer", "moves", "--casebook", outreach.toString()).out()).contains(reference);
        CliHarness.Result imported = run("transfer", "import", "--casebook", centre.toString(), "--from",
                file.toString(), "--backup", dir.resolve("c.backup").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        // The hold arrived with the case: erasing it at the centre is refused until the hold is lifted there. The
        // centre may number it differently (its own cases use the same years), so it is found by its alias.
        String there = run("search", "--casebook", centre.toString()).out().lines().map(l -> l.split("\t"))
                .filter(f -> f[1].equals(alias)).findFirst().orElseThrow()[0];
        CliHarness.Result erase = run("erase", "--casebook", centre.toString(), "--client", there, "--reason",
                "asked", "--confirm", there);
        assertThat(erase.exitCode()).as(erase.out() + erase.err()).isNotZero();
        assertThat(erase.err()).contains("hold");
    }
}
