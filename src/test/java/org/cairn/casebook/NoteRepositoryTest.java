package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteRepositoryTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(TestCasebooks.START);
    Casebook casebook;
    CaseFile caseFile;

    @BeforeEach
    void create() {
        casebook = TestCasebooks.create(dir, clock);
        long client = casebook.clients().create(ClientDetails.withAlias("Sahra")).id();
        caseFile = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), "T. Adeyemi"));
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    @Test
    void addStampsTimeAndActor() {
        Note note = casebook.notes().add(caseFile.id(), "Met at drop-in.");
        assertThat(note.writtenAt()).isEqualTo(TestCasebooks.START);
        assertThat(note.author()).isEqualTo(TestCasebooks.ACTOR);
        assertThat(note.version()).isEqualTo(1);
        assertThat(casebook.notes().find(note.id())).contains(note);
        assertThat(casebook.notes().history(note.id())).containsExactly(
                new NoteVersion(1, TestCasebooks.START, TestCasebooks.ACTOR, "Met at drop-in."));
    }

    @Test
    void editingKeepsEveryEarlierVersion() {
        Note note = casebook.notes().add(caseFile.id(), "First text");
        clock.advance(Duration.ofMinutes(5));
        casebook.notes().edit(note.id(), "Second text");
        clock.advance(Duration.ofMinutes(5));
        Note third = casebook.notes().edit(note.id(), "Third text");

        assertThat(third.version()).isEqualTo(3);
        assertThat(third.writtenAt()).isEqualTo(TestCasebooks.START);
        assertThat(third.editedAt()).isEqualTo(TestCasebooks.START.plus(Duration.ofMinutes(10)));
        assertThat(casebook.notes().find(note.id())).contains(third);
        Instant start = TestCasebooks.START;
        assertThat(casebook.notes().history(note.id())).containsExactly(
                new NoteVersion(1, start, TestCasebooks.ACTOR, "First text"),
                new NoteVersion(2, start.plus(Duration.ofMinutes(5)), TestCasebooks.ACTOR, "Second text"),
                new NoteVersion(3, start.plus(Duration.ofMinutes(10)), TestCasebooks.ACTOR, "Third text"));
        assertThat(casebook.audit().forSubject(caseFile.reference().toString())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CASE_OPENED, AuditAction.NOTE_ADDED, AuditAction.NOTE_EDITED,
                        AuditAction.NOTE_EDITED);
    }

    @Test
    void searchSeesOnlyTheCurrentText() {
        Note note = casebook.notes().add(caseFile.id(), "talked about refuge");
        casebook.notes().edit(note.id(), "talked about solicitor");
        assertThat(casebook.search("refuge", 10)).isEmpty();
        assertThat(casebook.search("solicitor", 10)).extracting(CaseSummary::caseId).containsExactly(caseFile.id());
    }

    @Test
    void notesOfACaseComeInWritingOrder() {
        Instant earlier = TestCasebooks.START.minus(Duration.ofDays(2));
        Note late = casebook.notes().add(caseFile.id(), "today");
        Note early = TestCasebooks.vault(casebook).write(tx -> casebook.notes().add(tx, caseFile.id(), earlier, "J. Whitfield",
                "written up later"));
        assertThat(casebook.notes().forCase(caseFile.id())).containsExactly(early, late);
        assertThat(early.author()).isEqualTo("J. Whitfield");
    }

    @Test
    void refusesEmptyTextAndUnknownNotes() {
        assertThatThrownBy(() -> casebook.notes().add(caseFile.id(), "  "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> casebook.notes().edit(777, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(casebook.notes().history(777)).isEqualTo(List.of());
    }
}
