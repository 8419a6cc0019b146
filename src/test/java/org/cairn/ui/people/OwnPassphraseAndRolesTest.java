package org.cairn.ui.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casework.Role;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.LiveSettings;
import org.cairn.ui.common.MemorySettings;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.ui.shell.BackupViewModel;
import org.cairn.ui.shell.IdleLock;
import org.cairn.ui.shell.ShellViewModel;
import org.cairn.ui.unlock.UnlockViewModel;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.UnlockFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every role changes its own passphrase (the current one first); only administrators manage people; a coordinator
 * lands on the counts and is offered no case screen.
 */
class OwnPassphraseAndRolesTest {
    private static final String AMINAS = PeopleViewModelTest.AMINAS;
    private static final String NEW = "orange tugboats hum beneath crooked bridges";
    private static final KdfPolicy FAST = KdfPolicy.fixed(KdfParams.floor());
    private final Messages messages = Fakes.messages();
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final RecordingNavigator navigator = new RecordingNavigator();
    @TempDir
    Path temp;

    private Path bookWith(String name, Role role) {
        Path folder = temp.resolve("book");
        try (Session admin = DemoSessions.create(folder, clock, 1);
                Passphrase theirs = Passphrase.copyOf(AMINAS.toCharArray())) {
            admin.casework().people().add(name, role, theirs, FAST);
        }
        return folder;
    }

    private Session unlockAs(Path folder, String name, String passphrase) {
        try (Passphrase typed = Passphrase.copyOf(passphrase.toCharArray())) {
            return Fakes.gateway(clock).open(folder, name, typed);
        }
    }

    private PeopleViewModel people(Session session) {
        return new PeopleViewModel(session, messages, navigator, new SyncTaskRunner(), new ErrorMessages(messages),
                FAST, clock);
    }

    @Test
    void anAdvocateSeesNoListButChangesTheirOwnPassphraseOnceTheCurrentOneIsRight() {
        Path folder = bookWith("Amina Yusuf", Role.ADVOCATE);
        try (Session amina = unlockAs(folder, "Amina Yusuf", AMINAS)) {
            PeopleViewModel model = people(amina);
            assertThat(model.managesPeople()).isFalse();
            model.load();
            assertThat(model.rows()).isEmpty();
            OwnPassphraseModel own = model.own();

            char[] wrong = "not my passphrase at all".toCharArray();
            char[] first = NEW.toCharArray();
            char[] second = NEW.toCharArray();
            own.change(wrong, first, second);
            assertThat(own.errorProperty().get()).isEqualTo(messages.get("problem.wrong-current-passphrase"));
            assertThat(own.doneProperty().get()).isEmpty();
            for (char[] typed : List.of(wrong, first, second)) {
                assertThat(typed).containsOnly('\0');
            }

            char[] current = AMINAS.toCharArray();
            char[] fresh = NEW.toCharArray();
            char[] again = NEW.toCharArray();
            own.change(current, fresh, again);
            assertThat(own.errorProperty().get()).isEmpty();
            assertThat(own.doneProperty().get()).isEqualTo(messages.get("people.own.changed"));
            for (char[] typed : List.of(current, fresh, again)) {
                assertThat(typed).containsOnly('\0');
            }
        }
        assertThatThrownBy(() -> unlockAs(folder, "Amina Yusuf", AMINAS)).isInstanceOf(UnlockFailedException.class);
        try (Session again = unlockAs(folder, "Amina Yusuf", NEW)) {
            assertThat(again.casework().person().name()).isEqualTo("Amina Yusuf");
        }
    }

    @Test
    void aMissingCurrentOrAWeakNewPassphraseChangesNothing() {
        Path folder = bookWith("Amina Yusuf", Role.COORDINATOR);
        try (Session amina = unlockAs(folder, "Amina Yusuf", AMINAS)) {
            OwnPassphraseModel own = people(amina).own();
            char[] weak = "qwerty12345".toCharArray();
            own.change(new char[0], NEW.toCharArray(), NEW.toCharArray());
            assertThat(own.errorProperty().get()).isEqualTo(messages.get("people.own.currentMissing"));
            own.change(AMINAS.toCharArray(), weak, "qwerty12345".toCharArray());
            assertThat(own.errorProperty().get()).isEqualTo(messages.get("create.invalid.guessable"));
            assertThat(weak).containsOnly('\0');
        }
        try (Session still = unlockAs(folder, "Amina Yusuf", AMINAS)) {
            assertThat(still.casework().person().role()).isEqualTo(Role.COORDINATOR);
        }
    }

