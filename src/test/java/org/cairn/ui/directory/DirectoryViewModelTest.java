package org.cairn.ui.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.RecipientKind;
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

class DirectoryViewModelTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Fakes.Files files = new Fakes.Files();
    private Session session;
    private DirectoryViewModel model;

    @BeforeEach
    void open() {
        session = DemoSessions.create(temp.resolve("book"), clock, 2);
        model = new DirectoryViewModel(session, Fakes.messages(), navigator, new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), files);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void searchNarrowsByEveryFieldGiven() {
        model.search();
        int all = model.entries().size();
        assertThat(all).isGreaterThan(10);
        model.searchLanguageProperty().set("tigrinya");
        model.search();
        assertThat(model.entries()).extracting(DirectoryEntry::name)
                .containsExactly("Rivermouth Migrant Health Project");
        model.searchLanguageProperty().set("");
        model.searchServiceProperty().set("refuge");
        model.searchAreaProperty().set("millford");
        model.search();
        assertThat(model.entries()).extracting(DirectoryEntry::name).containsExactly("Millford Refuge Network");
    }

    @Test
    void addEditAndArchiveAnEntryThroughTheForm() {
        model.newEntry();
        model.nameProperty().set("Quayside Advice");
        model.kindProperty().set(RecipientKind.STATUTORY);
        model.servicesProperty().set("benefits, debt ,");
        model.lastCheckedProperty().set("2026-02-01");
        model.save();
        assertThat(model.errorProperty().get()).isEmpty();
        DirectoryEntry saved = model.editingProperty().get();
        assertThat(saved.details().services()).containsExactly("benefits", "debt");
        assertThat(model.entries()).contains(saved);

        model.edit(saved);
        model.phoneProperty().set("01632 960555");
        model.save();
        assertThat(session.casebook().directory().find(saved.id()).orElseThrow().details().phone())
                .isEqualTo("01632 960555");

        model.archive();
        assertThat(model.entries()).extracting(DirectoryEntry::id).doesNotContain(saved.id());
        assertThat(session.casebook().audit().forSubject("directory:" + saved.id()))
                .extracting(e -> e.action()).containsExactly(AuditAction.DIRECTORY_ENTRY_ADDED,
                        AuditAction.DIRECTORY_ENTRY_UPDATED, AuditAction.DIRECTORY_ENTRY_UPDATED);
    }

    @Test
    void badInputIsExplainedAndNothingIsLost() {
        model.newEntry();
        model.save();
        assertThat(model.errorProperty().get()).contains("name");
        model.nameProperty().set("Northbridge women's aid");
        model.lastCheckedProperty().set("March");
        model.save();
        assertThat(model.errorProperty().get()).contains("year-month-day");
        model.lastCheckedProperty().set("");
        model.save();
        assertThat(model.errorProperty().get()).contains("already has an entry with this name");
        assertThat(model.nameProperty().get()).isEqualTo("Northbridge women's aid");
    }

    @Test
    void importListsEveryProblemAndStoresNothingThenExportRoundTrips() throws Exception {
        Path bad = temp.resolve("bad.txt");
        Files.writeString(bad, "cairn-directory: 1\n\nname: A\nkind: nobody\n\nkind: client\n");
        files.answers.add(bad);
        model.search();
        int before = model.entries().size();
        model.importFile();
        assertThat(model.errorProperty().get()).contains("Nothing was imported", "Line 4:", "Line 6:");
        assertThat(session.casebook().directory().list()).hasSize(before);

        Path out = temp.resolve("out.txt");
        files.answers.add(out);
        model.exportFile();
        assertThat(model.statusProperty().get()).contains("out.txt");
        String exported = Files.readString(out);
        Files.writeString(out, exported.replace("name: Fair Work Rivermouth", "name: Fair Work Rivermouth\n"
                + "phone: 01632 960999").replace("phone: 01632 960587\n", ""));
        files.answers.add(out);
        model.importFile();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).contains("0 added", before + " updated");
        assertThat(session.casebook().directory().findByName("Fair Work Rivermouth").orElseThrow().details()
                .phone()).isEqualTo("01632 960999");
    }

    @Test
    void backGoesToTheCases() {
        model.back();
        assertThat(navigator.visits).containsExactly("cases");
    }
}
