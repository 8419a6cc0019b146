package org.cairn.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.input.KeyCombination;
import org.cairn.ui.common.Fakes;
import org.junit.jupiter.api.Test;

class ShortcutsTest {
    @Test
    void everyShellActionHasExactlyOneEntryAndNoKeysAreShared() {
        for (Shortcut.Action action : Shortcut.Action.values()) {
            if (action != Shortcut.Action.SCREEN) {
                assertThat(Shortcuts.ALL.stream().filter(s -> s.action() == action)).as(action.name()).hasSize(1);
            }
        }
        Set<KeyCombination> seen = new HashSet<>();
        for (Shortcut shortcut : Shortcuts.ALL) {
            for (KeyCombination keys : shortcut.keys()) {
                assertThat(seen.add(keys)).as(keys.toString()).isTrue();
            }
        }
    }

    @Test
    void theDialogGroupsEveryShortcutUnderItsHeading() {
        Map<String, List<ShortcutsDialog.Row>> rows = ShortcutsDialog.rows(Fakes.messages(), Shortcuts.ALL);
        assertThat(rows.keySet()).containsExactly("Anywhere in Cairn", "Case list", "Forms and pages");
        assertThat(rows.values().stream().mapToInt(List::size).sum()).isEqualTo(Shortcuts.ALL.size());
        assertThat(rows.get("Anywhere in Cairn")).first()
                .isEqualTo(new ShortcutsDialog.Row("Show this list of shortcuts", "F1"));
        assertThat(rows.get("Forms and pages")).contains(new ShortcutsDialog.Row(
                "Go to what has that letter underlined", "Alt + underlined letter"));
    }

    @Test
    void aShortcutHasKeysOrADescriptionOfThemNotBoth() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Shortcut("g", "a", List.of(), null,
                Shortcut.Action.SCREEN)).isInstanceOf(IllegalArgumentException.class);
    }
}
