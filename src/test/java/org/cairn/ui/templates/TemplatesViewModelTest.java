package org.cairn.ui.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cairn.templates.LibraryTemplate;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesViewModelTest {
    private static final String PLAN = """
            cairn-template: 1
            id: local-plan
            version: 1
            title: Our local plan
            kind: safety-plan
            language: en-GB
            recipient: client
            consent: keep-records
            sensitive: none
            requires-oisc: no
            source: Our own practice
            last-checked: 2026-10-01
            translation: original
            ---

            ## first: First steps

            - [tick] bag: Keep a bag ready.
            """;
    @TempDir
    Path dir;
    Session session;
    Fakes.Files files = new Fakes.Files();
    Fakes.Dialogs dialogs = new Fakes.Dialogs();
    TemplatesViewModel model;

    @BeforeEach
    void open() {
        session = DemoSessions.create(dir.resolve("book"), new MutableClock(Fakes.START), 0);
        model = new TemplatesViewModel(session, Fakes.messages(), new RecordingNavigator(), new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), files, dialogs);
        model.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void importAddsTheTemplateAndExportWritesItBackUnchanged() throws Exception {
        int builtIns = model.rows().size();
        assertThat(model.rows()).allMatch(LibraryTemplate::builtIn);
        files.answers.add(write("plan.txt", PLAN));
        model.importFile();
        assertThat(model.rows()).hasSize(builtIns + 1);
        LibraryTemplate imported = model.rows().get(builtIns);
        assertThat(imported.header().lastChecked()).hasToString("2026-10-01");
        assertThat(model.statusProperty().get()).isEqualTo("Imported Our local plan, version 1.");

        model.selectedProperty().set(imported);
        Path out = dir.resolve("out.txt");
        files.answers.add(out);
        model.export();
        assertThat(Files.readString(out)).isEqualTo(PLAN);
    }

    @Test
    void aFileWithProblemsIsListedLineByLineAndNothingIsStored() throws Exception {
        int before = model.rows().size();
        files.answers.add(write("bad.txt", PLAN.replace("kind: safety-plan", "kind: plan")));
        model.importFile();
        assertThat(dialogs.shown).singleElement().asString().contains("nothing was stored")
                .contains("bad.txt:5:7: Unknown kind 'plan'.");
        assertThat(session.casebook().orgTemplates().all()).isEmpty();
        model.load();
        assertThat(model.rows()).hasSize(before);
    }

    @Test
    void duplicateToEditSavesACopyWithANewIdReadyToImport() throws Exception {
        model.selectedProperty().set(model.rows().get(0));
        Path copy = dir.resolve("copy.txt");
        files.answers.add(copy);
        model.duplicate();
        assertThat(Files.readString(copy)).contains("id: org-" + model.rows().get(0).header().id());
        assertThat(dialogs.shown).singleElement().asString().contains("Edit it in a text editor");
        files.answers.add(copy);
        model.importFile();
        assertThat(session.casebook().orgTemplates().all()).hasSize(1);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
