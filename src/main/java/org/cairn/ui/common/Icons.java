package org.cairn.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons; an icon-only button always carries accessible text and a tooltip. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon icon(Feather feather) {
        return new FontIcon(feather);
    }

    public static Button withIcon(Button button, Feather feather) {
        button.setGraphic(icon(feather));
        return button;
    }

    public static Button iconOnly(Feather feather, String description) {
        Button button = new Button(null, icon(feather));
        button.setAccessibleText(description);
        button.setTooltip(new Tooltip(description));
        button.getStyleClass().addAll("button-icon", "flat");
        return button;
    }
}
