package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.BlockedRecipient;
import org.cairn.casebook.DirectoryDetails;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.RecipientKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Never-contact marks through the use cases. */
class BlockedRecipientsTest {
    @TempDir
    Path dir;
    CaseworkFixture book;
    BlockedRecipients marks;
    DirectoryEntry centre;
    long caseId;

    @BeforeEach
    void open() {
        book = new CaseworkFixture(dir);
        marks = book.casework.blockedRecipients();
        caseId = book.caseFile.id();
        centre = book.casebook.directory().add(new DirectoryDetails("Eastside Community Centre",
                RecipientKind.THIRD_SECTOR, List.of("community"), List.of("English"), List.of("Millford"), null,
                null, null, null, null));
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void anEntryIsMarkedUnderTheDirectorysOwnNameAuditedAsThePersonAndOfferedAsBlocked() {
        long before = book.lastAuditId();

        BlockedRecipient mark = marks.block(caseId, centre.id(), "", "  The abuser's brother volunteers there ");

        assertThat(mark.name()).isEqualTo(centre.name());
        assertThat(mark.reason()).isEqualTo("The abuser's brother volunteers there");
        assertThat(book.auditAfter(before)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.BLOCKED_RECIPIENT_ADDED);
            assertThat(row.actor()).isEqualTo(CaseworkFixture.ACTOR);
        });
        ClientBlocks read = marks.read(caseId);
        assertThat(read.marks()).extracting(BlockedRecipient::id).containsExactly(mark.id());
        assertThat(read.offered().isBlocked(centre)).isTrue();
    }

    @Test
    void anEntryAlreadyMarkedIsNotMarkedTwice() {
        marks.block(caseId, centre.id(), null, "linked to the abuser");
        long before = book.lastAuditId();

        CaseworkException refused = catchThrowableOfType(
                () -> marks.block(caseId, centre.id(), null, "linked to the abuser"), CaseworkException.class);

        assertThat(refused.problem()).isEqualTo(Problem.ALREADY_BLOCKED);
        assertThat(marks.read(caseId).marks()).hasSize(1);
        assertThat(book.auditAfter(before)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " \t", "--", "\u200b\u200b\u200b\u200b", "\u2066\u2069"})
    void aMarkWithoutAReasonInWordsIsRefused(String reason) {
        CaseworkException refused = catchThrowableOfType(() -> marks.block(caseId, null, "Tariq Example", reason),
                CaseworkException.class);
        assertThat(refused.problem()).isEqualTo(Problem.REASON_NEEDED);
        assertThat(marks.read(caseId).marks()).isEmpty();
    }

    @Test
    void aMarkNamesSomeoneAndNeverBothAnEntryAndATypedName() {
        CaseworkException nobody = catchThrowableOfType(() -> marks.block(caseId, null, " \u3000", "no reason needed"),
                CaseworkException.class);
        assertThat(nobody.problem()).isEqualTo(Problem.EMPTY_TEXT);
        assertThatThrownBy(() -> marks.block(caseId, centre.id(), "Someone Else", "linked to the abuser"))
                .isInstanceOf(IllegalArgumentException.class);
        CaseworkException gone = catchThrowableOfType(
                () -> marks.block(caseId, centre.id() + 99, null, "linked to the abuser"), CaseworkException.class);
        assertThat(gone.problem()).isEqualTo(Problem.NOT_FOUND);
        assertThat(marks.read(caseId).marks()).isEmpty();
    }

    @Test
    void removingAMarkIsAuditedAndTheEntryIsOfferedUnmarkedAgain() {
        BlockedRecipient mark = marks.block(caseId, null, "Eastside Community Centre", "linked to the abuser");
        assertThat(marks.read(caseId).offered().isBlocked(centre)).as("blocked by name").isTrue();
        long before = book.lastAuditId();

        marks.unblock(mark.id());

        assertThat(marks.read(caseId).offered().isBlocked(centre)).isFalse();
        assertThat(book.auditAfter(before)).extracting(AuditEntry::actor).containsExactly(CaseworkFixture.ACTOR);
    }
}
