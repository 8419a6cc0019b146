package org.cairn.app;

import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.ui.common.PdfPrinter;
import org.cairn.ui.common.SystemPdfPrinter;
import org.cairn.ui.letter.LetterView;
import org.cairn.ui.letter.PrefillChoices;
import org.cairn.ui.letter.LetterViewModel;
import org.cairn.ui.orgprofile.OrgProfileView;
import org.cairn.ui.orgprofile.OrgProfileViewModel;
import org.cairn.ui.common.BackupRestore;
import org.cairn.ui.restore.RestoreView;
import org.cairn.ui.restore.RestoreViewModel;
import org.cairn.ui.people.PeopleView;
import org.cairn.ui.people.PeopleViewModel;
import org.cairn.ui.settings.SettingsView;
import org.cairn.ui.settings.SettingsViewModel;

import java.nio.file.Path;
import java.security.SecureRandom;
import javafx.scene.Parent;
import org.cairn.ui.cases.CasesView;
import org.cairn.ui.cases.CasesViewModel;
import org.cairn.ui.casefile.CaseFileView;
import org.cairn.ui.casefile.CaseFileViewModel;
import org.cairn.ui.common.CasebookGateway;
import org.cairn.ui.common.ClipboardService;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.LeaveGuard;
import org.cairn.ui.common.Navigator;
import org.cairn.ui.newcase.NewCaseView;
import org.cairn.ui.newcase.NewCaseViewModel;
import org.cairn.ui.common.RecentCasebooks;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.TaskRunner;
import org.cairn.ui.coordinator.CoordinatorView;
import org.cairn.ui.coordinator.CoordinatorViewModel;
import org.cairn.ui.create.CreateView;
import org.cairn.ui.directory.DirectoryView;
import org.cairn.ui.directory.DirectoryViewModel;
import org.cairn.ui.create.CreateViewModel;
import org.cairn.ui.create.RecoveryKeyView;
import org.cairn.ui.create.RecoveryKeyViewModel;
import org.cairn.ui.shell.ShellViewModel;
import org.cairn.ui.templates.TemplatesView;
import org.cairn.ui.templates.TemplatesViewModel;
import org.cairn.ui.shell.ShellWindow;
import org.cairn.ui.unlock.NewPassphraseView;
import org.cairn.ui.unlock.NewPassphraseViewModel;
import org.cairn.ui.unlock.UnlockView;
import org.cairn.ui.unlock.UnlockViewModel;
import org.cairn.ui.welcome.WelcomeView;
import org.cairn.ui.welcome.WelcomeViewModel;

/** Builds each screen's ViewModel and View when it is needed and puts it in the main window. */
final class AppNavigator implements Navigator {
    private final GuiConfig config;
    private final Messages messages;
    private final ErrorMessages errors;
    private final TaskRunner tasks;
    private final CasebookGateway gateway;
    private final RecentCasebooks recent;
    private final FileChooserService files;
    private final DialogService dialogs;
    private final ClipboardService clipboard;
    private final ShellViewModel shell;
    private final ShellWindow window;
    // Where Settings' Back goes while no casebook is open: the welcome, create, unlock or restore screen last shown.
    private Runnable backWhenLocked = this::welcome;
    /** One renderer for the whole app: it keeps the fonts it has loaded, so only the first letter waits. */
    private final FontCatalogue fonts = FontCatalogue.system();
    private final LetterPdf letterPdf = new LetterPdf(fonts);
    private boolean lettersWarmedUp;
    private final PdfPrinter printer = new SystemPdfPrinter();
    private static final float PREVIEW_DPI = 96f;
    private Session casesSession;
    private Parent casesScreen;
    private CasesViewModel casesModel;
    /** The shown screen's unsaved edits; locking drops it without asking (ADR 0012). */
    private LeaveGuard guard = LeaveGuard.NONE;

    AppNavigator(GuiConfig config, Messages messages, TaskRunner tasks, CasebookGateway gateway,
            RecentCasebooks recent, FileChooserService files, DialogService dialogs, ClipboardService clipboard,
            ShellViewModel shell,
            ShellWindow window) {
        this.config = config;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.tasks = tasks;
        this.gateway = gateway;
        this.recent = recent;
        this.files = files;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.shell = shell;
        this.window = window;
        shell.setOnLocked(this::unlock);
        shell.setOnTemplates(this::templates);
        shell.setOnOrgProfile(this::orgProfile);
        shell.setOnCoordinator(this::coordinator);
        shell.setOnDirectory(this::directory);
        shell.setOnCases(this::cases);
        shell.setOnNewCase(this::newCase);
        shell.setOnPeople(this::people);
        shell.setOnSettings(this::settings);
        shell.setOnRestore(this::restore);
        shell.setOnDataProtection(this::retention, this::processingRecords);
        shell.setOnTransferImport(this::transferImport);
        new TransferScreens(new TransferScreens.Host(this, this::mayLeave, this::selectedCases), messages, tasks,
                files, dialogs, clipboard, window);
    }

