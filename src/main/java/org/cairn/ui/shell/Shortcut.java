package org.cairn.ui.shell;

import java.util.List;
import java.util.Objects;
import javafx.scene.input.KeyCombination;

/**
 * One keyboard shortcut as the Help dialog lists it.
 *
 * @param groupKey message key of the group heading (where the shortcut works)
 * @param actionKey message key of what it does
 * @param keys the combinations, the first one shown in menus; empty when {@code keysKey} describes the keys
 * @param keysKey message key describing keys no combination can express (Alt + underlined letter), or null
 * @param action the shell action it runs, or {@link Action#SCREEN} when a screen handles it itself
 */
public record Shortcut(String groupKey, String actionKey, List<KeyCombination> keys, String keysKey, Action action) {
    /** What the shell does for a shortcut; SCREEN ones are only listed here. */
    public enum Action {
        SHORTCUTS, SETTINGS, PEOPLE, RETENTION, TRANSFER_IMPORT, TRANSFER_PAIRING, TRANSFER_SEND, TRANSFER_MOVES,
        LOCK, QUICK_EXIT, LARGER, SMALLER, NORMAL_SIZE, SCREEN
    }

    public Shortcut {
        Objects.requireNonNull(groupKey);
        Objects.requireNonNull(actionKey);
        keys = List.copyOf(keys);
        Objects.requireNonNull(action);
        if (keys.isEmpty() == (keysKey == null)) {
            throw new IllegalArgumentException("a shortcut has either key combinations or a description of its keys");
        }
    }

    /** The combination shown next to the menu entry, or null. */
    public KeyCombination primary() {
        return keys.isEmpty() ? null : keys.get(0);
    }
}
