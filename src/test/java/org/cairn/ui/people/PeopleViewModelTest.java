package org.cairn.ui.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.cairn.casework.Role;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.ui.common.TaskRunner;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.RecoveryKey;
import org.cairn.vault.UnlockFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The People screen's rules, without a toolkit: every slot shown, the use cases' refusals in words, no secret kept. */
class PeopleViewModelTest {
    static final String AMINAS = "violet kettles marching under quiet rain";
    static final String PRIYAS = "seven copper lanterns drifting past harbour walls";
    private static final KdfPolicy FAST = KdfPolicy.fixed(KdfParams.floor());
    private final Messages messages = Fakes.messages();
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final RecordingNavigator navigator = new RecordingNavigator();
    @TempDir
    Path temp;

    private PeopleViewModel model(Session session) {
        return new PeopleViewModel(session, messages, navigator, new SyncTaskRunner(),
                new ErrorMessages(messages), FAST, clock);
    }

    private Session unlockAs(Path folder, String name, String passphrase) {
        try (Passphrase typed = Passphrase.copyOf(passphrase.toCharArray())) {
            return Fakes.gateway(clock).open(folder, name, typed);
        }
    }

    private static void addDirectly(Session session, String name, Role role, String passphrase) {
        try (Passphrase theirs = Passphrase.copyOf(passphrase.toCharArray())) {
            session.casework().people().add(name, role, theirs, FAST);
        }
    }

    private static String problemWords(Messages messages, String key) {
        return messages.get(key);
    }

    @Test
    void anAdministratorSeesEverySlotWithWhoAddedItAndWhen() {
        try (Session admin = DemoSessions.create(temp.resolve("book"), clock, 1)) {
            addDirectly(admin, "Amina Yusuf", Role.ADVOCATE, AMINAS);
            addDirectly(admin, "Priya Shah", Role.COORDINATOR, PRIYAS);
            PeopleViewModel model = model(admin);
            assertThat(model.managesPeople()).isTrue();
            model.load();
            assertThat(model.rows()).extracting(PersonRow::name).containsExactly("administrator", "Amina Yusuf",
                    "Priya Shah");
            assertThat(model.rows()).extracting(PersonRow::roleText).containsExactly("Administrator", "Advocate",
                    "Coordinator");
            assertThat(model.rows()).extracting(PersonRow::addedBy).containsExactly("administrator",
                    "administrator", "administrator");
            assertThat(model.rows()).allSatisfy(row -> assertThat(row.addedOn()).isNotBlank());
            assertThat(model.rows()).extracting(PersonRow::you).containsExactly(true, false, false);
        }
    }

    @Test
    void addingAPersonListsThemAndWipesWhatWasTyped() {
        Path folder = temp.resolve("book");
        try (Session admin = DemoSessions.create(folder, clock, 1)) {
            PeopleViewModel model = model(admin);
            model.load();
            model.newNameProperty().set("  Amina Yusuf ");
            model.newRoleProperty().set(Role.ADVOCATE);
            char[] first = AMINAS.toCharArray();
            char[] second = AMINAS.toCharArray();
            model.updateNew(first, second);
            assertThat(model.newRating().isAcceptable()).isTrue();
            model.add(first, second);
            assertThat(model.errorProperty().get()).isEmpty();
            assertThat(model.statusProperty().get()).contains("Amina Yusuf").contains("Advocate");
            assertThat(model.rows()).extracting(PersonRow::name).containsExactly("administrator", "Amina Yusuf");
            assertThat(first).containsOnly('\0');
            assertThat(second).containsOnly('\0');
            assertThat(model.newNameProperty().get()).isEmpty();
            assertThat(model.busyProperty().get()).isFalse();
        }
        try (Session amina = unlockAs(folder, "Amina Yusuf", AMINAS)) {
            assertThat(amina.casework().person().role()).isEqualTo(Role.ADVOCATE);
        }
    }

