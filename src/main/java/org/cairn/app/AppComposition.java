package org.cairn.app;

import javafx.stage.Stage;
import org.cairn.vault.CipherWarmUp;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.ClipboardService;
import org.cairn.ui.common.ExpiringClipboard;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.FxClipboardService;
import org.cairn.ui.common.FxDialogService;
import org.cairn.ui.common.FxFileChooserService;
import org.cairn.ui.common.FxTaskRunner;
import org.cairn.ui.common.Languages;
import org.cairn.ui.common.LiveSettings;
import org.cairn.ui.common.Messages;
import org.cairn.ui.shell.BackupViewModel;
import org.cairn.ui.shell.IdleLock;
import org.cairn.ui.shell.ShellViewModel;
import org.cairn.ui.shell.ShellWindow;

/** The desktop app's object graph, wired by hand with constructor injection. */
public final class AppComposition implements AutoCloseable {
    private final FxTaskRunner tasks = new FxTaskRunner();
    /** Started by the app once the first window is drawn; the gateway stops it as any unlock or creation begins. */
    private final CipherWarmUp warmUp = new CipherWarmUp();
    private final ShellViewModel shell;
    private final ShellWindow window;
    private final AppNavigator navigator;
    /** Last tidying before exit: the desktop's recent files may have been written after a chooser closed. */
    private Runnable onClose = () -> { };

    public AppComposition(GuiConfig config, Stage stage, FileChooserService files, DialogService dialogs) {
        this(config, stage, files, dialogs, Messages::forLocale);
    }

    /**
     * With the words for a language supplied by the caller: the pseudo-locale tests pass bundles made from the
     * English one. The language is the one chosen in Settings, else the configured (the system's) locale.
     */
    public AppComposition(GuiConfig config, Stage stage, FileChooserService files, DialogService dialogs,
            java.util.function.Function<java.util.Locale, Messages> words) {
        SettingsFile settingsFile = new SettingsFile(config.directories().dataDirectory());
        Messages messages = words.apply(Languages.chosen(settingsFile.language(), config.locale()));
        CasebookGateway gateway = new CasebookGateway(config.kdfPolicy(), config.vaultOptions(), config.clock(),
                config.actor(), warmUp::stop);
        ClipboardService clipboard = new ExpiringClipboard(new FxClipboardService(), config.clock(),
                ExpiringClipboard.DEFAULT_LIFETIME);
        LiveSettings settings = new LiveSettings(settingsFile);
        // The idle limit and reminder start from the settings file; the shell follows later changes.
        this.shell = new ShellViewModel(messages, tasks, clipboard,
                new IdleLock(config.clock(), java.time.Duration.ofMinutes(settings.get().idleMinutes())),
                new BackupViewModel(messages, files, dialogs, tasks, config.clock(),
                        settings.get().backupReminderDays()), settings);
        this.window = new ShellWindow(stage, shell, messages);
        window.setWindowMemory(settingsFile);
        this.navigator = new AppNavigator(config, messages, tasks, gateway, settingsFile, files, dialogs, clipboard,
                shell, window);
    }

    /**
     * The real thing: platform file choosers and dialogs owned by the main window. The choosers start in the data
     * folder in portable mode, so that a chooser on a host computer opens on the USB stick, not in its home folder.
     */
    public static AppComposition forStage(GuiConfig config, Stage stage) {
        FxFileChooserService choosers = new FxFileChooserService(() -> stage,
                config.directories().fileChooserStart());
        AppComposition composition = new AppComposition(config, stage, choosers, new FxDialogService(() -> stage));
        composition.onClose = choosers::forgetAllAgain;
        return composition;
    }

    public void start() {
        window.open();
        navigator.welcome();
    }

    /** So that unlocking decrypts at full speed (see {@link CipherWarmUp}); stopped when unlocking begins. */
    public void startCipherWarmUp() {
        warmUp.start();
    }

    public ShellViewModel shell() {
        return shell;
    }

    /** For the desktop checks that start the real app on an X server at a chosen screen. */
    org.cairn.ui.common.Navigator navigator() {
        return navigator;
    }

    /** Closes an open casebook (checkpointing it) before the application exits. */
    @Override
    public void close() {
        warmUp.stop();
        window.close();
        shell.shutdown();
        tasks.close();
        onClose.run();
    }
}
