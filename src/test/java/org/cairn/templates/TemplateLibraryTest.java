package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.Casebook;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLibraryTest {
    @TempDir
    Path dir;
    Vault vault;
    Casebook casebook;
    TemplateLibrary library;

    @BeforeEach
    void open() {
        vault = TestVaults.create(dir).vault();
        casebook = Casebook.open(vault, Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC), "tester");
        TemplateParser parser = TemplateParser.standard();
        library = new TemplateLibrary(new BuiltInTemplates(parser), parser, casebook.orgTemplates());
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void anImportedFileIsListedAfterTheBuiltInsAndExportsByteForByte() {
        // Not canonical on purpose (BOM, CRLF, extra spaces): export must still give back exactly these bytes.
        byte[] bytes = ("\uFEFF" + Samples.PLAN.replace("id: sample", "id:   local-plan").replace("\n", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);
        ImportReport report = library.importFiles(List.of(new TemplateSource("local.txt", bytes)));
        assertThat(report.problems()).isEmpty();

        List<LibraryTemplate> all = library.all();
        int builtIns = library.builtIns().size();
        assertThat(all).hasSize(builtIns + 1);
        assertThat(all.subList(0, builtIns)).allMatch(LibraryTemplate::builtIn);
        LibraryTemplate imported = all.get(builtIns);
        assertThat(imported.builtIn()).isFalse();
        assertThat(imported.header().id()).isEqualTo("local-plan");
        assertThat(library.export(library.find("local-plan", 3).orElseThrow())).isEqualTo(bytes);
        assertThat(casebook.audit().forSubject("template:local-plan@3")).extracting(AuditEntry::action)
                .containsExactly(AuditAction.TEMPLATE_IMPORTED);
    }

    @Test
    void oneBadFileMeansNothingIsStoredAndEveryProblemHasItsPlace() {
        TemplateSource good = source("good.txt", Samples.PLAN.replace("id: sample", "id: good"));
        TemplateSource bad = source("bad.txt", Samples.PLAN.replace("kind: safety-plan", "kind: plan")
                .replace("language: en-GB", "language: english!"));
        ImportReport report = library.importFiles(List.of(good, bad));
        assertThat(report.succeeded()).isFalse();
        assertThat(report.stored()).isEmpty();
        assertThat(report.problems()).extracting(p -> p.file() + ":" + p.problem().line() + ":"
                + p.problem().column()).containsExactly("bad.txt:5:7", "bad.txt:6:11");
        assertThat(casebook.orgTemplates().all()).isEmpty();
    }

    @Test
    void duplicatesAreRefusedAtTheirVersionOrIdLine() {
        String local = Samples.PLAN.replace("id: sample", "id: local");
        assertThat(library.importFiles(List.of(source("a.txt", local))).succeeded()).isTrue();

        ImportReport again = library.importFiles(List.of(source("b.txt", local),
                source("c.txt", Samples.PLAN.replace("id: sample", "id: plan-leaving")),
                source("d.txt", local.replace("version: 3", "version: 4")),
                source("e.txt", local.replace("version: 3", "version: 4"))));
        assertThat(again.problems()).extracting(FileProblem::toString).containsExactly(
                "b.txt:3:10: The casebook already has local version 3. If the wording changed, raise the version "
                        + "number.",
                "c.txt:2:5: The id plan-leaving belongs to a built-in template. Give your template its own id "
                        + "(Duplicate to edit does this for you).",
                "e.txt:3:10: local version 4 is in more than one of the files being imported. Import only one of "
                        + "them.");
        assertThat(casebook.orgTemplates().all()).hasSize(1);
    }

    @Test
    void duplicateToEditGivesABuiltInANewIdAndAnOwnTemplateTheNextVersion() {
        LibraryTemplate builtIn = library.find("plan-leaving", 1).orElseThrow();
        String copy = library.duplicateToEdit(builtIn);
        Template parsed = TemplateParser.standard().parse(copy).template().orElseThrow();
        assertThat(parsed.header().id()).isEqualTo("org-plan-leaving");
        assertThat(parsed.body()).isEqualTo(builtIn.template().body());
        assertThat(copy.replace("id: org-plan-leaving", "id: plan-leaving")).isEqualTo(builtIn.sourceText());

        assertThat(library.importFiles(List.of(source("copy.txt", copy))).succeeded()).isTrue();
        String next = library.duplicateToEdit(library.find("org-plan-leaving", 1).orElseThrow());
        assertThat(TemplateParser.standard().parse(next).template().orElseThrow().header().version()).isEqualTo(2);
        assertThat(library.importFiles(List.of(source("next.txt", next))).succeeded()).isTrue();
    }

    private static TemplateSource source(String name, String text) {
        return new TemplateSource(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
