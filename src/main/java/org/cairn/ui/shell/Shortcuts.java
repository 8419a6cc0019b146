package org.cairn.ui.shell;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.cairn.ui.shell.Shortcut.Action;

/**
 * Every keyboard shortcut, in the order the Help dialog shows them. The window installs the shell's own from this
 * list and the menus show their keys from it, so the dialog cannot drift from what the keys really do. Screen-level
 * entries (search, open a case) are handled by their screens; a flow test checks those still work.
 */
public final class Shortcuts {
    static final String EVERYWHERE = "shortcuts.group.everywhere";
    static final String CASES = "shortcuts.group.cases";
    static final String FORMS = "shortcuts.group.forms";

    public static final List<Shortcut> ALL = List.of(
            shell("shortcuts.help", Action.SHORTCUTS, new KeyCodeCombination(KeyCode.F1)),
            shell("shortcuts.quickExit", Action.QUICK_EXIT, new KeyCodeCombination(KeyCode.ESCAPE, SHIFT_DOWN)),
            shell("shortcuts.lock", Action.LOCK, new KeyCodeCombination(KeyCode.L, SHORTCUT_DOWN)),
            shell("shortcuts.settings", Action.SETTINGS, new KeyCodeCombination(KeyCode.COMMA, SHORTCUT_DOWN)),
            shell("shortcuts.people", Action.PEOPLE, new KeyCodeCombination(KeyCode.P, SHORTCUT_DOWN, SHIFT_DOWN)),
            shell("shortcuts.retention", Action.RETENTION,
                    new KeyCodeCombination(KeyCode.R, SHORTCUT_DOWN, SHIFT_DOWN)),
            shell("shortcuts.transferImport", Action.TRANSFER_IMPORT,
                    new KeyCodeCombination(KeyCode.I, SHORTCUT_DOWN, SHIFT_DOWN)),
            shell("shortcuts.transferPairing", Action.TRANSFER_PAIRING,
                    new KeyCodeCombination(KeyCode.K, SHORTCUT_DOWN, SHIFT_DOWN)),
            shell("shortcuts.transferSend", Action.TRANSFER_SEND,
                    new KeyCodeCombination(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN)),
            shell("shortcuts.transferMoves", Action.TRANSFER_MOVES,
                    new KeyCodeCombination(KeyCode.M, SHORTCUT_DOWN, SHIFT_DOWN)),
            shell("shortcuts.larger", Action.LARGER, new KeyCodeCombination(KeyCode.PLUS, SHORTCUT_DOWN),
                    new KeyCodeCombination(KeyCode.EQUALS, SHORTCUT_DOWN),
                    new KeyCodeCombination(KeyCode.ADD, SHORTCUT_DOWN)),
            shell("shortcuts.smaller", Action.SMALLER, new KeyCodeCombination(KeyCode.MINUS, SHORTCUT_DOWN),
                    new KeyCodeCombination(KeyCode.SUBTRACT, SHORTCUT_DOWN)),
            shell("shortcuts.normalSize", Action.NORMAL_SIZE, new KeyCodeCombination(KeyCode.DIGIT0, SHORTCUT_DOWN)),
            new Shortcut(EVERYWHERE, "shortcuts.menus", List.of(new KeyCodeCombination(KeyCode.F10)), null,
                    Action.SCREEN),
            screen(CASES, "shortcuts.search", new KeyCodeCombination(KeyCode.F, SHORTCUT_DOWN)),
            screen(CASES, "shortcuts.newCase", new KeyCodeCombination(KeyCode.N, SHORTCUT_DOWN)),
            screen(CASES, "shortcuts.move", new KeyCodeCombination(KeyCode.DOWN), new KeyCodeCombination(KeyCode.UP)),
            screen(CASES, "shortcuts.open", new KeyCodeCombination(KeyCode.ENTER)),
            screen(FORMS, "shortcuts.back", new KeyCodeCombination(KeyCode.ESCAPE)),
            new Shortcut(FORMS, "shortcuts.mnemonic", List.of(), "shortcuts.mnemonic.keys", Action.SCREEN),
            screen(FORMS, "shortcuts.next", new KeyCodeCombination(KeyCode.TAB),
                    new KeyCodeCombination(KeyCode.TAB, SHIFT_DOWN)),
            screen(FORMS, "shortcuts.tabInText", new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN)));

    private Shortcuts() {
    }

    /** The entry for a shell action; every action but SCREEN has exactly one. */
    public static Optional<Shortcut> forAction(Action action) {
        return ALL.stream().filter(shortcut -> shortcut.action() == action).findFirst();
    }

    private static Shortcut shell(String actionKey, Action action, KeyCombination... keys) {
        return new Shortcut(EVERYWHERE, actionKey, List.of(keys), null, action);
    }

    private static Shortcut screen(String group, String actionKey, KeyCombination... keys) {
        return new Shortcut(group, actionKey, List.of(keys), null, Action.SCREEN);
    }
}
