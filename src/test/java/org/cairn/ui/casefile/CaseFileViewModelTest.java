package org.cairn.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentEntry;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.NoteVersion;
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

class CaseFileViewModelTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Fakes.Clipboard clipboard = new Fakes.Clipboard();
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private Session session;
    private CaseSummary summary;
    private CaseFileViewModel model;

    @BeforeEach
    void open() {
        session = DemoSessions.create(temp.resolve("book"), clock, 5);
        summary = session.casebook().search("", 5).get(2);
        model = new CaseFileViewModel(session, summary.caseId(), Fakes.messages(), navigator, new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), clipboard, dialogs, clock);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void showsTheBannerAndRecordsThatTheCaseFileWasOpened() {
        model.load(true);
        assertThat(model.headingProperty().get()).contains(summary.reference().toString()).contains(summary.alias());
        assertThat(model.bannerProperty().get()).contains("Phone:").contains("Text:").contains("Post:");
        assertThat(model.audit()).extracting(AuditEntry::action).contains(AuditAction.CASE_FILE_OPENED);
        model.load(false);
        assertThat(model.audit()).filteredOn(entry -> entry.action() == AuditAction.CASE_FILE_OPENED).hasSize(1);
    }

    @Test
    void addsAndEditsNotesKeepingTheirHistory() {
        model.load(true);
        int before = model.noteList().notes().size();
        model.noteList().newNoteProperty().set("   ");
        model.noteList().saveNote();
        assertThat(model.errorProperty().get()).isNotEmpty();
        model.noteList().newNoteProperty().set("Called at the agreed time.");
        model.noteList().saveNote();
        assertThat(model.noteList().notes()).hasSize(before + 1);
        var added = model.noteList().notes().stream().filter(n -> n.text().equals("Called at the agreed time.")).findFirst()
                .orElseThrow();
        model.noteList().edit(added);
        model.noteList().newNoteProperty().set("Called at the agreed time; used the code word.");
        model.noteList().saveNote();
        assertThat(model.noteList().editingProperty().get()).isNull();
        assertThat(model.noteList().history()).extracting(NoteVersion::text)
                .containsExactly("Called at the agreed time.", "Called at the agreed time; used the code word.");
        assertThat(model.noteList().notes()).hasSize(before + 1);
    }

    @Test
    void givenConsentPastItsExpiryIsExpired() {
        var given = new ConsentEntry(1, 1, new ConsentRecord(ConsentPurpose.KEEP_RECORDS, null, ConsentDecision.GIVEN,
                LocalDate.of(2025, 1, 1), ConsentMethod.values()[0], LocalDate.of(2026, 3, 2)), "t", Fakes.START);
        var later = new ConsentEntry(2, 1, new ConsentRecord(ConsentPurpose.KEEP_RECORDS, null, ConsentDecision.GIVEN,
                LocalDate.of(2025, 1, 1), ConsentMethod.values()[0], LocalDate.of(2026, 3, 3)), "t", Fakes.START);
        assertThat(model.isExpired(given)).isTrue();
        assertThat(model.isExpired(later)).isFalse();
    }

    @Test
    void copiesTheReference() {
        model.load(true);
        model.copyReference();
        assertThat(clipboard.content).isEqualTo(summary.reference().toString());
    }

    @Test
    void backReturnsToTheCases() {
        model.back();
        assertThat(navigator.visits).containsExactly("cases");
    }
}
