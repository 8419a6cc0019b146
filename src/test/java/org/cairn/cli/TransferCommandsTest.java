package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import java.util.List;
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

    @Test
    void anErasureAskedNamesTheCommandThatErasesThisCopyAlone() {
        Path outreach = demo("outreach", 2);
        Path centre = demo("centre", 1);
        pair(outreach, "Centre laptop", centre);
        pair(centre, "Outreach laptop", outreach);
        List<String> references = run("search", "--casebook", outreach.toString()).out().lines()
                .map(line -> line.split("\t")[0]).toList();
        Path first = dir.resolve("first.cairn-transfer");
        assertThat(run("transfer", "export", "--casebook", outreach.toString(), "--cases", references.get(0),
                "--to", "Centre laptop", "--out", first.toString()).exitCode()).isZero();
        assertThat(run("transfer", "import", "--casebook", centre.toString(), "--from", first.toString(), "--backup",
                dir.resolve("c1.backup").toString()).exitCode()).isZero();
        CliHarness.Result erased = run("erase", "--casebook", outreach.toString(), "--client", references.get(0),
                "--reason", "she asked", "--case-only", "--confirm", references.get(0));
        assertThat(erased.exitCode()).as(erased.err()).isZero();
        Path second = dir.resolve("second.cairn-transfer");
        assertThat(run("transfer", "export", "--casebook", outreach.toString(), "--cases", references.get(1),
                "--to", "Centre laptop", "--out", second.toString()).exitCode()).isZero();
        CliHarness.Result preview = run("transfer", "import", "--casebook", centre.toString(), "--from",
                second.toString(), "--preview");
        assertThat(preview.out()).as("erasing her other cases here is not what was asked").contains("erasure asked")
                .containsPattern("cairn erase --client \\S+ --case-only");
    }

    @Test
    void aSharedCaseChangedOnBothLaptopsIsRefusedUntilEachConflictIsChosen() throws Exception {
        Path outreach = demo("outreach", 2);
        Path centre = demo("centre", 1);
        pair(outreach, "Centre laptop", centre);
        pair(centre, "Outreach laptop", outreach);
        String reference = run("search", "--casebook", outreach.toString()).out().lines().findFirst().orElseThrow()
                .split("\t")[0];
        Path first = dir.resolve("first.transfer");
        assertThat(run("transfer", "export", "--casebook", outreach.toString(), "--cases", reference, "--to",
                "Centre laptop", "--out", first.toString()).exitCode()).isZero();
        CliHarness.Result shared = run("transfer", "import", "--casebook", centre.toString(), "--from",
                first.toString(), "--backup", dir.resolve("b1").toString());
        assertThat(shared.exitCode()).as(shared.err()).isZero();
        // The centre may already use that reference: the case then has the next free one there.
        String here = shared.out().lines().filter(l -> l.startsWith("imported\t")).findFirst().orElseThrow()
                .split("[\t ]")[1];
        setSafeTimes(outreach, reference, "mornings only");
        setSafeTimes(centre, here, "after 6pm");

        Path second = dir.resolve("second.transfer");
        assertThat(run("transfer", "export", "--casebook", outreach.toString(), "--cases", reference, "--to",
                "Centre laptop", "--out", second.toString()).exitCode()).isZero();
        Path choices = dir.resolve("choices.txt");
        CliHarness.Result preview = run("transfer", "import", "--casebook", centre.toString(), "--from",
                second.toString(), "--preview", "--write-resolutions", choices.toString());
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        String ref = here + "/client/safe_times";
        assertThat(preview.out()).contains("updated\t" + here).contains("1 conflict(s)")
                .contains(ref + " [not chosen]").contains("here:  after 6pm").contains("there: mornings only")
                .contains("nothing was changed");
        String template = Files.readString(choices);
        assertThat(template).contains("? " + ref).as("values never go to disk").doesNotContain("mornings");
        assertThat(template).as("marked as contact safety, as the printed preview marks it")
                .contains(org.cairn.transfer.ResolutionFile.CONTACT_SAFETY_NOTE + "\n? " + ref + "\n");
        assertThat(preview.out()).contains(ref + " [not chosen]  (contact safety");

        Path refusedBackup = dir.resolve("refused.backup");
        CliHarness.Result refused = run("transfer", "import", "--casebook", centre.toString(), "--from",
                second.toString(), "--backup", refusedBackup.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.err()).contains("no choice was made").contains("Nothing was changed");
        assertThat(Files.exists(refusedBackup)).isFalse();
        CliHarness.Result mistyped = run("transfer", "import", "--casebook", centre.toString(), "--from",
                second.toString(), "--backup", refusedBackup.toString(), "--take-theirs", here + "/client/x");
        assertThat(mistyped.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(mistyped.err()).contains("names no conflict");

        Files.writeString(choices, template.replace("? " + ref, "theirs " + ref), StandardCharsets.UTF_8);
        CliHarness.Result merged = run("transfer", "import", "--casebook", centre.toString(), "--from",
                second.toString(), "--resolutions", choices.toString(), "--backup", dir.resolve("b2").toString());
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.out()).contains(ref + " [take theirs]").contains("merged 1");
        assertThat(safeTimes(centre, here)).isEqualTo("mornings only");
        assertThat(run("check", "--casebook", centre.toString()).exitCode()).isZero();
    }

    @Test
    void takingTheirsForAllNeverChangesANeverContactMark() throws Exception {
        Path outreach = demo("outreach", 1);
        Path centre = demo("centre", 1);
        pair(outreach, "Centre laptop", centre);
        pair(centre, "Outreach laptop", outreach);
        String reference = run("search", "--casebook", outreach.toString()).out().lines().findFirst().orElseThrow()
                .split("\t")[0];
        edit(outreach, "INSERT-MARK", reference);
        Path first = dir.resolve("first.transfer");
        assertThat(run("transfer", "export", "--casebook", outreach.toString(), "--cases", reference, "--to",
                "Centre laptop", "--out", first.toString()).exitCode()).isZero();
        CliHarness.Result shared = run("transfer", "import", "--casebook", centre.toString(), "--from",
                first.toString(), "--backup", dir.resolve("b1").toString());
        assertThat(shared.exitCode()).as(shared.err()).isZero();
        String here = shared.out().lines().filter(l -> l.startsWith("imported\t")).findFirst().orElseThrow()
                .split("[\t ]")[1];
        edit(outreach, "UPDATE client_blocked_recipient SET name = 'Northtown Centre'", reference);
        edit(centre, "UPDATE client_blocked_recipient SET name = 'Northtown CC'", here);
        Path second = dir.resolve("second.transfer");
        assertThat(run("transfer", "export", "--casebook", outreach.toString(), "--cases", reference, "--to",
                "Centre laptop", "--out", second.toString()).exitCode()).isZero();

        CliHarness.Result all = run("transfer", "import", "--casebook", centre.toString(), "--from",
                second.toString(), "--backup", dir.resolve("b2").toString(), "--take-theirs", "all");

        assertThat(all.exitCode()).as("all does not reach a never-contact mark").isEqualTo(ExitCodes.FAILED);
        assertThat(all.err()).contains("no choice was made").contains("Nothing was changed");
        CliHarness.Result preview = run("transfer", "import", "--casebook", centre.toString(), "--from",
                second.toString(), "--preview", "--take-theirs", "all");
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        String ref = preview.out().replaceFirst("(?s).*?(" + java.util.regex.Pattern.quote(here)
                + "/never-contact-[0-9a-f]{8}/name).*", "$1");
        assertThat(ref).startsWith(here + "/never-contact-");
        assertThat(preview.out()).contains(ref + " [not chosen]  (contact safety");
        CliHarness.Result chosen = run("transfer", "import", "--casebook", centre.toString(), "--from",
                second.toString(), "--backup", dir.resolve("b3").toString(), "--take-theirs", "all",
                "--keep-ours", ref);
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(markName(centre, here)).isEqualTo("Northtown CC");
    }

    /** Adds a never-contact mark to the case's client ("INSERT-MARK") or runs an update on that client's marks. */
    private static void edit(Path casebook, String sql, String reference) {
        try (Passphrase passphrase = Passphrase.copyOf(PASS.strip().toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            var book = org.cairn.casebook.Casebook.open(vault, CliHarness.CLOCK, "tester");
            long client = book.cases().findByReference(org.cairn.casebook.CaseReference.parse(reference))
                    .orElseThrow().clientId();
            if (sql.equals("INSERT-MARK")) {
                book.blockedRecipients().add(client, null, "Northtown Community Centre", "his cousin works there");
            } else {
                vault.write(tx -> tx.execute(sql + " WHERE client_id = ?", client));
            }
        }
    }

    private static String markName(Path casebook, String reference) {
        try (Passphrase passphrase = Passphrase.copyOf(PASS.strip().toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            return vault.read(r -> r.queryOne("SELECT group_concat(name) FROM client_blocked_recipient WHERE "
                    + "client_id = (SELECT client_id FROM case_file WHERE reference = ?)", row -> row.getString(1),
                    reference)).orElseThrow();
        }
    }

    private static void setSafeTimes(Path casebook, String reference, String value) {
        try (Passphrase passphrase = Passphrase.copyOf(PASS.strip().toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            org.cairn.casebook.Casebook.open(vault, CliHarness.CLOCK, "tester");
            vault.write(tx -> tx.execute("UPDATE client SET safe_times = ? WHERE id = (SELECT client_id FROM "
                    + "case_file WHERE reference = ?)", value, reference));
        }
    }

    private static String safeTimes(Path casebook, String reference) {
        try (Passphrase passphrase = Passphrase.copyOf(PASS.strip().toCharArray());
                Vault vault = Vault.open(casebook, passphrase, VaultOptions.standard())) {
            return vault.read(r -> r.queryOne("SELECT safe_times FROM client WHERE id = (SELECT client_id FROM "
                    + "case_file WHERE reference = ?)", row -> row.getString(1), reference)).orElseThrow();
        }
    }
}
