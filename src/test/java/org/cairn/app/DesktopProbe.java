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
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
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
            if (Boolean.getBoolean("cairn.probe.letter")) {
                letterReadyToSave(session, caseId);
            } else {
                composition.navigator().caseFile(session, caseId);
            }
            if (Boolean.getBoolean("cairn.probe.menus")) {
                menusAtTwiceTheTextSize(session, caseId);
            }
        }
        PauseTransition drawn = new PauseTransition(Duration.seconds(1));
        drawn.setOnFinished(event -> {
            System.out.println("ready");
            System.out.flush();
        });
        drawn.play();
    }

    /** At 200 % text, every menu of the main screens is opened and checked a second after "ready". */
    private void menusAtTwiceTheTextSize(Session session, long caseId) {
        composition.navigator().cases(session); // the shell learns of the casebook, as after an unlock
        for (int step = 0; step < 10; step++) {
            composition.shell().larger();
        }
        MenuProbe menus = new MenuProbe(stage, composition.shell(), 28)
                .screen("case-file", () -> composition.navigator().caseFile(session, caseId))
                .screen("cases", composition.shell()::openCases)
                .screen("directory", composition.shell()::openDirectory)
                .screen("templates", composition.shell()::openTemplates);
        PauseTransition later = new PauseTransition(Duration.seconds(2));
        later.setOnFinished(event -> menus.run());
        later.play();
    }

    /**
     * The letter screen with a letter the outgoing check lets go (an organisation letter to a support
     * organisation); a second after "ready" its Save button is pressed, so the real save path runs: the reminder
     * that the PDF is not encrypted, then the platform's save dialog, both answered from outside.
     */
    private void letterReadyToSave(Session session, long caseId) {
        org.cairn.templates.TemplateParser parser = org.cairn.templates.TemplateParser.standard();
        boolean imported = new org.cairn.templates.TemplateLibrary(
                new org.cairn.templates.BuiltInTemplates(parser), parser, session.casebook().orgTemplates())
                .importFiles(java.util.List.of(new org.cairn.templates.TemplateSource("note.cairn-template",
                        LETTER.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).succeeded();
        if (!imported) {
            throw new IllegalStateException("the probe's letter template was refused");
        }
        composition.navigator().letter(session, caseId, new org.cairn.ui.common.LetterPrefill("probe-letter",
                new org.cairn.letters.check.Recipient("Benefits office",
                        org.cairn.templates.RecipientKind.THIRD_SECTOR, null, null, null, null)));
        PauseTransition press = new PauseTransition(Duration.seconds(2));
        press.setOnFinished(event -> {
            javafx.scene.control.Button save = (javafx.scene.control.Button) stage.getScene().lookup("#letter-save");
            if (!save.isDisabled()) {
                javafx.application.Platform.runLater(save::fire); // a dialog cannot wait inside an animation
            } else {
                save.disabledProperty().addListener(new javafx.beans.InvalidationListener() {
                    @Override
                    public void invalidated(javafx.beans.Observable observable) {
                        save.disabledProperty().removeListener(this);
                        javafx.application.Platform.runLater(save::fire);
                    }
                });
            }
        });
        press.play();
    }

    private static final String LETTER = """
            cairn-template: 1
            id: probe-letter
            version: 1
            title: Note for the desktop check
            kind: letter
            language: en-GB
            recipient: third-sector
            consent: none
            sensitive: immigration
            requires-oisc: no
            source: Our own wording
            last-checked: 2026-11-25
            translation: original
            ---

            Dear {{recipient.name}},

            We support {{client.alias}}.
            """;

    @Override
    public void stop() {
        composition.close();
    }
}
}
