package org.cairn.ui.blocked;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.BlockedRecipient;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockedRecipientsViewModelTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private Session session;
    private CaseFile caseFile;
    private BlockedRecipientsViewModel model;

    @BeforeEach
    void open() {
        session = DemoSessions.create(temp.resolve("book"), clock, 3);
        CaseSummary summary = session.casebook().search("", 3).get(0);
        caseFile = session.casebook().cases().find(summary.caseId()).orElseThrow();
        model = new BlockedRecipientsViewModel(session, caseFile.id(), Fakes.messages(), new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), dialogs);
        model.load();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private DirectoryEntry entry(String name) {
        return model.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aDirectoryEntryIsMarkedWithItsReasonShownAsBlockedAndAudited() {
        DirectoryEntry centre = entry("Eastgate Community Centre");
        assertThat(model.isBlocked(centre)).isFalse();
        model.entryProperty().set(centre);
        model.add();
        assertThat(model.errorProperty().get()).contains("Write the reason");
        assertThat(model.blocked()).isEmpty();

        model.reasonProperty().set("  The abuser's brother volunteers there ");
        model.add();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.blocked()).singleElement().satisfies(mark -> {
            assertThat(mark.directoryEntryId()).isEqualTo(centre.id());
            assertThat(mark.name()).isEqualTo("Eastgate Community Centre");
            assertThat(mark.reason()).isEqualTo("The abuser's brother volunteers there");
        });
        assertThat(model.isBlocked(entry("Eastgate Community Centre"))).isTrue();
        assertThat(model.label(entry("Eastgate Community Centre"))).endsWith("blocked for this client");
        assertThat(model.entryProperty().get()).isNull();
        assertThat(session.casebook().blockedRecipients().isBlocked(caseFile.clientId(), centre.id(), null)).isTrue();
        assertThat(session.casebook().audit().recent(1)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.BLOCKED_RECIPIENT_ADDED);

        model.entryProperty().set(entry("Eastgate Community Centre"));
        model.reasonProperty().set("again");
        model.add();
        assertThat(model.errorProperty().get()).contains("already marked");
        assertThat(model.blocked()).hasSize(1);
    }

    @Test
    void aTypedNameIsMarkedAndADirectoryEntryOfThatNameShowsAsBlocked() {
        model.nameProperty().set("eastgate   community centre");
        model.reasonProperty().set("linked to the abuser");
        model.add();
        assertThat(model.blocked()).singleElement().satisfies(mark ->
                assertThat(mark.directoryEntryId()).isNull());
        assertThat(model.isBlocked(entry("Eastgate Community Centre"))).isTrue();
        assertThat(model.isBlocked(entry("Millford Refuge Network"))).isFalse();
    }

    @Test
    void choosingNobodyOrBothSaysWhatToDoAndStoresNothing() {
        model.reasonProperty().set("reason");
        model.add();
        assertThat(model.errorProperty().get()).contains("Choose a directory entry or type a name first");
        model.entryProperty().set(entry("Millford Refuge Network"));
        model.nameProperty().set("Somebody");
        model.add();
        assertThat(model.errorProperty().get()).contains("not both");
        assertThat(session.casebook().blockedRecipients().forClient(caseFile.clientId())).isEmpty();
        assertThat(model.reasonProperty().get()).as("nothing typed is lost").isEqualTo("reason");
    }

    @Test
    void removingAMarkIsConfirmedFirstAndAudited() {
        model.nameProperty().set("Tariq Khan");
        model.reasonProperty().set("the abuser's cousin");
        model.add();
        BlockedRecipient mark = model.blocked().get(0);

        dialogs.confirmAnswer = false;
        model.remove(mark);
        assertThat(model.blocked()).hasSize(1);

        dialogs.confirmAnswer = true;
        model.remove(mark);
        assertThat(model.blocked()).isEmpty();
        assertThat(model.statusProperty().get()).contains("Tariq Khan");
        assertThat(session.casebook().audit().recent(1)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.BLOCKED_RECIPIENT_REMOVED);
    }
}