    @Override
    public void welcome() {
        backWhenLocked = this::welcome;
        guard = LeaveGuard.NONE;
        forgetCases();
        var demo = new WelcomeViewModel.DemoSettings(config.directories().demoCasebook(), config.demoCases(),
                config.clock().millis());
        var model = new WelcomeViewModel(messages, this, files, recent, gateway, tasks, demo, new SecureRandom(),
                errors);
        window.show(new WelcomeView(model, messages).build(), false);
    }

    @Override
    public void create(Path folder) {
        backWhenLocked = () -> create(folder);
        var model = new CreateViewModel(folder, messages, this, gateway, tasks, recent, errors);
        window.show(new CreateView(model, messages).build(), false);
    }

    @Override
    public void unlock(Path folder) {
        backWhenLocked = () -> unlock(folder);
        guard = LeaveGuard.NONE;
        forgetCases();
        var model = new UnlockViewModel(folder, messages, this, gateway, tasks, recent, files, errors);
        window.show(new UnlockView(model, messages).build(), false);
    }

    @Override
    public void recoveryKey(Session session, char[] formattedKey) {
        shell.sessionStarted(session);
        var model = new RecoveryKeyViewModel(this, session, formattedKey, messages, files, tasks,
                config.directories().dataDirectory());
        window.show(new RecoveryKeyView(model, messages, dialogs).build(), true);
        shell.whenScreenLeft(model::wipe);
    }

    @Override
    public void cases(Session session) {
        if (!session.casework().allows(org.cairn.casework.Action.FIND_CASES)) {
            coordinator(session); // a coordinator's home: never a list that would only refuse
            return;
        }
        if (!mayLeave()) {
            return;
        }
        shell.sessionStarted(session);
        if (casesSession != session) {
            casesSession = session;
            casesModel = new CasesViewModel(session, messages, this, tasks, config.clock(), errors);
            casesScreen = new CasesView(casesModel, messages).build();
        } else {
            casesModel.refresh();
        }
        window.show(casesScreen, true);
    }

    @Override
    public void newPassphrase(Session session) {
        shell.sessionStarted(session);
        var model = new NewPassphraseViewModel(session, messages, this, gateway, tasks, errors);
        window.show(new NewPassphraseView(model, messages).build(), true);
    }

    @Override
    public void caseFile(Session session, long caseId) {
        if (!mayLeave()) {
            return;
        }
        var model = new CaseFileViewModel(session, caseId, messages, this, tasks, errors, clipboard, dialogs,
                config.clock());
        window.show(new CaseFileView(model, messages).build(), true);
        guard = model;
    }

    @Override
    public void newCase(Session session) {
        if (!mayLeave()) {
            return;
        }
        var model = new NewCaseViewModel(session, messages, this, tasks, errors, dialogs, config.clock());
        window.show(new NewCaseView(model, messages).build(), true);
        guard = model;
    }

    @Override
    public void newCaseForClient(Session session, long clientId) {
        if (!mayLeave()) {
            return;
        }
        var model = new NewCaseViewModel(session, messages, this, tasks, errors, dialogs, config.clock(), clientId);
        window.show(new NewCaseView(model, messages).build(), true);
        guard = model;
    }

    /** Asks the shown screen whether it may be left; once it agrees, its edits are gone. */
    private boolean mayLeave() {
        if (!guard.mayLeave()) {
            return false;
        }
        guard = LeaveGuard.NONE;
        return true;
    }

    @Override
    public void templates(Session session) {
        if (!mayLeave()) {
            return;
        }
        var model = new TemplatesViewModel(session, messages, this, tasks, errors, files, dialogs);
        window.show(new TemplatesView(model, messages).build(), true);
    }

    @Override
    public void letter(Session session, long caseId) {
        if (!mayLeave()) {
            return;
        }
        window.show(new LetterView(letterModel(session, caseId), messages).build(), true);
    }

