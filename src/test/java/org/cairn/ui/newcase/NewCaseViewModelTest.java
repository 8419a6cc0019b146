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
        assertThat(model.advocateProperty().get()).isEqualTo(session.casework().person().name()).isEqualTo("administrator");
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

    @Test
    void anotherCaseForAnExistingClientKeepsHerDetailsAndIsAudited() {
        var first = session.casebook().search("", 1).get(0);
        var client = session.casebook().clients().find(
                session.casebook().cases().find(first.caseId()).orElseThrow().clientId()).orElseThrow();
        long clients = session.casebook().counts().clients();
        long cases = session.casebook().counts().cases();
        NewCaseViewModel again = new NewCaseViewModel(session, Fakes.messages(), navigator, new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), dialogs, clock, client.id());
        assertThat(again.forExistingClient()).isTrue();
        assertThat(again.aliasProperty().get()).isEqualTo(client.details().alias());
        assertThat(again.titleProperty().get()).isEqualTo("New case for " + client.details().alias());
        assertThat(again.mayLeave()).as("nothing typed yet").isTrue();
        again.riskProperty().set(RiskLevel.HIGH);
        again.create();
        assertThat(again.errorProperty().get()).isEmpty();
        assertThat(session.casebook().counts().clients()).isEqualTo(clients);
        assertThat(session.casebook().counts().cases()).isEqualTo(cases + 1);
        var forClient = session.casebook().cases().forClient(client.id());
        var created = forClient.stream().max(java.util.Comparator.comparingLong(c -> c.id())).orElseThrow();
        assertThat(created.id()).isNotEqualTo(first.caseId());
        assertThat(created.details().risk()).isEqualTo(RiskLevel.HIGH);
        assertThat(session.casebook().clients().find(client.id()).orElseThrow().details())
                .isEqualTo(client.details());
        assertThat(navigator.visits).containsExactly("caseFile " + created.id());
        var recent = session.casebook().audit().recent(3);
        assertThat(recent).extracting(AuditEntry::action).contains(AuditAction.CASE_OPENED)
                .doesNotContain(AuditAction.CLIENT_CREATED);
        assertThat(recent).filteredOn(entry -> entry.action() == AuditAction.CASE_OPENED)
                .extracting(AuditEntry::subject).contains(created.reference().toString());
    }

    @Test
    void aClientThatIsGoneSaysSoAndWritesNothing() {
        long cases = session.casebook().counts().cases();
        NewCaseViewModel gone = new NewCaseViewModel(session, Fakes.messages(), navigator, new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), dialogs, clock, 999_999L);
        assertThat(gone.errorProperty().get()).contains("no longer in the casebook");
        gone.aliasProperty().set("Typed anyway");
        gone.create();
        assertThat(gone.errorProperty().get()).contains("no longer in the casebook");
        assertThat(session.casebook().counts().cases()).isEqualTo(cases);
        assertThat(navigator.visits).isEmpty();
    }
}
