package org.cairn.ui.plans;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cairn.templates.Item;
import org.cairn.templates.Section;
import org.cairn.templates.StructuredBody;
import org.cairn.ui.common.Messages;

/**
 * Builds the controls of a plan or checklist from its structured body: one control per item type, each bound to
 * the item's answer in the ViewModel, with the template's guidance under it. Ids are {@code item-<item id>}.
 */
final class FormControls {
    private final Messages messages;

    FormControls(Messages messages) {
        this.messages = messages;
    }

    VBox build(StructuredBody body, PlansViewModel model) {
        VBox form = new VBox(14);
        for (Section section : body.sections()) {
            Label title = new Label(section.title());
            title.getStyleClass().add(Styles.TITLE_4);
            form.getChildren().add(title);
            if (!section.guidance().isEmpty()) {
                form.getChildren().add(guidance(section.guidance()));
            }
            for (Item item : section.items()) {
                form.getChildren().add(item(item, model.answer(item.id())));
            }
        }
        return form;
    }

    private Node item(Item item, StringProperty answer) {
        Node control = switch (item.type()) {
            case TICK -> tick(item, answer);
            case YES_NO_UNKNOWN -> yesNoUnknown(item, answer);
            case SHORT_TEXT -> shortText(item, answer);
            case LONG_TEXT -> longText(item, answer);
            case CHOICE -> choice(item, answer);
            case DATE -> date(item, answer);
        };
        control.setId("item-" + item.id());
        VBox box = new VBox(4);
        if (item.type() != org.cairn.templates.ItemType.TICK) {
            Label question = new Label(item.text());
            question.setWrapText(true);
            question.setLabelFor(control);
            box.getChildren().add(question);
        }
        box.getChildren().add(control);
        if (!item.guidance().isEmpty()) {
            box.getChildren().add(guidance(item.guidance()));
        }
        return box;
    }

    private Node tick(Item item, StringProperty answer) {
        CheckBox box = new CheckBox(item.text());
        box.setWrapText(true);
        box.setSelected("ticked".equals(answer.get()));
        box.selectedProperty().addListener((o, was, now) -> answer.set(now ? "ticked" : ""));
        return box;
    }

    private Node yesNoUnknown(Item item, StringProperty answer) {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(16);
        for (String value : java.util.List.of("yes", "no", "unknown")) {
            RadioButton button = new RadioButton(messages.get(switch (value) {
                case "yes" -> "plans.answer.yes";
                case "no" -> "plans.answer.no";
                default -> "plans.answer.unknown";
            }));
            button.setId("item-" + item.id() + "-" + value);
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setSelected(value.equals(answer.get()));
            row.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> answer.set(now == null ? ""
                : (String) now.getUserData()));
        row.setAccessibleText(item.text());
        return row;
    }

    private Node shortText(Item item, StringProperty answer) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(answer);
        field.setAccessibleText(item.text());
        return field;
    }

    private Node longText(Item item, StringProperty answer) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(answer);
        area.setAccessibleText(item.text());
        return area;
    }

    private Node choice(Item item, StringProperty answer) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(item.choices());
        box.setValue(answer.get().isEmpty() ? null : answer.get());
        box.valueProperty().addListener((o, was, now) -> answer.set(now == null ? "" : now));
        box.setAccessibleText(item.text());
        return box;
    }

    private Node date(Item item, StringProperty answer) {
        DatePicker picker = messages.dates().picker();
        try {
            picker.setValue(answer.get().isEmpty() ? null : LocalDate.parse(answer.get()));
        } catch (DateTimeParseException e) {
            picker.setValue(null);
        }
        picker.valueProperty().addListener((o, was, now) -> answer.set(now == null ? "" : now.toString()));
        picker.setAccessibleText(item.text());
        return picker;
    }

    private static Label guidance(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }
}