    @Override
    public void letter(Session session, long caseId, org.cairn.ui.common.LetterPrefill prefill) {
        if (!mayLeave()) {
            return;
        }
        var model = letterModel(session, caseId);
        PrefillChoices.applyTo(prefill, model);
        window.show(new LetterView(model, messages).build(), true);
    }

    private LetterViewModel letterModel(Session session, long caseId) {
        if (!lettersWarmedUp) {
            // While the advocate chooses the letter and its recipient, so the first preview comes at warm speed.
            lettersWarmedUp = true;
            letterPdf.warmUp(PREVIEW_DPI);
        }
        var model = new LetterViewModel(session, caseId, messages, this, tasks, errors, dialogs, files, printer,
                letterPdf::render, pdf -> letterPdf.preview(pdf, PREVIEW_DPI),
                session.casework().letters().templates());
        model.useFontNotices(fonts::fallbackNotice);
        return model;
    }

    @Override
    public void orgProfile(Session session) {
        if (!mayLeave()) {
            return;
        }
        var model = new OrgProfileViewModel(session, messages, this, tasks, errors, files);
        window.show(new OrgProfileView(model, messages).build(), true);
    }

    /** The coordinator's counts screen: preview, CSV and PDF export, bundles and keys. */
    @Override
    public void coordinator(Session session) {
        if (!mayLeave()) {
            return;
        }
        shell.sessionStarted(session);
        String version = AppNavigator.class.getPackage().getImplementationVersion();
        var model = new CoordinatorViewModel(session, messages, this, tasks, files, dialogs, config.clock(),
                version == null ? "development build" : version);
        window.show(new CoordinatorView(model, messages).build(), true);
    }

    @Override
    public void people(Session session) {
        if (!mayLeave()) {
            return;
        }
        var model = new PeopleViewModel(session, messages, this, tasks, errors, config.kdfPolicy(), config.clock());
        window.show(new PeopleView(model, messages, dialogs).build(), true);
    }

    @Override
    public void directory(Session session) {
        if (!mayLeave()) {
            return;
        }
        var model = new DirectoryViewModel(session, messages, this, tasks, errors, files);
        window.show(new DirectoryView(model, messages).build(), true);
    }

    /**
     * Settings, from the menu on any screen; Back returns to the cases, or with no casebook open to the screen it
     * came from (fresh: nothing typed there is kept).
     */
    @Override
    public void settings() {
        if (!mayLeave()) {
            return;
        }
        Session open = shell.sessionProperty().get();
        var model = new SettingsViewModel(messages, shell.settings(), tasks, fonts::fontName,
                () -> {
                    Session now = shell.sessionProperty().get();
                    if (now != null) {
                        home(now);
                    } else {
                        backWhenLocked.run();
                    }
                });
        window.show(new SettingsView(model, messages).build(), open != null);
    }

    @Override
    public void restore() {
        backWhenLocked = this::restore;
        var model = new RestoreViewModel(messages, this, files, dialogs, recent, tasks,
                new BackupRestore(gateway, tasks, messages));
        window.show(new RestoreView(model, messages).build(), false);
    }

    @Override
    public void retention(Session session) {
        if (!mayLeave()) {
            return;
        }
        var model = new org.cairn.ui.retention.RetentionViewModel(session, messages, this, tasks, errors, dialogs);
        window.show(new org.cairn.ui.retention.RetentionView(model, messages).build(), true);
    }

    @Override
    public void processingRecords(Session session) {
        if (!mayLeave()) {
            return;
        }
        var model = new org.cairn.ui.processing.ProcessingViewModel(session, messages, this, tasks, errors, files);
        window.show(new org.cairn.ui.processing.ProcessingView(model, messages).build(), true);
    }

    /** Importing a transfer file from a paired casebook: preview, choices, import (ADR 0048). */
    void transferImport(Session session) {
        if (!mayLeave()) {
            return;
        }
        var model = new org.cairn.ui.transfer.TransferImportViewModel(session, messages, this, tasks, errors, files,
                config.clock());
        window.show(new org.cairn.ui.transfer.TransferImportView(model, messages).build(), true);
    }

    /** The case chosen in the case list of {@code session}, for sending; none when the list was not shown. */
    private java.util.List<org.cairn.casebook.CaseReference> selectedCases(Session session) {
        return casesSession == session && casesModel != null ? casesModel.selectedReferences() : java.util.List.of();
    }

    private void forgetCases() {
        casesSession = null;
        casesScreen = null;
        casesModel = null;
    }
}
