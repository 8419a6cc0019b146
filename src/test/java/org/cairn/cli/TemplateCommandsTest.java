package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandsTest {
    private static final String VALID = """
            cairn-template: 1
            id: local-plan
            version: 2
            title: Our local plan
            kind: safety-plan
            language: en-GB
            recipient: client
            consent: keep-records
            sensitive: none
            requires-oisc: no
            source: Our own practice
            last-checked: 2026-11-25
            translation: original
            ---

            ## first: First steps

            - [tick] bag: Keep a bag ready.
            """;

    @TempDir
    Path dir;

    @Test
    void validFilesPrintNothingAndExitZero() throws Exception {
        Path a = write("a.cairn-template", VALID);
        Path b = write("b.cairn-template", VALID.replace("local-plan", "other-plan"));
        CliHarness.Result result = CliHarness.run("", "template", "check", a.toString(), b.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void everyProblemInEveryFileIsPrintedWithFileLineAndColumn() throws Exception {
        Path good = write("good.cairn-template", VALID);
        Path bad = write("bad.cairn-template", VALID.replace("kind: safety-plan", "kind: plan")
                .replace("- [tick] bag", "- [tik] bag"));
        Path letter = write("letter.cairn-template", VALID.replace("kind: safety-plan", "kind: letter")
                .replace("## first: First steps\n\n- [tick] bag: Keep a bag ready.", "Dear {{recipient.nam}}"));
        CliHarness.Result result = CliHarness.run("", "template", "check", good.toString(), bad.toString(),
                letter.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        List<String> lines = result.out().lines().toList();
        assertThat(lines).containsExactly(
                bad + ":5:7: Unknown kind 'plan'. Use safety-plan, risk-checklist, referral or letter.",
                letter + ":16:6: Unknown placeholder {{recipient.nam}}. Did you mean recipient.name? "
                        + "docs/TEMPLATES.md lists every placeholder.");
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersAreStillChecked() throws Exception {
        Path bad = write("bad.cairn-template", VALID.replace("version: 2", "version: two"));
        CliHarness.Result result = CliHarness.run("", "template", "check", dir.resolve("missing.txt").toString(),
                dir.toString(), bad.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err().lines().toList()).containsExactly(
                "cairn: cannot read " + dir.resolve("missing.txt") + ": there is no such file. Check the name and "
                        + "folder.",
                "cairn: cannot read " + dir + ": it could not be read (is it a folder?). Give the path of a template "
                        + "file.");
        assertThat(result.out()).startsWith(bad + ":3:10: The version must be a whole number");
    }

    @Test
    void checkWithoutFilesIsAUsageError() {
        CliHarness.Result result = CliHarness.run("", "template", "check");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("cairn: Missing required parameter");
    }

    @Test
    void listPrintsEveryBuiltInAsFiveTabSeparatedColumns() {
        CliHarness.Result result = CliHarness.run("", "template", "list");
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        int builtIns = new org.cairn.templates.BuiltInTemplates(org.cairn.templates.TemplateParser.standard()).names()
                .size();
        assertThat(lines).hasSize(builtIns)
                .allMatch(l -> l.split("\t", -1).length == 5);
        assertThat(lines.get(0)).isEqualTo("plan-leaving\t1\tsafety-plan\ten-GB\tSafety plan: planning to leave");
        assertThat(lines).anyMatch(l -> l.startsWith("checklist-risk\t1\trisk-checklist\ten-GB\t"))
                .anyMatch(l -> l.startsWith("referral-support-migrant-victims\t1\treferral\t"));
    }

    @Test
    void templateAloneShowsUsage() {
        CliHarness.Result result = CliHarness.run("", "template");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("check", "list");
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
