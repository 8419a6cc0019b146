package org.cairn.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.SyncTaskRunner;
import org.cairn.vault.Passphrase;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recovery key opens the casebook, then a new passphrase replaces the forgotten one. */
class RecoveryUnlockTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final RecordingNavigator navigator = new RecordingNavigator();

    @Test
    void recoveryKeyThenNewPassphrase() {
        Path folder = temp.resolve("book");
        char[] key;
        try (Passphrase forgotten = Passphrase.copyOf("forgotten passphrase".toCharArray())) {
            var created = Fakes.gateway(clock).create(folder, forgotten);
            key = created.recoveryKey().format();
            created.recoveryKey().close();
            created.session().close();
        }
        ErrorMessages errors = new ErrorMessages(Fakes.messages());
        UnlockViewModel unlock = new UnlockViewModel(folder, Fakes.messages(), navigator, Fakes.gateway(clock),
                new SyncTaskRunner(), new Fakes.Recent(), new Fakes.Files(), errors);
        unlock.useRecoveryKeyProperty().set(true);
        unlock.unlock(key);
        assertThat(navigator.visits).containsExactly("newPassphrase");
        NewPassphraseViewModel replace = new NewPassphraseViewModel(navigator.lastSession, Fakes.messages(),
                navigator, Fakes.gateway(clock), new SyncTaskRunner(), errors);
        replace.update("brand new phrase".toCharArray(), "brand new phrase".toCharArray());
        assertThat(replace.acceptableProperty().get()).isTrue();
        replace.save("brand new phrase".toCharArray(), "brand new phrase".toCharArray());
        assertThat(navigator.visits).containsExactly("newPassphrase", "cases");
        navigator.lastSession.close();
        try (Passphrase fresh = Passphrase.copyOf("brand new phrase".toCharArray());
                Vault vault = Vault.open(folder, fresh, VaultOptions.standard())) {
            assertThat(vault.directory()).isEqualTo(folder);
        }
    }
}
