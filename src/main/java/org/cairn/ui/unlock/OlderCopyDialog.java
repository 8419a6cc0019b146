package org.cairn.ui.unlock;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.cairn.ui.common.Messages;

/**
 * Asks what to do with a casebook older than the copy this computer last saw. Cancel is the default button and
 * the Escape key, and has the focus: pressing Enter without reading changes nothing.
 */
final class OlderCopyDialog {
    private final UnlockViewModel model;
    private final Messages messages;

    OlderCopyDialog(UnlockViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Shows the question without blocking; exactly one of the model's three choices runs when it closes. */
    void show(Window owner) {
        ButtonType cancel = new ButtonType(messages.get("unlock.older.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType readOnly = new ButtonType(messages.get("unlock.older.readOnly"), ButtonBar.ButtonData.OTHER);
        ButtonType accept = new ButtonType(messages.get("unlock.older.accept"), ButtonBar.ButtonData.OTHER);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        org.cairn.ui.common.DialogLook.follow(dialog, owner);
        dialog.setTitle(messages.get("unlock.older.title"));
        dialog.setHeaderText(messages.get("unlock.older.title"));
        Label text = new Label(model.olderCopyMessage());
        text.setId("older-copy-message");
        text.setWrapText(true);
        text.setPrefWidth(520);
        text.setMinHeight(Label.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().addAll(accept, readOnly, cancel);
        Button cancelButton = button(dialog, cancel, "older-copy-cancel");
        button(dialog, readOnly, "older-copy-read-only");
        button(dialog, accept, "older-copy-accept");
        cancelButton.setDefaultButton(true);
        dialog.setOnShown(event -> Platform.runLater(cancelButton::requestFocus));
        // Quick exit (Shift+Esc) must still work while the question is open: cancel, then pass the keys on.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && event.isShiftDown()) {
                event.consume();
                dialog.setResult(cancel);
                if (owner != null && owner.getScene() != null) {
                    Event.fireEvent(owner.getScene(), event.copyFor(owner.getScene(), owner.getScene()));
                }
            }
        });
        dialog.setOnHidden(event -> {
            ButtonType chosen = dialog.getResult();
            if (accept.equals(chosen)) {
                model.acceptOlderCopy();
            } else if (readOnly.equals(chosen)) {
                model.openOlderCopyReadOnly();
            } else {
                model.cancelOlderCopy();
            }
        });
        dialog.show();
    }

    private static Button button(Dialog<ButtonType> dialog, ButtonType type, String id) {
        Node node = dialog.getDialogPane().lookupButton(type);
        node.setId(id);
        Button button = (Button) node;
        button.setDefaultButton(false);
        return button;
    }
}
