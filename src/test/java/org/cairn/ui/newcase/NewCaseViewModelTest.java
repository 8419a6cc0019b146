package org.cairn.ui.newcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseStatus;
import org.cairn.casebook.RiskLevel;
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

class NewCaseViewModelTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private Session session;
    private NewCaseViewModel model;

    @BeforeEach
    void open() {
        session = DemoSessions.create(temp.resolve("book"), clock, 2);
        model = new NewCaseViewModel(session, Fakes.messages(), navigator, new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), dialogs, clock);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void startsWithTodayAndTheAdvocateWhoIsSignedIn() {
        assertThat(model.openedOnProperty().get()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(model.advocateProperty().get()).isEqualTo("tester");
    }

    @Test
    void createsTheClientAndCaseTogetherAndOpensTheCaseFile() {
        long before = session.casebook().counts().cases();
        model.aliasProperty().set("  Mina ");
        model.riskProperty().set(RiskLevel.MEDIUM);
        model.create();
        assertThat(session.casebook().counts().cases()).isEqualTo(before + 1);
        var found = session.casebook().search("Mina", 5);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).risk()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(found.get(0).status()).isEqualTo(CaseStatus.OPEN);
        assertThat(navigator.visits).containsExactly("caseFile " + found.get(0).caseId());
        assertThat(session.casebook().audit().recent(5)).extracting(AuditEntry::action)
                .contains(AuditAction.CLIENT_CREATED, AuditAction.CASE_OPENED);
        assertThat(model.mayLeave()).isTrue();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void refusesWhatCannotBeSavedAndWritesNothing() {
        long before = session.casebook().counts().cases();
        model.create();
        assertThat(model.errorProperty().get()).contains("alias");
        model.aliasProperty().set("Mina");
        model.openedOnProperty().set(LocalDate.of(2026, 4, 1));
        model.create();
        assertThat(model.errorProperty().get()).contains("future");
        model.openedOnProperty().set(LocalDate.of(2026, 3, 1));
        model.advocateProperty().set(" ");
        model.create();
        assertThat(model.errorProperty().get()).contains("advocate");
        assertThat(session.casebook().counts().cases()).isEqualTo(before);
        assertThat(navigator.visits).isEmpty();
    }

    @Test
    void asksBeforeDroppingATypedAlias() {
        assertThat(model.mayLeave()).isTrue();
        model.aliasProperty().set("Mina");
        dialogs.confirmAnswer = false;
        assertThat(model.mayLeave()).isFalse();
        model.cancel();
        assertThat(navigator.visits).containsExactly("cases");
    }
}
