package org.cairn.app;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.cairn.vault.CalibratingKdfPolicy;
import org.cairn.vault.CipherWarmUp;
import org.cairn.vault.KdfParams;
import org.cairn.vault.KdfPolicy;
import org.cairn.vault.VaultOptions;

/** The JavaFX application: the welcome screen first, then the casebook. */
public final class CairnApp extends Application {
    private AppComposition composition;

    @Override
    public void start(Stage stage) {
        // While the person picks a casebook and types the passphrase, so that unlocking decrypts at full speed.
        CipherWarmUp.start();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        composition = AppComposition.forStage(standardConfig(), stage);
        composition.start();
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
        return new GuiConfig(directories, Clock.systemDefaultZone(), kdf, VaultOptions.standard(),
                System.getProperty("user.name", "unknown"), GuiConfig.DEMO_CASES,
                new SettingsFile(directories.dataDirectory()).idleLimit(), Locale.getDefault());
    }
}