    @Test
    void aWeakOrMismatchedPassphraseOrNoNameAddsNobodyAndIsWipedAllTheSame() {
        try (Session admin = DemoSessions.create(temp.resolve("book"), clock, 1)) {
            PeopleViewModel model = model(admin);
            model.newNameProperty().set("Amina Yusuf");
            char[] weak = "password123".toCharArray();
            char[] weakAgain = "password123".toCharArray();
            model.add(weak, weakAgain);
            assertThat(model.errorProperty().get()).isEqualTo(messages.get("create.invalid.guessable"));
            assertThat(weak).containsOnly('\0');
            assertThat(weakAgain).containsOnly('\0');

            char[] first = AMINAS.toCharArray();
            char[] other = PRIYAS.toCharArray();
            model.add(first, other);
            assertThat(model.errorProperty().get()).isNotBlank();
            assertThat(first).containsOnly('\0');
            assertThat(other).containsOnly('\0');

            model.newNameProperty().set("   ");
            char[] good = AMINAS.toCharArray();
            char[] goodAgain = AMINAS.toCharArray();
            model.add(good, goodAgain);
            assertThat(model.errorProperty().get()).isEqualTo(messages.get("people.add.nameMissing"));
            assertThat(good).containsOnly('\0');
            assertThat(admin.casework().people().list()).hasSize(1);
        }
    }

    @Test
    void aNameThatHidesCharactersOrCopiesAnotherIsRefusedInPlainWords() {
        try (Session admin = DemoSessions.create(temp.resolve("book"), clock, 1)) {
            addDirectly(admin, "Amina Yusuf", Role.ADVOCATE, AMINAS);
            PeopleViewModel model = model(admin);
            // A right-to-left override would show another name on screen; a Cyrillic "а" reads as the same name.
            for (String name : new String[] {"\u202Efusuy animA", "Аmina Yusuf", "AMINA  yusuf"}) {
                model.newNameProperty().set(name);
                model.add(PRIYAS.toCharArray(), PRIYAS.toCharArray());
                assertThat(model.errorProperty().get()).as(name).isNotBlank().doesNotContain("error code");
            }
            assertThat(admin.casework().people().list()).hasSize(2);
        }
    }

    @Test
    void rolesChangeButTheLastAdministratorKeepsTheirsWithTheUseCasesWords() {
        try (Session admin = DemoSessions.create(temp.resolve("book"), clock, 1)) {
            addDirectly(admin, "Amina Yusuf", Role.ADVOCATE, AMINAS);
            PeopleViewModel model = model(admin);
            model.load();
            PersonRow me = model.rows().get(0);
            model.changeRole(me, Role.ADVOCATE);
            assertThat(model.errorProperty().get())
                    .isEqualTo(problemWords(messages, "problem.last-administrator"));
            assertThat(admin.casework().people().list().get(0).role()).isEqualTo("administrator");

            model.changeRole(model.rows().get(1), Role.ADMINISTRATOR);
            assertThat(model.errorProperty().get()).isEmpty();
            assertThat(model.rows()).extracting(PersonRow::role).containsExactly(Role.ADMINISTRATOR,
                    Role.ADMINISTRATOR);
            // Two administrators now: one of them may become an advocate.
            model.changeRole(model.rows().get(1), Role.ADVOCATE);
            assertThat(model.rows().get(1).role()).isEqualTo(Role.ADVOCATE);
        }
    }

    @Test
    void removingSaysWhatItCannotDoThenRemovesAndTheOldPassphraseNoLongerOpens() {
        Path folder = temp.resolve("book");
        try (Session admin = DemoSessions.create(folder, clock, 1)) {
            addDirectly(admin, "Amina Yusuf", Role.ADVOCATE, AMINAS);
            PeopleViewModel model = model(admin);
            model.load();
            PersonRow amina = model.rows().get(1);
            String warning = model.removalWarning(amina);
            assertThat(warning).contains("Amina Yusuf").contains("new one").contains("backups made before today")
                    .contains("remember");
            model.remove(amina);
            assertThat(model.errorProperty().get()).isEmpty();
            assertThat(model.statusProperty().get()).contains("Amina Yusuf was removed");
            assertThat(model.rows()).extracting(PersonRow::name).containsExactly("administrator");
            assertThat(navigator.visits).doesNotContain("recoveryKey");
        }
        assertThatThrownBy(() -> unlockAs(folder, "Amina Yusuf", AMINAS)).isInstanceOf(UnlockFailedException.class);
    }

