package org.cairn.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
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

class WelcomeViewModelTest {
    @TempDir
    Path temp;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Fakes.Files files = new Fakes.Files();
    private final Fakes.Recent recent = new Fakes.Recent();

    private WelcomeViewModel model() {
        return new WelcomeViewModel(Fakes.messages(), navigator, files, recent,
                Fakes.gateway(new MutableClock(Fakes.START)), new SyncTaskRunner(),
                new WelcomeViewModel.DemoSettings(temp.resolve("demo"), 12, 3L), new SecureRandom(),
                new ErrorMessages(Fakes.messages()));
    }

    @Test
    void createAndOpenAskForAFolderFirst() {
        WelcomeViewModel model = model();
        model.createCasebook();
        assertThat(navigator.visits).isEmpty();
        files.answers.add(temp.resolve("new"));
        model.createCasebook();
        files.answers.add(temp.resolve("old"));
        model.openCasebook();
        assertThat(navigator.visits).containsExactly("create new", "unlock old");
    }

    @Test
    void listsRecentCasebooks() {
        recent.remember(temp.resolve("a"));
        recent.remember(temp.resolve("b"));
        assertThat(model().recentFolders()).containsExactly(temp.resolve("b"), temp.resolve("a"));
    }

    @Test
    void demoCasebookOpensWithThePassphraseShown() {
        WelcomeViewModel model = model();
        model.tryDemo();
        assertThat(model.demoSessionProperty().get()).isNotNull();
        assertThat(model.statusProperty().get()).contains("12 fictional cases");
        String shown = model.demoPassphraseProperty().get();
        assertThat(shown).matches("[a-z]{4}(-[a-z]{4}){3}");
        model.demoSessionProperty().get().close();
        try (Passphrase passphrase = Passphrase.copyOf(shown.toCharArray());
                Vault vault = Vault.open(temp.resolve("demo"), passphrase, VaultOptions.standard())) {
            assertThat(vault.directory()).isEqualTo(temp.resolve("demo"));
        }
    }

    @Test
    void aSecondDemoReplacesTheFirst() {
        WelcomeViewModel model = model();
        model.tryDemo();
        model.demoSessionProperty().get().close();
        model.tryDemo();
        assertThat(model.errorProperty().get()).isEmpty();
        model.continueToDemo();
        assertThat(navigator.visits).containsExactly("cases");
        assertThat(navigator.lastSession.casebook().counts().cases()).isEqualTo(12);
        navigator.lastSession.close();
    }
}
