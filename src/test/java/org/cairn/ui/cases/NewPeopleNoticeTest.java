package org.cairn.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cairn.casework.Role;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No hidden key: the cases screen names whoever was given one since this person last unlocked, once. */
class NewPeopleNoticeTest {
    private static final String THEIRS = "lanterns over the harbour";
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);

    private CasesViewModel cases(Session session) {
        return new CasesViewModel(session, Fakes.messages(), new RecordingNavigator(), new SyncTaskRunner(), clock,
                new ErrorMessages(Fakes.messages()));
    }

    private Session unlockAs(Path folder, String name, String passphrase) {
        try (Passphrase typed = Passphrase.copyOf(passphrase.toCharArray())) {
            return Fakes.gateway(clock).open(folder, name, typed);
        }
    }

    @Test
    void aPersonAddedByAnAdministratorIsAnnouncedToTheOthersOnceAndNeverToThemselves() {
        Path folder = temp.resolve("book");
        try (Session admin = DemoSessions.create(folder, clock, 1);
                Passphrase first = Passphrase.copyOf(THEIRS.toCharArray());
                Passphrase second = Passphrase.copyOf("seven quiet orchards".toCharArray())) {
            KdfPolicy fast = KdfPolicy.fixed(KdfParams.floor());
            admin.casework().people().add("Amina Yusuf", Role.ADVOCATE, first, fast);
            admin.casework().people().add("Priya Shah", Role.ADVOCATE, second, fast);
        }
        try (Session amina = unlockAs(folder, "Amina Yusuf", THEIRS)) {
            CasesViewModel model = cases(amina);
            model.announceNewPeople();
            assertThat(model.noticeProperty().get()).contains("Priya Shah").doesNotContain("Amina Yusuf was");
            // A second showing of the screen in the same session says nothing more.
            model.noticeProperty().set("");
            model.announceNewPeople();
            assertThat(model.noticeProperty().get()).isEmpty();
        }
        try (Session again = unlockAs(folder, "Amina Yusuf", THEIRS)) {
            CasesViewModel model = cases(again);
            model.announceNewPeople();
            assertThat(model.noticeProperty().get()).isEmpty();
        }
    }
}
