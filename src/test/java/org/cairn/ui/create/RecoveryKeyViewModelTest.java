package org.cairn.ui.create;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryKeyViewModelTest {
    @TempDir
    Path temp;
    private final RecordingNavigator navigator = new RecordingNavigator();

    @Test
    void theKeyIsWipedWhenTheScreenIsLeftWithoutContinuing() {
        Session session = DemoSessions.create(temp.resolve("book"), new MutableClock(Fakes.START), 1);
        char[] key = "ABCD-EFGH-JKLM-NPQR".toCharArray();
        RecoveryKeyViewModel model = new RecoveryKeyViewModel(navigator, session, key, Fakes.messages(),
                new Fakes.Files());
        assertThat(model.keyText()).isEqualTo("ABCD-EFGH-JKLM-NPQR");
        model.wipe();
        assertThat(key).containsOnly('\0');
        assertThat(model.shownKeyProperty().get()).isEmpty();
        assertThat(navigator.visits).isEmpty();
        session.close();
    }

    @Test
    void continuingNeedsTheTickAndWipesTheKey() {
        Session session = DemoSessions.create(temp.resolve("book"), new MutableClock(Fakes.START), 1);
        char[] key = "ABCD-EFGH".toCharArray();
        RecoveryKeyViewModel model = new RecoveryKeyViewModel(navigator, session, key, Fakes.messages(),
                new Fakes.Files());
        model.proceed();
        assertThat(navigator.visits).isEmpty();
        assertThat(key).doesNotContain('\0');
        model.storedProperty().set(true);
        model.proceed();
        assertThat(navigator.visits).containsExactly("cases");
        assertThat(key).containsOnly('\0');
        session.close();
    }
}
