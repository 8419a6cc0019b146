package org.cairn.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * A table column of text. A cell too narrow for its text ends in "…"; its tooltip holds the whole text, so a
 * long reason or note is never out of reach.
 */
public final class TextColumn {
    private TextColumn() {
    }

    public static <T> TableColumn<T, String> of(String header, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(header);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                boolean blank = empty || value == null || value.isEmpty();
                setText(blank ? null : value);
                whole.setText(blank ? "" : value);
                setTooltip(blank ? null : whole);
            }
        });
        return column;
    }
}
