package org.cairn.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.NoteVersion;
import org.cairn.casebook.Rectification;
import org.cairn.casework.ClientField;
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

/** The case file's corrections tab: what she asks to correct is recorded as a rectification, and listed. */
class CorrectionsModelTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private Session session;
    private CaseSummary summary;
    private CaseFileViewModel caseFile;
    private CorrectionsModel model;

    @BeforeEach
    void open() {
        session = DemoSessions.create(temp.resolve("book"), clock, 5);
        summary = session.casebook().search("", 5).get(1);
        caseFile = new CaseFileViewModel(session, summary.caseId(), Fakes.messages(), new RecordingNavigator(),
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), new Fakes.Clipboard(), new Fakes.Dialogs(),
                clock);
        caseFile.load(true);
        model = caseFile.corrections();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private long clientId() {
        return session.casebook().cases().find(summary.caseId()).orElseThrow().clientId();
    }

    private CorrectionsModel.Target field(ClientField field) {
        return model.targets().stream().filter(t -> t.field() == field).findFirst().orElseThrow();
    }

    @Test
    void correctsHerAddressKeepingTheEarlierValueAndListsIt() {
        String earlier = session.casebook().clients().personal(clientId()).address();
        assertThat(model.corrections()).isEmpty();
        assertThat(model.targets()).extracting(CorrectionsModel.Target::field).containsSubsequence(ClientField.values());
        model.valueProperty().set("3 New Street, Leeds");
        model.record();
        assertThat(model.errorProperty().get()).as("nothing chosen").contains("Choose what to correct");

        model.targetProperty().set(field(ClientField.ADDRESS));
        model.record();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(session.casebook().clients().personal(clientId()).address()).isEqualTo("3 New Street, Leeds");
        assertThat(model.corrections()).singleElement().satisfies(r -> {
            assertThat(r.earlierValue()).isEqualTo(earlier);
            assertThat(r.correctedValue()).isEqualTo("3 New Street, Leeds");
            assertThat(r.requestedOn()).as("today when no day is chosen").isEqualTo(LocalDate.now(clock));
        });
        assertThat(model.describeField(model.corrections().get(0).field())).isEqualTo("Address");
        assertThat(model.valueProperty().get()).isEmpty();
        assertThat(model.targetProperty().get()).as("kept after the reload").isEqualTo(field(ClientField.ADDRESS));
        assertThat(session.casebook().audit().latest(AuditAction.RECTIFIED)).isPresent();
    }

    @Test
    void correctsANoteOfThisCaseAndItsHistoryKeepsTheEarlierText() {
        var note = session.casebook().notes().forCase(summary.caseId()).get(0);
        CorrectionsModel.Target target = model.targets().stream()
                .filter(t -> t.note() != null && t.note().id() == note.id()).findFirst().orElseThrow();
        assertThat(model.describe(target)).isEqualTo("Note " + note.id());
        model.targetProperty().set(target);
        model.valueProperty().set("What she actually said");
        model.requestedOnProperty().set(LocalDate.now(clock).minusDays(2));
        model.record();
        assertThat(session.casebook().notes().history(note.id())).extracting(NoteVersion::text)
                .contains(note.text(), "What she actually said");
        assertThat(model.corrections()).extracting(Rectification::field).containsExactly("note:" + note.id());
        assertThat(model.describeField("note:" + note.id())).isEqualTo("Note " + note.id());
    }

    /** Attacker-style: invisible or spacing characters alone, and a day still to come, record nothing. */
    @Test
    void invisibleTextOrAFutureDayRecordsNothingAndSaysWhat() {
        model.targetProperty().set(field(ClientField.PHONE));
        String before = session.casebook().clients().personal(clientId()).phone();
        for (String typed : List.of("   ", "\u200b\u200b", "\u2060 \u00a0\ufeff", "\u0301\u0301")) {
            model.valueProperty().set(typed);
            model.record();
            assertThat(model.errorProperty().get()).as("%s", typed.codePoints().boxed().toList()).isNotEmpty();
        }
        model.valueProperty().set("07700 900123");
        model.requestedOnProperty().set(LocalDate.now(clock).plusDays(1));
        model.record();
        assertThat(model.errorProperty().get()).isNotEmpty();
        assertThat(model.valueProperty().get()).as("what she typed is not lost").isEqualTo("07700 900123");
        assertThat(session.casebook().clients().personal(clientId()).phone()).isEqualTo(before);
        assertThat(model.corrections()).isEmpty();

        model.requestedOnProperty().set(null);
        model.record();
        assertThat(session.casebook().clients().personal(clientId()).phone()).isEqualTo("07700 900123");
        assertThat(model.corrections()).hasSize(1);
    }

    @Test
    void aTypedCorrectionIsAnUnsavedChangeAndDiscardingItClearsIt() {
        model.valueProperty().set("Something half typed");
        assertThat(caseFile.hasUnsavedChanges()).isTrue();
        model.discard();
        assertThat(caseFile.hasUnsavedChanges()).isFalse();
    }
}
