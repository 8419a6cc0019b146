package org.cairn.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.Session;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.Passphrase;
import org.cairn.vault.VaultOptions;

/**
 * The real app, started in a child JVM on a real X server by the desktop checks: it opens the casebook named by
 * {@code cairn.probe.casebook} at its first case, or shows the welcome screen without it, then prints "ready" once
 * the screen has had time to be drawn. Everything after that is driven from outside, as a person would.
 */
public final class DesktopProbe {
    private DesktopProbe() {
    }

    /** A main class that is not an Application, so that JavaFX on the class path is accepted. */
    public static void main(String[] args) {
        Application.launch(Probe.class, args);
    }

    /** The application itself. */
    public static final class Probe extends Application {
    private AppComposition composition;

    @Override
    public void start(Stage stage) {
        composition = AppComposition.forStage(CairnApp.standardConfig(), stage);
        composition.start();
        String folder = System.getProperty("cairn.probe.casebook");
        if (folder != null) {
            CasebookGateway gateway = new CasebookGateway(KdfPolicy.fixed(KdfParams.floor()),
                    VaultOptions.standard(), Clock.systemDefaultZone(), "probe");
            Session session;
            try (Passphrase passphrase = Passphrase.copyOf(
                    System.getProperty("cairn.probe.passphrase").toCharArray())) {
                session = gateway.open(Path.of(folder), passphrase);
            }
            long caseId = session.casebook().search("", 1).get(0).caseId();
            composition.navigator().caseFile(session, caseId);
        }
        PauseTransition drawn = new PauseTransition(Duration.seconds(1));
        drawn.setOnFinished(event -> {
            System.out.println("ready");
            System.out.flush();
        });
        drawn.play();
    }

    @Override
    public void stop() {
        composition.close();
    }
}
}
