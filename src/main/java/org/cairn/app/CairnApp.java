package org.cairn.app;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import org.cairn.vault.CalibratingKdfPolicy;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.RollbackAnchors;
import org.cairn.vault.VaultOptions;
import org.slf4j.LoggerFactory;

/** The JavaFX application: the welcome screen first, then the casebook. */
public final class CairnApp extends Application {
    private static final javafx.util.Duration WARM_UP_DELAY = javafx.util.Duration.seconds(1);
    private AppComposition composition;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        composition = AppComposition.forStage(standardConfig(), stage);
        composition.start();
        logStartUpTime();
        startCipherWarmUpSoon();
    }

    /**
     * While the person picks a casebook and types the passphrase, so that unlocking decrypts at full speed; but
     * only once the first window has been drawn, because on two cores the warm-up and its compiler threads slowed
     * the first window by about a second (docs/benchmarks.md).
     */
    private void startCipherWarmUpSoon() {
        PauseTransition delay = new PauseTransition(WARM_UP_DELAY);
        delay.setOnFinished(event -> composition.startCipherWarmUp());
        delay.play();
    }

    /**
     * For docs/benchmarks.md and for support: how long the first window took. A duration, nothing else. Written
     * from its own thread, because the first log call sets logging up, which would hold the first frame back.
     */
    private static void logStartUpTime() {
        ProcessHandle.current().info().startInstant().ifPresent(started -> {
            long millis = Duration.between(started, Instant.now()).toMillis();
            Thread writer = new Thread(() -> LoggerFactory.getLogger(CairnApp.class)
                    .info("first window shown {} ms after the process started", millis), "cairn-start-up-log");
            writer.setDaemon(true);
            writer.start();
        });
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.close();
        }
    }

    static GuiConfig standardConfig() {
        KdfPolicy kdf = "minimum".equals(System.getProperty("cairn.kdf"))
                ? KdfPolicy.fixed(KdfParams.floor()) : CalibratingKdfPolicy.standard();
        AppDirectories directories = AppDirectories.forThisMachine();
        return new GuiConfig(directories, Clock.systemDefaultZone(), kdf,
                VaultOptions.standard().withAnchors(new RollbackAnchors(directories.anchorDirectory())),
                System.getProperty("user.name", "unknown"), GuiConfig.DEMO_CASES,
                new SettingsFile(directories.dataDirectory()).idleLimit(), Locale.getDefault());
    }
}
