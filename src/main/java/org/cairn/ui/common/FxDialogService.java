package org.cairn.ui.common;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait()
                .filter(ButtonType.OK::equals).isPresent();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        Window window = owner.get();
        alert.initOwner(window);
        // The window's text size, and its font where the language needs one (ScreenFont), reach its dialogs too.
        javafx.scene.Node root = window == null || window.getScene() == null ? null
                : window.getScene().lookup(".cairn-root");
        if (root != null) {
            alert.getDialogPane().setStyle(root.getStyle());
            if (root.getEffectiveNodeOrientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT) {
                alert.getDialogPane().getStylesheets().add(Stylesheets.rightToLeft());
            }
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }
}
