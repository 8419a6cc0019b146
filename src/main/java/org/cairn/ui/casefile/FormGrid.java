package org.cairn.ui.casefile;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.cairn.ui.common.Messages;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * A two-column form: a label a screen reader reads with its field, then the field. Fields with a check get a
 * ControlsFX decoration that shows the check's plain sentence.
 */
final class FormGrid {
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final ValidationSupport validation = new ValidationSupport();
    private int row;

    FormGrid(Messages messages) {
        this(messages, 180);
    }

    FormGrid(Messages messages, double labelWidth) {
        this.messages = messages;
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 0, 12, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(labelWidth);
        labels.setMaxWidth(labelWidth + 80);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMaxWidth(520);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    /** A heading between groups of fields. */
    FormGrid section(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().addAll(Styles.TITLE_4);
        heading.setPadding(new Insets(row == 0 ? 0 : 12, 0, 0, 0));
        grid.add(heading, 0, row++, 2, 1);
        return this;
    }

    /** A field with its label; the label may carry a mnemonic (an underscore). */
    <C extends Control> C field(String text, C control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setWrapText(true);
        control.setAccessibleText(text.replace("_", ""));
        control.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, row);
        grid.add(control, 1, row++);
        return control;
    }

    /** A field whose check is shown as a decoration; {@code required} adds the required-field marker. */
    <C extends Control> C checked(String label, C control, boolean required, Supplier<String> problem) {
        field(label, control);
        validation.registerValidator(control, required, (Control checkedControl, Object value) -> {
            String text = problem.get();
            return ValidationResult.fromErrorIf(checkedControl, text, !text.isEmpty());
        });
        return control;
    }

    /** A full-width row, for check boxes and buttons. */
    void wide(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }

    /** A choice box of enum values, with words from {@code text}; {@code none} labels a null value if given. */
    <T> ComboBox<T> choice(String label, T[] values, ObjectProperty<T> property, Function<T, String> text,
            boolean allowNone) {
        ComboBox<T> box = new ComboBox<>();
        if (allowNone) {
            box.getItems().add(null);
        }
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? messages.get("common.notRecorded") : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        });
        // Explicit cells, so that the "not recorded" choice (null) shows its words in the list and the button.
        box.setCellFactory(view -> new WordCell<>(box, false));
        box.setButtonCell(new WordCell<>(box, true));
        box.valueProperty().bindBidirectional(property);
        return field(label, box);
    }

    private static final class WordCell<T> extends ListCell<T> {
        private final ComboBox<T> box;
        private final boolean button;

        WordCell(ComboBox<T> box, boolean button) {
            this.box = box;
            this.button = button;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            // The button cell is "empty" when nothing is chosen, which here means "not recorded".
            setText(empty && !button ? null : box.getConverter().toString(item));
        }
    }

    /** Checks every field again, for checks that depend on other fields. */
    void revalidate() {
        validation.revalidate();
    }

    GridPane grid() {
        return grid;
    }
}
