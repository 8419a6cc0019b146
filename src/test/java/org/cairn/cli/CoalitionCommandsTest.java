package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * coalition-key, coalition-bundle and coalition-merge between two organisations (one laptop each) and a coalition,
 * as coordinators would run them: pooled counts with their coverage, nothing small published, a changed bundle
 * refused, and each casebook kept to its level.
 */
class CoalitionCommandsTest {
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
        CliHarness.Result result = CliHarness.run(PASS, args);
        return result;
    }

    private static void ok(CliHarness.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    /** The organisation's coordinator gives its key to its laptop and merges the laptop's bundle. */
    private void organisation(Path coordinator, Path laptop) {
        Path key = dir.resolve(coordinator.getFileName() + ".key");
        ok(run("stats-key", "export", "--casebook", coordinator.toString(), "--out", key.toString()));
        ok(run("stats-key", "import", "--casebook", laptop.toString(), "--file", key.toString()));
        Path bundle = dir.resolve(laptop.getFileName() + ".bundle");
        ok(run("stats-bundle", "--casebook", laptop.toString(), "--from", "2026Q1", "--to", "2026Q2", "--out",
                bundle.toString()));
        ok(run("stats-merge", "--casebook", coordinator.toString(), "--bundles", bundle.toString(), "--out",
                dir.resolve(coordinator.getFileName() + "-merged").toString()));
    }

    @Test
    void twoOrganisationsArePooledWithTheirCoverageAndEachCasebookKeepsToItsLevel() throws Exception {
        Path x = demo("org-x", 10);
        Path y = demo("org-y", 10);
        Path coalition = demo("coalition", 10);
        organisation(x, demo("laptop-x", 110));
        organisation(y, demo("laptop-y", 90));

        Path key = dir.resolve("coalition.key");
        CliHarness.Result exported = run("coalition-key", "export", "--casebook", coalition.toString(), "--out",
                key.toString());
        ok(exported);
        String fingerprint = exported.out().replaceFirst("(?s).*fingerprint ([0-9A-F-]{19}).*", "$1");
        for (Path organisation : List.of(x, y)) {
            CliHarness.Result imported = run("coalition-key", "import", "--casebook", organisation.toString(),
                    "--file", key.toString());
            ok(imported);
            assertThat(imported.out()).contains(fingerprint);
            CliHarness.Result bundle = run("coalition-bundle", "--casebook", organisation.toString(), "--from",
                    "2026Q1", "--to", "2026Q2", "--out", dir.resolve(organisation.getFileName() + ".orgbundle")
                            .toString());
            ok(bundle);
            assertThat(bundle.out()).contains("for the coalition key " + fingerprint)
                    .contains("note: 2026Q1 is merged from the bundles of 1 laptop");
        }

        Path changed = dir.resolve("changed.orgbundle");
        byte[] bytes = Files.readAllBytes(dir.resolve("org-x.orgbundle"));
        bytes[bytes.length - 30] ^= 0x10;
        Files.write(changed, bytes);
        CliHarness.Result refused = run("coalition-merge", "--casebook", coalition.toString(), "--bundles",
                dir.resolve("org-y.orgbundle").toString(), changed.toString(), "--out", dir.resolve("no").toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("changed or damaged").contains("nothing was imported");
        assertThat(dir.resolve("no")).doesNotExist();

        Path pooled = dir.resolve("pooled");
        CliHarness.Result merged = run("coalition-merge", "--casebook", coalition.toString(), "--bundles",
                dir.resolve("org-x.orgbundle").toString(), dir.resolve("org-y.orgbundle").toString(), "--out",
                pooled.toString(), "--expected", "2");
        ok(merged);
        assertThat(merged.out()).contains("from organisation ")
                .contains("coverage: 2026Q1, rule consented: 2 organisation(s)")
                .contains("note: 2026Q1 is pooled from the bundles of 2 organisations")
                .contains("wrote " + pooled.resolve("coverage.csv"));
        assertThat(Files.readAllLines(pooled.resolve("coverage.csv"))).contains("table,period,counting_rule,"
                + "organisations,organisation_ids").anyMatch(l -> l.startsWith("open_cases,2026Q2,consented,2,"));
        List<String> values = Files.readAllLines(pooled.resolve("counts.csv")).stream().skip(1)
                .map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
        assertThat(values).isNotEmpty().allMatch(v -> v.equals("[c]") || Integer.parseInt(v) >= 10);

        Path report = dir.resolve("evidence.pdf");
        Path openData = dir.resolve("evidence.csv");
        CliHarness.Result reported = run("coalition-report", "--casebook", coalition.toString(), "--from", "2026Q1",
                "--to", "2026Q2", "--out", report.toString(), "--open-data", openData.toString());
        ok(reported);
        assertThat(reported.out()).contains("wrote " + report).contains("wrote " + openData);
        assertThat(Files.readAllBytes(report)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        // The open data is what was published at the merge, and every number of it is on its table's page.
        assertThat(Files.readAllLines(openData)).isEqualTo(Files.readAllLines(pooled.resolve("counts.csv")));
        assertThat(ReportPages.missingFromTheirPages(report, Files.readAllLines(openData))).isEmpty();
        CliHarness.Result unpublished = run("coalition-report", "--casebook", coalition.toString(), "--from",
                "2026Q3", "--out", dir.resolve("none.pdf").toString());
        assertThat(unpublished.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unpublished.err()).contains("2026Q3 has not been published yet");
        assertThat(dir.resolve("none.pdf")).doesNotExist();

        CliHarness.Result wrongLevel = run("stats-merge", "--casebook", coalition.toString(), "--bundles",
                dir.resolve("laptop-x.bundle").toString(), "--out", dir.resolve("wrong").toString());
        assertThat(wrongLevel.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrongLevel.err()).contains("another coordinator's key");
        CliHarness.Result notCoalition = run("coalition-key", "export", "--casebook", x.toString(), "--out",
                dir.resolve("x-coalition.key").toString());
        assertThat(notCoalition.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notCoalition.err()).contains("already an organisation's coordinator");

        // The organisation's own merged quarters are published, but they are not pooled: no coalition report.
        Path own = dir.resolve("own.pdf");
        CliHarness.Result organisationsOwn = run("coalition-report", "--casebook", x.toString(), "--from",
                "2026Q1", "--to", "2026Q2", "--out", own.toString());
        assertThat(organisationsOwn.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(organisationsOwn.err()).contains("not a coalition's").contains("nothing was written");
        assertThat(own).doesNotExist();
    }
}
