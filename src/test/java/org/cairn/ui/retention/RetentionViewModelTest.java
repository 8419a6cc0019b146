package org.cairn.ui.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.RetentionChoice;
import org.cairn.casework.Casework;
import org.cairn.casework.Role;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.ui.retention.ReviewRow.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    @TempDir
    Path dir;
    Session admin;
    Fakes.Dialogs dialogs = new Fakes.Dialogs();
    RecordingNavigator navigator = new RecordingNavigator();

    @BeforeEach
    void open() {
        admin = DemoSessions.create(dir.resolve("book"), new MutableClock(Fakes.START), 0);
    }

    @AfterEach
    void close() {
        admin.close();
    }

    private RetentionViewModel model(Session session) {
        RetentionViewModel model = new RetentionViewModel(session, Fakes.messages(), navigator,
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), dialogs);
        model.load();
        return model;
    }

    private Session advocate() {
        return new Session(admin.folder(), admin.vault(), admin.casebook(),
                Casework.actingAs(admin.casebook(), Role.ADVOCATE));
    }

    private long closedCase(String alias, LocalDate closedOn) {
        long clientId = admin.casebook().clients().create(ClientDetails.withAlias(alias)).id();
        long caseId = admin.casebook().cases().open(clientId, CaseDetails.opened(closedOn.minusMonths(3), "R. O."))
                .id();
        admin.casebook().cases().close(caseId, closedOn);
        return caseId;
    }

    private static ReviewRow row(RetentionViewModel model, long caseId) {
        return model.rows().stream().filter(r -> r.caseId() == caseId).findFirst().orElseThrow();
    }

    @Test
    void dueAndHeldCasesAreListedAndOnlyTheDueOneCanBeDecided() {
        long due = closedCase("Due", TODAY.minusYears(6));
        long notYet = closedCase("Not yet", TODAY.minusYears(6).plusDays(1));
        long held = closedCase("Held", TODAY.minusYears(9));
        admin.casework().retention().placeHold(held, "Family court proceedings", TODAY.plusMonths(4));
        RetentionViewModel model = model(admin);

        assertThat(model.rows()).extracting(ReviewRow::caseId).containsExactlyInAnyOrder(due, held)
                .doesNotContain(notYet);
        assertThat(row(model, held).state()).isEqualTo(State.HELD);
        assertThat(row(model, held).date()).isEqualTo(TODAY.plusMonths(4));
        assertThat(row(model, due).date()).isEqualTo(TODAY);

        model.selectedProperty().set(row(model, held));
        assertThat(model.decidableProperty().get()).isFalse();
        assertThat(model.erasableProperty().get()).isFalse();
        model.reasonProperty().set("Period ended");
        model.erase();
        assertThat(dialogs.shown).as("no confirmation is offered for what cannot be decided").isEmpty();
        assertThat(model.errorProperty().get()).contains("legal hold");
        assertThat(admin.casework().retention().decisions(held)).isEmpty();

        model.selectedProperty().set(row(model, due));
        assertThat(model.decidableProperty().get()).isTrue();
    }

    @Test
    void keepingNeedsADateAndAReasonAndTakesTheCaseOutOfTheQueue() {
        long due = closedCase("Due", TODAY.minusYears(7));
        RetentionViewModel model = model(admin);
        model.selectedProperty().set(row(model, due));
        model.reasonProperty().set("Complaint still open");
        model.keep();
        assertThat(model.errorProperty().get()).contains("date");
        model.keepUntilProperty().set(TODAY.plusYears(1));
        model.reasonProperty().set(" \u200b ");
        model.keep();
        assertThat(model.errorProperty().get()).contains("reason");
        assertThat(admin.casework().retention().decisions(due)).isEmpty();

        model.reasonProperty().set("Complaint still open");
        model.keep();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(admin.casework().retention().decisions(due)).singleElement()
                .satisfies(d -> assertThat(d.keepUntil()).isEqualTo(TODAY.plusYears(1)));
        assertThat(model.rows()).isEmpty();
        assertThat(model.statusProperty().get()).contains("kept until");
    }

    @Test
    void anAdministratorIsToldWhatErasureCannotUndoAndDecliningErasesNothing() {
        long due = closedCase("Due", TODAY.minusYears(7));
        String reference = admin.casebook().cases().find(due).orElseThrow().reference().toString();
        RetentionViewModel model = model(admin);
        model.selectedProperty().set(row(model, due));
        model.reasonProperty().set("Period ended, nothing pending");
        dialogs.confirmAnswer = false;
        model.erase();
        assertThat(dialogs.shown).singleElement().asString().contains("cannot be undone").contains(reference)
                .contains("Backups made before now");
        assertThat(admin.casebook().cases().find(due)).isPresent();
        assertThat(admin.casework().retention().decisions(due)).isEmpty();

        dialogs.confirmAnswer = true;
        model.erase();
        assertThat(admin.casebook().cases().find(due)).isEmpty();
        assertThat(admin.casework().erasure().journal()).hasSize(1);
        assertThat(model.rows()).isEmpty();
        assertThat(model.statusProperty().get()).contains("was erased");
    }

    @Test
    void anAdvocatesDecisionWaitsForAnAdministratorWhoCarriesItOut() {
        long due = closedCase("Due", TODAY.minusYears(7));
        Session advocate = advocate();
        RetentionViewModel asAdvocate = model(advocate);
        asAdvocate.selectedProperty().set(row(asAdvocate, due));
        asAdvocate.reasonProperty().set("Period ended, nothing pending");
        asAdvocate.erase();
        assertThat(dialogs.shown).singleElement().asString().contains("an administrator carries it out");
        assertThat(admin.casebook().cases().find(due)).isPresent();
        assertThat(row(asAdvocate, due).state()).isEqualTo(State.AWAITING_ERASURE);
        asAdvocate.selectedProperty().set(row(asAdvocate, due));
        assertThat(asAdvocate.erasableProperty().get()).as("an advocate never erases").isFalse();

        RetentionViewModel asAdmin = model(admin);
        asAdmin.selectedProperty().set(row(asAdmin, due));
        assertThat(asAdmin.decidableProperty().get()).isFalse();
        assertThat(asAdmin.erasableProperty().get()).isTrue();
        asAdmin.reasonProperty().set("As decided in the review");
        asAdmin.erase();
        assertThat(admin.casebook().cases().find(due)).isEmpty();
        assertThat(asAdmin.rows()).isEmpty();
    }

    @Test
    void anAdvocateAnonymisesAfterSayingWhatCannotBeUndoneAndTheCaseLeavesTheQueue() {
        long due = closedCase("Due", TODAY.minusYears(7));
        admin.casebook().notes().add(due, "Notes about her that must go");
        // She has another case, so she stays: only an administrator may delete her with her last case.
        admin.casebook().cases().open(admin.casebook().cases().find(due).orElseThrow().clientId(),
                CaseDetails.opened(TODAY.minusMonths(1), "R. O."));
        Session advocate = advocate();
        RetentionViewModel model = model(advocate);
        model.selectedProperty().set(row(model, due));
        assertThat(model.anonymisableProperty().get()).isTrue();
        model.reasonProperty().set("Counts kept, names go");
        dialogs.confirmAnswer = false;
        model.anonymise();
        assertThat(dialogs.shown).singleElement().asString().contains("cannot be undone").contains("first day of "
                + "their quarter");
        assertThat(admin.casework().retention().decisions(due)).isEmpty();

        dialogs.confirmAnswer = true;
        model.anonymise();
        assertThat(admin.casework().retention().decisions(due)).singleElement().satisfies(d -> {
            assertThat(d.choice()).isEqualTo(RetentionChoice.ANONYMISE);
            assertThat(d.carriedOutAt()).isNotNull();
        });
        assertThat(model.rows()).as("carried out: nothing waits").isEmpty();
        assertThat(model.statusProperty().get()).contains("was anonymised");
        assertThat(admin.casebook().notes().forCase(due)).isEmpty();
        assertThat(admin.casebook().cases().find(due)).as("kept for the counts").isPresent();
    }

    @Test
    void aDecisionToAnonymiseMadeBeforeItWasCarriedOutIsCarriedOutFromTheList() {
        long due = closedCase("Due", TODAY.minusYears(7));
        admin.casebook().transactions().write(tx -> admin.casebook().retention().decide(tx, due,
                RetentionChoice.ANONYMISE, null, "decided in an earlier version"));
        RetentionViewModel model = model(admin);
        model.selectedProperty().set(row(model, due));
        assertThat(row(model, due).state()).isEqualTo(State.AWAITING_ANONYMISATION);
        assertThat(model.decidableProperty().get()).isFalse();
        assertThat(model.anonymisableProperty().get()).isTrue();
        dialogs.confirmAnswer = true;
        model.anonymise();
        assertThat(model.errorProperty().get()).as("a reason first").isNotEmpty();
        model.reasonProperty().set("As decided");
        model.anonymise();
        assertThat(model.rows()).isEmpty();
        assertThat(admin.casework().retention().decisions(due)).singleElement()
                .satisfies(d -> assertThat(d.carriedOutAt()).isNotNull());
    }

    /** Generated: many closing dates, a random part on hold; every due unheld case is decidable, no other is. */
    @Test
    void onlyCasesWhosePeriodEndedAndThatAreNotHeldAreDecidable() {
        Random random = new Random(21);
        Set<Long> decidable = new HashSet<>();
        Set<Long> held = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            LocalDate closed = TODAY.minusDays(random.nextInt(365 * 10));
            long caseId = closedCase("Client " + i, closed);
            if (random.nextInt(3) == 0) {
                admin.casework().retention().placeHold(caseId, "Claim", TODAY.plusDays(1 + random.nextInt(300)));
                held.add(caseId);
            } else if (!closed.plusYears(6).isAfter(TODAY)) {
                decidable.add(caseId);
            }
        }
        RetentionViewModel model = model(admin);
        List<Long> decidableRows = model.rows().stream().filter(ReviewRow::decidable).map(ReviewRow::caseId).toList();
        assertThat(decidableRows).containsExactlyInAnyOrderElementsOf(decidable);
        assertThat(model.rows().stream().filter(r -> r.state() == State.HELD).map(ReviewRow::caseId))
                .containsExactlyInAnyOrderElementsOf(held);
    }

    @Test
    void backGoesHome() {
        model(admin).back();
        assertThat(navigator.visits).containsExactly("cases");
    }
}