    @Test
    void aCoordinatorLandsOnTheCountsAndIsOfferedNoCaseScreen() {
        Path folder = bookWith("Priya Shah", Role.COORDINATOR);
        UnlockViewModel unlock = new UnlockViewModel(folder, messages, navigator, Fakes.gateway(clock),
                new SyncTaskRunner(), new Fakes.Recent(),
                new Fakes.Files(), new ErrorMessages(messages));
        unlock.nameProperty().set("Priya Shah");
        unlock.unlock(AMINAS.toCharArray());
        assertThat(navigator.visits).containsExactly("coordinator");
        try (Session priya = navigator.lastSession) {
            ShellViewModel shell = shell();
            List<String> opened = new ArrayList<>();
            shell.setOnCases(s -> opened.add("cases"));
            shell.setOnNewCase(s -> opened.add("newCase"));
            shell.setOnDirectory(s -> opened.add("directory"));
            shell.setOnTemplates(s -> opened.add("templates"));
            shell.setOnOrgProfile(s -> opened.add("orgProfile"));
            shell.setOnPeople(s -> opened.add("people"));
            shell.setOnTransferImport(s -> opened.add("transferImport"));
            shell.sessionStarted(priya);
            assertThat(shell.caseScreensProperty().get()).isFalse();
            shell.openCases();
            shell.openNewCase();
            shell.openDirectory();
            shell.openTemplates();
            shell.openOrgProfile();
            shell.run(org.cairn.ui.shell.Shortcut.Action.TRANSFER_IMPORT);
            shell.run(org.cairn.ui.shell.Shortcut.Action.PEOPLE);
            assertThat(opened).containsExactly("people");
            assertThat(people(priya).managesPeople()).isFalse();
            navigator.visits.clear();
            people(priya).back();
            assertThat(navigator.visits).containsExactly("coordinator");
        }
    }

    @Test
    void aCoordinatorIsToldOnTheCountsWhoWasGivenAKeySinceTheirLastUnlockAndOfferedNoBack() {
        Path folder = bookWith("Priya Shah", Role.COORDINATOR);
        try (Session admin = unlockAs(folder, "administrator", DemoSessions.PASSPHRASE);
                Passphrase bos = Passphrase.copyOf("quiet otters paint the northern lighthouse".toCharArray())) {
            admin.casework().people().add("Bo Li", Role.ADVOCATE, bos, FAST);
        }
        try (Session priya = unlockAs(folder, "Priya Shah", AMINAS)) {
            var counts = new org.cairn.ui.coordinator.CoordinatorViewModel(priya, messages, navigator,
                    new SyncTaskRunner(), new Fakes.Files(), new Fakes.Dialogs(), clock, "test");
            assertThat(counts.offersBack()).isFalse();
            counts.announceNewPeople();
            assertThat(counts.newPeopleProperty().get()).contains("Bo Li").contains("advocate")
                    .doesNotContain("Priya Shah was");
        }
    }

    @Test
    void anAdministratorIsOfferedTheCaseScreensAndLandsOnTheCases() {
        try (Session admin = DemoSessions.create(temp.resolve("book"), clock, 1)) {
            ShellViewModel shell = shell();
            List<String> opened = new ArrayList<>();
            shell.setOnCases(s -> opened.add("cases"));
            shell.setOnTransferImport(s -> opened.add("transferImport"));
            shell.sessionStarted(admin);
            assertThat(shell.caseScreensProperty().get()).isTrue();
            shell.openCases();
            shell.run(org.cairn.ui.shell.Shortcut.Action.TRANSFER_IMPORT);
            assertThat(opened).containsExactly("cases", "transferImport");
            navigator.home(admin);
            assertThat(navigator.visits).containsExactly("cases");
        }
    }

    private ShellViewModel shell() {
        return new ShellViewModel(messages, new SyncTaskRunner(), new Fakes.Clipboard(),
                new IdleLock(clock, Duration.ofMinutes(5)),
                new BackupViewModel(messages, new Fakes.Files(), new Fakes.Dialogs(), new SyncTaskRunner(), clock),
                new LiveSettings(new MemorySettings()));
    }
}
