package org.cairn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.TemplateParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgTemplateCommandsTest {
    private static final int BUILT_INS = new BuiltInTemplates(TemplateParser.standard()).names().size();
    private static final String PASS = "river stones at dawn\n";
    private static final String PLAN = """
            cairn-template: 1
            id: local-plan
            version: 2
            title: Our local plan
            kind: safety-plan
            language: cy
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
    Path casebook;

    @BeforeEach
    void create() {
        casebook = dir.resolve("book");
        CliHarness.Result created = CliHarness.run(PASS + PASS, "create", "--casebook", casebook.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
    }

    @Test
    void importedTemplatesAreListedAfterTheBuiltInsAndExportUnchanged() throws Exception {
        // CRLF line endings: not canonical, so an export that rewrote the file would differ.
        Path file = write("local.cairn-template", PLAN.replace("\n", "\r\n"));
        CliHarness.Result imported = CliHarness.run(PASS, "template", "import", "--casebook", casebook.toString(),
                file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("imported local-plan\t2\n");

        CliHarness.Result list = CliHarness.run(PASS, "template", "list", "--casebook", casebook.toString());
        List<String> lines = list.out().lines().toList();
        assertThat(lines).hasSize(BUILT_INS + 1);
        assertThat(lines.get(BUILT_INS)).isEqualTo("local-plan\t2\tsafety-plan\tcy\tOur local plan");

        Path exported = dir.resolve("out.cairn-template");
        CliHarness.Result export = CliHarness.run(PASS, "template", "export", "--casebook", casebook.toString(),
                "local-plan", "2", "--to", exported.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllBytes(exported)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void oneBadFileStopsTheWholeImportAndEveryProblemIsPrinted() throws Exception {
        Path good = write("good.cairn-template", PLAN);
        Path bad = write("bad.cairn-template", PLAN.replace("local-plan", "other").replace("- [tick]", "- [tik]")
                .replace("version: 2", "version: 0"));
        CliHarness.Result imported = CliHarness.run(PASS, "template", "import", "--casebook", casebook.toString(),
                good.toString(), bad.toString());
        assertThat(imported.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(imported.out().lines().toList()).hasSize(2)
                .allMatch(l -> l.startsWith(bad + ":3:10: ") || l.startsWith(bad + ":18:4: "));
        assertThat(imported.err()).contains("nothing was imported");
        CliHarness.Result list = CliHarness.run(PASS, "template", "list", "--casebook", casebook.toString());
        assertThat(list.out().lines()).hasSize(BUILT_INS);
    }

    @Test
    void theSameIdAndVersionCannotBeImportedTwice() throws Exception {
        Path file = write("local.cairn-template", PLAN);
        CliHarness.run(PASS, "template", "import", "--casebook", casebook.toString(), file.toString());
        CliHarness.Result again = CliHarness.run(PASS, "template", "import", "--casebook", casebook.toString(),
                file.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.out()).isEqualTo(file + ":3:10: The casebook already has local-plan version 2. If the "
                + "wording changed, raise the version number.\n");
    }

    @Test
    void exportingAnUnknownTemplateSaysHowToFindThem() {
        CliHarness.Result export = CliHarness.run(PASS, "template", "export", "--casebook", casebook.toString(),
                "nothing", "1", "--to", dir.resolve("x").toString());
        assertThat(export.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(export.err()).contains("there is no template nothing version 1");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
