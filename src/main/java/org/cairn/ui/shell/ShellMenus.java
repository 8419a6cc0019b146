package org.cairn.ui.shell;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.cairn.ui.common.Messages;
import org.cairn.ui.shell.Shortcut.Action;

/**
 * The shell's menu bar: each entry, what it opens, when it is offered (the case screens never to a coordinator)
 * and the keys shown beside it, which come from {@link Shortcuts}.
 */
final class ShellMenus {
    private final ShellViewModel model;
    private final TransferActions transfers;
    private final Messages messages;

    ShellMenus(ShellViewModel model, TransferActions transfers, Messages messages) {
        this.model = model;
        this.transfers = transfers;
        this.messages = messages;
    }

    MenuBar bar() {
        return new MenuBar(fileMenu(), caseMenu(), toolsMenu(), viewMenu(), helpMenu());
    }

    private Menu fileMenu() {
        MenuItem settings = shortcutItem("menu-settings", "menu.settings", Action.SETTINGS);
        MenuItem people = shortcutItem("menu-people", "menu.people", Action.PEOPLE);
        people.disableProperty().bind(noCasebook());
        MenuItem restore = item("menu-restore", "menu.restore", model::openRestore);
        restore.disableProperty().bind(model.sessionProperty().isNotNull());
        MenuItem backup = item("menu-backup", "menu.backup", model::backUp);
        backup.disableProperty().bind(noCasebook().or(model.backup().busyProperty()));
        MenuItem lock = shortcutItem("menu-lock", "menu.lock", Action.LOCK);
        lock.disableProperty().bind(noCasebook());
        MenuItem exit = shortcutItem("menu-quick-exit", "menu.quickExit", Action.QUICK_EXIT);
        return menu("menu-file", "menu.file", settings, people, new SeparatorMenuItem(), backup, restore,
                new SeparatorMenuItem(), lock, exit);
    }

    private Menu caseMenu() {
        Menu menu = menu("menu-case", "menu.case", item("menu-cases", "menu.cases", model::openCases),
                item("menu-new-case", "menu.newCase", model::openNewCase));
        menu.disableProperty().bind(noCasebook());
        menu.visibleProperty().bind(model.caseScreensProperty()); // never offered to a coordinator
        return menu;
    }

    private Menu toolsMenu() {
        Menu menu = menu("menu-tools", "menu.tools",
                item("menu-directory", "menu.directory", model::openDirectory),
                item("menu-templates", "menu.templates", model::openTemplates),
                item("menu-coordinator", "menu.coordinator", model::coordinator),
                item("menu-org-profile", "menu.orgProfile", model::openOrgProfile),
                shortcutItem("menu-retention", "menu.retention", Action.RETENTION),
                item("menu-processing", "menu.processing", model::openProcessing), new SeparatorMenuItem(),
                shortcutItem("menu-transfer-import", "menu.transferImport", Action.TRANSFER_IMPORT),
                shortcutItem("menu-transfer-pairing", "menu.transferPairing", Action.TRANSFER_PAIRING),
                shortcutItem("menu-transfer-send", "menu.transferSend", Action.TRANSFER_SEND),
                shortcutItem("menu-transfer-moves", "menu.transferMoves", Action.TRANSFER_MOVES));
        menu.getItems().stream().filter(item -> !"menu-coordinator".equals(item.getId()))
                .forEach(item -> item.visibleProperty().bind(model.caseScreensProperty()));
        menu.disableProperty().bind(noCasebook());
        return menu;
    }

    private Menu viewMenu() {
        CheckMenuItem dark = new CheckMenuItem(messages.get("menu.dark"));
        dark.setId("menu-dark");
        dark.setSelected(model.darkProperty().get());
        model.darkProperty().addListener((o, was, now) -> dark.setSelected(now));
        dark.setOnAction(event -> model.toggleTheme());
        return menu("menu-view", "menu.view", shortcutItem("menu-larger", "menu.larger", Action.LARGER),
                shortcutItem("menu-smaller", "menu.smaller", Action.SMALLER),
                shortcutItem("menu-normal-size", "menu.normalSize", Action.NORMAL_SIZE), new SeparatorMenuItem(),
                dark);
    }

    private Menu helpMenu() {
        return menu("menu-help", "menu.help", shortcutItem("menu-shortcuts", "menu.shortcuts", Action.SHORTCUTS));
    }

    private BooleanExpression noCasebook() {
        return model.sessionProperty().isNull();
    }

    private Menu menu(String id, String key, MenuItem... items) {
        Menu menu = new Menu(messages.get(key), null, items);
        menu.setId(id);
        menu.setMnemonicParsing(true);
        return menu;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setOnAction(event -> action.run());
        return item;
    }

    /** A menu entry for a shell shortcut: its keys come from {@link Shortcuts}, the one list of shortcuts. */
    private MenuItem shortcutItem(String id, String key, Action action) {
        MenuItem item = item(id, key, () -> transfers.run(action));
        Shortcuts.forAction(action).map(Shortcut::primary).ifPresent(item::setAccelerator);
        return item;
    }
}
