package org.cairn.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.casework.Person;
import org.cairn.casework.Role;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.vault.CipherWarmUp;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.UnlockFailedException;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockViewModelTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Fakes.Recent recent = new Fakes.Recent();

    private UnlockViewModel model(Path folder) {
        return new UnlockViewModel(folder, Fakes.messages(), navigator, Fakes.gateway(clock), new SyncTaskRunner(),
                recent, new Fakes.Files(), new ErrorMessages(Fakes.messages()));
    }

    @Test
    void unlockingStopsTheCipherWarmUpBeforeTheKeyIsDerived() throws Exception {
        Path casebook = DemoSessions.closed(temp.resolve("book"), clock, 1);
        CipherWarmUp warmUp = new CipherWarmUp();
        Thread warming = warmUp.start();
        java.util.List<Boolean> aliveWhenStopped = new java.util.ArrayList<>();
        CasebookGateway gateway = new CasebookGateway(KdfPolicy.fixed(KdfParams.floor()), VaultOptions.standard(),
                clock, "tester", () -> {
                    aliveWhenStopped.add(warming.isAlive());
                    warmUp.stop();
                });
        new UnlockViewModel(casebook, Fakes.messages(), navigator, gateway, new SyncTaskRunner(), recent,
                new Fakes.Files(), new ErrorMessages(Fakes.messages())).unlock(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(navigator.visits).containsExactly("cases");
        navigator.lastSession.close();
        assertThat(aliveWhenStopped).as("stopped once, as unlocking began").hasSize(1);
        warming.join(10_000);
        assertThat(warming.isAlive()).as("the warm-up no longer competes with the key derivation").isFalse();
        assertThat(warmUp.start()).as("a start that comes late does nothing").isNull();
    }

    @Test
    void wrongPassphraseAndNotACasebookGiveTheSameMessage() throws IOException {
        Path casebook = DemoSessions.closed(temp.resolve("book"), clock, 3);
        UnlockViewModel wrong = model(casebook);
        char[] typed = "not the passphrase".toCharArray();
        wrong.unlock(typed);
        assertThat(typed).containsOnly('\0');
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Files.writeString(empty.resolve("casebook.cairn"), "hello");
        UnlockViewModel notACasebook = model(empty);
        notACasebook.unlock("anything at all".toCharArray());
        assertThat(wrong.errorProperty().get()).isEqualTo(UnlockFailedException.MESSAGE);
        assertThat(notACasebook.errorProperty().get()).isEqualTo(UnlockFailedException.MESSAGE);
        assertThat(navigator.visits).isEmpty();
        assertThat(wrong.damagedProperty().get()).isFalse();
    }

    @Test
    void rightPassphraseOpensTheCasesAndRemembersTheFolder() {
        Path casebook = DemoSessions.closed(temp.resolve("book"), clock, 3);
        model(casebook).unlock(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(navigator.visits).containsExactly("cases");
        assertThat(recent.folders).containsExactly(casebook);
        navigator.lastSession.close();
    }

    @Test
    void aRecoveryKeyNeverConfirmedComesBackAtEveryUnlockUntilConfirmed() {
        Path casebook = temp.resolve("book");
        try (var session = DemoSessions.create(casebook, clock, 1)) {
            session.casework().upkeep().keepPendingRecoveryKey("WXYZ-2345".toCharArray());
        }
        for (int unlock = 0; unlock < 2; unlock++) {
            model(casebook).unlock(DemoSessions.PASSPHRASE.toCharArray());
            assertThat(navigator.visits).last().isEqualTo("recoveryKey");
            assertThat(new String(navigator.lastKey)).isEqualTo("WXYZ-2345");
            navigator.lastSession.close();
        }
        model(casebook).unlock(DemoSessions.PASSPHRASE.toCharArray());
        navigator.lastSession.casework().upkeep().confirmRecoveryKeyStored();
        navigator.lastSession.close();
        model(casebook).unlock(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(navigator.visits).last().isEqualTo("cases");
        navigator.lastSession.close();
    }

    @Test
    void eachPersonUnlocksByNameAndActsInTheirOwnRoleUnderTheirOwnName() {
        Path casebook = temp.resolve("book");
        try (var session = DemoSessions.create(casebook, clock, 1);
                var theirs = Passphrase.copyOf("lanterns over the harbour".toCharArray())) {
            session.casework().people().add("Amina Yusuf", Role.ADVOCATE, theirs, KdfPolicy.fixed(KdfParams.floor()));
        }
        UnlockViewModel amina = model(casebook);
        amina.nameProperty().set("  amina yusuf ");
        amina.unlock("lanterns over the harbour".toCharArray());
        assertThat(navigator.visits).last().isEqualTo("cases");
        assertThat(navigator.lastSession.casework().person()).isEqualTo(new Person("Amina Yusuf", Role.ADVOCATE));
        navigator.lastSession.close();

        // With two people, leaving the name out is not enough, and a wrong name reads as a wrong passphrase.
        UnlockViewModel nobody = model(casebook);
        nobody.unlock(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(nobody.errorProperty().get()).isNotBlank();
        UnlockViewModel stranger = model(casebook);
        stranger.nameProperty().set("Someone Else");
        stranger.unlock("lanterns over the harbour".toCharArray());
        assertThat(stranger.errorProperty().get()).isEqualTo(UnlockFailedException.MESSAGE);
    }

    @Test
    void anOpenCasebookSaysSo() {
        Path casebook = DemoSessions.closed(temp.resolve("book"), clock, 1);
        UnlockViewModel first = model(casebook);
        first.unlock(DemoSessions.PASSPHRASE.toCharArray());
        UnlockViewModel second = model(casebook);
        second.unlock(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(second.errorProperty().get()).as("the bundle's words, not the storage engine's English")
                .isEqualTo(Fakes.messages().get("vault.already-open"));
        navigator.lastSession.close();
    }

    @Test
    void aDamagedCasebookOffersARestore() throws IOException {
        Path casebook = DemoSessions.closed(temp.resolve("book"), clock, 3);
        Path snapshot = casebook.resolve("casebook.cairn");
        try (RandomAccessFile file = new RandomAccessFile(snapshot.toFile(), "rw")) {
            long at = file.length() - 40;
            file.seek(at);
            int b = file.read();
            file.seek(at);
            file.write(b ^ 0x55);
        }
        UnlockViewModel model = model(casebook);
        model.unlock(DemoSessions.PASSPHRASE.toCharArray());
        assertThat(model.damagedProperty().get()).isTrue();
        assertThat(model.errorProperty().get()).contains("damaged").contains("Restore");
    }

    @Test
    void aDamagedCasebookIsReplacedByTheChosenBackup() throws IOException {
        Path casebook = temp.resolve("book");
        var session = DemoSessions.create(casebook, clock, 2);
        Path backup = temp.resolve("backup.cairnbackup");
        session.vault().backupTo(backup);
        session.close();
        Files.write(casebook.resolve("casebook.cairn"), new byte[] {1, 2, 3});
        Fakes.Files files = new Fakes.Files();
        UnlockViewModel model = new UnlockViewModel(casebook, Fakes.messages(), navigator, Fakes.gateway(clock),
                new SyncTaskRunner(), recent, files, new ErrorMessages(Fakes.messages()));
        files.answers.add(backup);
        model.restoreFromBackup("wrong passphrase".toCharArray());
        assertThat(model.errorProperty().get()).startsWith("The passphrase is wrong, or this file is not a Cairn backup.");
        files.answers.add(backup);
        char[] passphrase = DemoSessions.PASSPHRASE.toCharArray();
        model.restoreFromBackup(passphrase);
        assertThat(passphrase).containsOnly('\0');
        assertThat(navigator.visits).containsExactly("cases");
        assertThat(navigator.lastSession.casebook().counts().cases()).isEqualTo(2);
        navigator.lastSession.close();
    }

    @Test
    void aMistypedRecoveryKeyIsExplainedBeforeAnyDerivation() {
        Path casebook = DemoSessions.closed(temp.resolve("book"), clock, 1);
        UnlockViewModel model = model(casebook);
        model.useRecoveryKeyProperty().set(true);
        model.unlock("ABCD".toCharArray());
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(model.busyProperty().get()).isFalse();
    }
}
