package org.cairn.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.Stylesheets;

/** Help → Keyboard shortcuts: a table of what each shortcut does and its keys, grouped by where it works. */
final class ShortcutsDialog {
    /** One line of the table: a group heading has no keys. */
    record Row(String action, String keys) {
    }

    private final Messages messages;
    private Dialog<Void> dialog;

    ShortcutsDialog(Messages messages) {
        this.messages = messages;
    }

    /** Shows the dialog without blocking; a second F1 brings the open one to the front. */
    void show(Window owner, String fontStyle) {
        if (dialog != null && dialog.isShowing()) {
            dialog.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(messages.get("shortcuts.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("shortcuts-dialog");
        dialog.getDialogPane().setStyle(fontStyle);
        if (owner.getScene() != null
                && owner.getScene().getEffectiveNodeOrientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT) {
            dialog.getDialogPane().getStylesheets().add(Stylesheets.rightToLeft());
        }
        dialog.getDialogPane().getStylesheets().add(Stylesheets.cairn());
        dialog.getDialogPane().setContent(table(rows(messages, Shortcuts.ALL)));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("shortcuts-close");
        dialog.getDialogPane().setPrefSize(640, 700);
        dialog.setResizable(true);
        dialog.show();
        // Some window managers open a resizable dialog at a tiny default size: size it to its content.
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }

    /** Group headings with their shortcuts under them, in the order of the list. */
    static Map<String, List<Row>> rows(Messages messages, List<Shortcut> shortcuts) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Shortcut shortcut : shortcuts) {
            groups.computeIfAbsent(messages.get(shortcut.groupKey()), group -> new java.util.ArrayList<>())
                    .add(new Row(messages.get(shortcut.actionKey()), keysText(messages, shortcut)));
        }
        return groups;
    }

    /** "Ctrl+L", or several combinations joined by "or"; described keys come from the bundle. */
    static String keysText(Messages messages, Shortcut shortcut) {
        if (shortcut.keys().isEmpty()) {
            return messages.get(shortcut.keysKey());
        }
        // Ctrl+plus on the main keys and on the keypad look the same written down: list such a pair once.
        return shortcut.keys().stream().map(KeyCombination::getDisplayText).distinct()
                .collect(Collectors.joining(messages.get("shortcuts.or")));
    }

    private TreeTableView<Row> table(Map<String, List<Row>> groups) {
        TreeItem<Row> root = new TreeItem<>(new Row("", ""));
        groups.forEach((group, rows) -> {
            TreeItem<Row> heading = new TreeItem<>(new Row(group, ""));
            heading.setExpanded(true);
            rows.forEach(row -> heading.getChildren().add(new TreeItem<>(row)));
            root.getChildren().add(heading);
        });
        TreeTableView<Row> table = new TreeTableView<>(root);
        table.setId("shortcuts-table");
        table.setShowRoot(false);
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setAccessibleText(messages.get("shortcuts.title"));
        TreeTableColumn<Row, String> action = new TreeTableColumn<>(messages.get("shortcuts.column.action"));
        action.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue().action()));
        action.setPrefWidth(360);
        TreeTableColumn<Row, String> keys = new TreeTableColumn<>(messages.get("shortcuts.column.keys"));
        keys.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue().keys()));
        keys.setPrefWidth(200);
        table.getColumns().setAll(List.of(action, keys));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
