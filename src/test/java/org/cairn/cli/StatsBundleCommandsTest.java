package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stats-key, stats-bundle and stats-merge between two laptops and a coordinator, as a user would run them. */
class StatsBundleCommandsTest {
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

    @Test
    void keyBundlesAndMergeWorkEndToEndAndADuplicateIsNotCountedTwice() throws Exception {
        Path coordinator = demo("coordinator", 10);
        Path a = demo("a", 120);
        Path b = demo("b", 120);
        Path key = dir.resolve("coordinator.key");

        CliHarness.Result noKey = run("stats-bundle", "--casebook", a.toString(), "--from", "2026Q1", "--out",
                dir.resolve("early.bundle").toString());
        assertThat(noKey.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noKey.err()).contains("import the coordinator's key file first");

        CliHarness.Result exported = run("stats-key", "export", "--casebook", coordinator.toString(), "--out",
                key.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        String fingerprint = exported.out().replaceFirst("(?s).*fingerprint ([0-9A-F-]{19}).*", "$1");
        assertThat(Files.readString(key)).contains("fingerprint: " + fingerprint);
        for (Path laptop : new Path[] {a, b}) {
            CliHarness.Result imported = run("stats-key", "import", "--casebook", laptop.toString(), "--file",
                    key.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(imported.out()).contains(fingerprint);
            CliHarness.Result bundle = run("stats-bundle", "--casebook", laptop.toString(), "--from", "2026Q1",
                    "--to", "2026Q2", "--out", dir.resolve(laptop.getFileName() + ".bundle").toString());
            assertThat(bundle.exitCode()).as(bundle.err()).isZero();
            assertThat(bundle.out()).contains("for the coordinator key " + fingerprint);
        }

        Path first = dir.resolve("merged");
        CliHarness.Result merged = run("stats-merge", "--casebook", coordinator.toString(), "--bundles",
                dir.resolve("a.bundle").toString(), dir.resolve("b.bundle").toString(), "--out", first.toString());
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(merged.out()).contains("imported " + dir.resolve("a.bundle")).contains("covers 2026Q1-2026Q2")
                .contains("wrote " + first.resolve("counts.csv"))
                .contains("note: 2026Q1 is merged from the bundles of 2 laptops");
        assertThat(Files.readString(first.resolve("metadata.csv"))).contains("periods,2026Q1-2026Q2");

        Path second = dir.resolve("again");
        CliHarness.Result again = run("stats-merge", "--casebook", coordinator.toString(), "--bundles",
                dir.resolve("a.bundle").toString(), "--out", second.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("not imported: " + dir.resolve("a.bundle") + " was already imported");
        assertThat(Files.readString(second.resolve("counts.csv")))
                .isEqualTo(Files.readString(first.resolve("counts.csv")));
    }

    @Test
    void aChangedBundleIsOneLineOfExplanationAndNothingIsWritten() throws Exception {
        Path coordinator = demo("coordinator", 10);
        Path a = demo("a", 30);
        Path key = dir.resolve("k");
        run("stats-key", "export", "--casebook", coordinator.toString(), "--out", key.toString());
        run("stats-key", "import", "--casebook", a.toString(), "--file", key.toString());
        Path bundle = dir.resolve("a.bundle");
        assertThat(run("stats-bundle", "--casebook", a.toString(), "--from", "2026Q2", "--out", bundle.toString())
                .exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length - 40] ^= 0x20;
        Files.write(bundle, bytes);
        CliHarness.Result merged = run("stats-merge", "--casebook", coordinator.toString(), "--bundles",
                bundle.toString(), "--out", dir.resolve("out").toString());
        assertThat(merged.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(merged.err().lines().toList()).singleElement().asString().contains("changed or damaged")
                .contains("nothing was imported");
        assertThat(dir.resolve("out")).doesNotExist();

        String keyText = Files.readString(key);
        int first = keyText.indexOf("public-key: ") + "public-key: ".length();
        // Another first byte, whatever the random key starts with.
        String changed = keyText.startsWith("00", first) ? "11" : "00";
        Files.writeString(key, keyText.substring(0, first) + changed + keyText.substring(first + 2));
        CliHarness.Result badKey = run("stats-key", "import", "--casebook", a.toString(), "--file", key.toString());
        assertThat(badKey.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badKey.err()).contains("damaged");
    }

    @Test
    void aRotatedKeyRefusesBundlesForTheOldOneWithWhatToDo() throws Exception {
        Path coordinator = demo("coordinator", 10);
        Path a = demo("a", 60);
        Path oldKey = dir.resolve("old.key");
        Path newKey = dir.resolve("new.key");
        assertThat(run("stats-key", "export", "--casebook", coordinator.toString(), "--out", oldKey.toString())
                .exitCode()).isZero();
        assertThat(run("stats-key", "import", "--casebook", a.toString(), "--file", oldKey.toString()).exitCode())
                .isZero();
        Path old = dir.resolve("old.bundle");
        assertThat(run("stats-bundle", "--casebook", a.toString(), "--from", "2026Q2", "--out", old.toString())
                .exitCode()).isZero();

        CliHarness.Result rotated = run("stats-key", "rotate", "--casebook", coordinator.toString(), "--out",
                newKey.toString());
        assertThat(rotated.exitCode()).as(rotated.err()).isZero();
        String fingerprint = Files.readString(newKey).replaceFirst("(?s).*fingerprint: ([0-9A-F-]{19}).*", "$1");
        assertThat(rotated.out()).contains("fingerprint " + fingerprint).contains("it replaces the key with "
                + "fingerprint " + Files.readString(oldKey).replaceFirst("(?s).*fingerprint: ([0-9A-F-]{19}).*", "$1"));

        CliHarness.Result refused = run("stats-merge", "--casebook", coordinator.toString(), "--bundles",
                old.toString(), "--out", dir.resolve("merged").toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("was made for an earlier bundle key of this casebook")
                .contains("fingerprint " + fingerprint);
        assertThat(run("stats-key", "import", "--casebook", a.toString(), "--file", newKey.toString()).exitCode())
                .isZero();
        Path fresh = dir.resolve("new.bundle");
        assertThat(run("stats-bundle", "--casebook", a.toString(), "--from", "2026Q2", "--out", fresh.toString())
                .exitCode()).isZero();
        CliHarness.Result merged = run("stats-merge", "--casebook", coordinator.toString(), "--bundles",
                fresh.toString(), "--out", dir.resolve("merged").toString());
        assertThat(merged.exitCode()).as(merged.err()).isZero();
    }

    /**
     * A laptop restored from a backup made before its first bundle sends under the same casebook: the coordinator
     * counts it once, says so, and publishes what it would without the stale bundle.
     */
    @Test
    void aLaptopRestoredFromAnEarlierBackupIsNotCountedTwiceAndTheMergeSaysSo() throws Exception {
        Path coordinator = demo("coordinator", 10);
        Path reference = demo("reference", 10);
        Path a = demo("a", 120);
        Path b = demo("b", 90);
        Path backup = dir.resolve("a.backup");
        assertThat(run("backup", "--casebook", a.toString(), "--to", backup.toString()).exitCode()).isZero();
        Path key = dir.resolve("coordinator.key");
        Path referenceKey = dir.resolve("reference.key");
        assertThat(run("stats-key", "export", "--casebook", coordinator.toString(), "--out", key.toString())
                .exitCode()).isZero();
        assertThat(run("stats-key", "export", "--casebook", reference.toString(), "--out", referenceKey.toString())
                .exitCode()).isZero();
        CliHarness.Result first = bundle(a, key, "a.bundle");
        bundle(b, key, "b.bundle");

        // The laptop is lost; its casebook comes back from the backup made before it ever sent a bundle.
        Path restored = dir.resolve("a-restored");
        CliHarness.Result restoredRun = run("restore", "--from", backup.toString(), "--casebook",
                restored.toString());
        assertThat(restoredRun.exitCode()).as(restoredRun.err()).isZero();
        CliHarness.Result again = bundle(restored, key, "restored.bundle");
        String casebook = first.out().replaceFirst("(?s).*casebook ([0-9a-f]{8}).*", "$1");
        assertThat(again.out()).as("the restored copy names the same casebook").contains("casebook " + casebook)
                .doesNotContain("laptop " + first.out().replaceFirst("(?s).*from laptop ([0-9a-f]{8}).*", "$1"));

        Path merged = dir.resolve("merged");
        CliHarness.Result merge = run("stats-merge", "--casebook", coordinator.toString(), "--bundles",
                dir.resolve("a.bundle").toString(), dir.resolve("b.bundle").toString(),
                dir.resolve("restored.bundle").toString(), "--out", merged.toString(), "--from", "2026Q1", "--to",
                "2026Q2");
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("Warning: " + dir.resolve("restored.bundle"))
                .contains("come from two states of one casebook " + casebook)
                .contains("note: 2026Q1 is merged from the bundles of 2 laptops")
                .contains("note: 2026Q1: casebook " + casebook + " sent bundles from 2 states of one casebook")
                .contains("(casebook " + casebook + ")");

        // The same two casebooks, each once, merged by a coordinator that never saw the stale bundle.
        bundle(restored, referenceKey, "restored-ref.bundle");
        bundle(b, referenceKey, "b-ref.bundle");
        Path expected = dir.resolve("expected");
        CliHarness.Result clean = run("stats-merge", "--casebook", reference.toString(), "--bundles",
                dir.resolve("restored-ref.bundle").toString(), dir.resolve("b-ref.bundle").toString(), "--out",
                expected.toString(), "--from", "2026Q1", "--to", "2026Q2");
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.out()).doesNotContain("Warning").doesNotContain("states of one casebook");
        assertThat(Files.readString(merged.resolve("counts.csv"))).as("no case counted twice")
                .isEqualTo(Files.readString(expected.resolve("counts.csv")));
    }

    private CliHarness.Result bundle(Path laptop, Path key, String name) {
        CliHarness.Result imported = run("stats-key", "import", "--casebook", laptop.toString(), "--file",
                key.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliHarness.Result made = run("stats-bundle", "--casebook", laptop.toString(), "--from", "2026Q1", "--to",
                "2026Q2", "--out", dir.resolve(name).toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        return made;
    }
}