    @Test
    void nobodyRemovesThemselvesAndTheLastAdministratorStaysEvenForTheRecoveryKey() {
        Path folder = temp.resolve("book");
        CasebookGateway gateway = Fakes.gateway(clock);
        RecoveryKey key;
        try (Passphrase passphrase = Passphrase.copyOf(DemoSessions.PASSPHRASE.toCharArray())) {
            CasebookGateway.Created created = gateway.create(folder, passphrase);
            key = created.recoveryKey();
            try (Session admin = created.session()) {
                addDirectly(admin, "Amina Yusuf", Role.ADVOCATE, AMINAS);
                PeopleViewModel model = model(admin);
                model.load();
                model.remove(model.rows().get(0));
                assertThat(model.errorProperty().get()).isEqualTo(messages.get("problem.cannot-remove-yourself"));
            }
        }
        // Unlocked with the recovery key, one acts as an administrator without a slot of one's own.
        try (key; Session recovered = gateway.openWithRecoveryKey(folder, key)) {
            PeopleViewModel model = model(recovered);
            model.load();
            model.remove(model.rows().get(0));
            assertThat(model.errorProperty().get()).isEqualTo(messages.get("problem.last-administrator"));
            assertThat(model.rows()).hasSize(2);
        }
    }

    @Test
    void aNewRecoveryKeyFromARemovalIsKeptUntilConfirmedAndShownOnTheRecoveryKeyScreen() {
        try (Session admin = DemoSessions.create(temp.resolve("book"), clock, 1)) {
            addDirectly(admin, "Amina Yusuf", Role.ADVOCATE, AMINAS);
            RecoveryKey issued = RecoveryKey.generate(new SecureRandom());
            char[] expected = issued.format();
            SyncTaskRunner tasks = new SyncTaskRunner(true);
            PeopleViewModel model = new PeopleViewModel(admin, messages, navigator, tasks,
                    new ErrorMessages(messages), FAST, clock, name -> {
                        admin.casework().people().remove(name);
                        return Optional.of(issued);
                    });
            model.load();
            tasks.runPending();
            model.remove(model.rows().get(1));
            // The rewrite runs as background work: the screen says what it is doing and refuses a second start.
            assertThat(model.busyProperty().get()).isTrue();
            assertThat(model.workingProperty().get()).isEqualTo(messages.get("people.remove.working"));
            model.remove(model.rows().get(1));
            assertThat(tasks.runPending()).isEqualTo(1);
            assertThat(model.busyProperty().get()).isFalse();
            assertThat(navigator.visits).containsExactly("recoveryKey");
            assertThat(navigator.lastKey).isEqualTo(expected);
            assertThat(admin.casework().upkeep().pendingRecoveryKey()).hasValueSatisfying(
                    pending -> assertThat(pending).isEqualTo(expected));
        }
    }

    @Test
    void aLockWhileTheRemovalFinishesShowsNothingAndTheNewKeyWaitsForTheNextUnlock() {
        Path folder = temp.resolve("book");
        RecoveryKey issued = RecoveryKey.generate(new SecureRandom());
        char[] expected = issued.format();
        Session admin = DemoSessions.create(folder, clock, 1);
        addDirectly(admin, "Amina Yusuf", Role.ADVOCATE, AMINAS);
        // The work finishes, then the advocate locks before its result reaches the screen.
        TaskRunner lockedMeanwhile = new TaskRunner() {
            @Override
            public <T> Handle run(Work<T> work, java.util.function.Consumer<? super T> onSuccess,
                    java.util.function.Consumer<? super Exception> onFailure) {
                try {
                    T result = work.call(fraction -> { });
                    admin.close();
                    onSuccess.accept(result);
                } catch (Exception e) {
                    onFailure.accept(e);
                }
                return new SyncTaskRunner().run(progress -> null, done -> { }, failed -> { });
            }
        };
        PeopleViewModel model = new PeopleViewModel(admin, messages, navigator, lockedMeanwhile,
                new ErrorMessages(messages), FAST, clock, name -> {
                    admin.casework().people().remove(name);
                    return Optional.of(issued);
                });
        model.remove(new PersonRow("Amina Yusuf", Role.ADVOCATE, "Advocate", "administrator", "", false));
        assertThat(navigator.visits).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        try (Session again = DemoSessions.open(folder, clock)) {
            assertThat(again.casework().upkeep().pendingRecoveryKey()).hasValueSatisfying(
                    pending -> assertThat(pending).isEqualTo(expected));
            assertThat(again.casework().people().list()).hasSize(1);
        }
    }

    @Test
    void backGoesHomeForTheRole() {
        try (Session admin = DemoSessions.create(temp.resolve("book"), clock, 1)) {
            model(admin).back();
            assertThat(navigator.visits).containsExactly("cases");
        }
    }
}
