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
}
