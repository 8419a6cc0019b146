package org.cairn.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** Settings: locking, appearance, backup reminder, and the scripts letters can be printed in here. */
public final class SettingsView {
    private final SettingsViewModel model;
    private final Messages messages;

    public SettingsView(SettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Button back = Icons.withIcon(new Button(messages.get("common.back")), Feather.ARROW_LEFT);
        back.setId("settings-back");
        back.setCancelButton(true);
        back.setOnAction(event -> model.back());
        Label saveError = Layouts.message(model.saveErrorProperty(), Styles.DANGER);
        saveError.setId("settings-save-error");
        model.loadScripts();
        HBox heading = new HBox(16, back, Layouts.title(messages.get("appSettings.title")));
        heading.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.ScrollPane card = Layouts.card(heading, saveError,
                section("appSettings.locking", number("settings-idle", "appSettings.idle", "appSettings.idle.hint",
                        model.idleMinutesProperty(), model.idleErrorProperty())),
                new Separator(), section("appSettings.appearance", theme(), textSize(), language()), new Separator(),
                section("appSettings.backups", number("settings-reminder", "appSettings.reminder",
                        "appSettings.reminder.hint", model.reminderDaysProperty(), model.reminderErrorProperty())),
                new Separator(), section("appSettings.scripts", scripts()));
        // Taller than most windows: let it scroll at its own height rather than squeeze the wrapped hints.
        card.setFitToHeight(false);
        return card;
    }

    private Node section(String headingKey, Node... content) {
        Label heading = new Label(messages.get(headingKey));
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(content);
        return box;
    }

    private Node number(String id, String labelKey, String hintKey, javafx.beans.property.StringProperty value,
            javafx.beans.property.StringProperty error) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.setMaxWidth(100);
        field.textProperty().bindBidirectional(value);
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        label.setWrapText(true);
        Label hint = Layouts.text(messages.get(hintKey));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label problem = Layouts.message(error, Styles.DANGER);
        problem.setId(id + "-error");
        error.addListener((o, was, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        field.setAccessibleHelp(messages.get(hintKey));
        return new VBox(6, label, field, problem, hint);
    }

    private Node theme() {
        ToggleGroup group = new ToggleGroup();
        RadioButton light = new RadioButton(messages.get("appSettings.theme.light"));
        light.setId("settings-theme-light");
        light.setToggleGroup(group);
        light.setMnemonicParsing(true);
        RadioButton dark = new RadioButton(messages.get("appSettings.theme.dark"));
        dark.setId("settings-theme-dark");
        dark.setToggleGroup(group);
        dark.setMnemonicParsing(true);
        dark.setSelected(model.darkProperty().get());
        light.setSelected(!model.darkProperty().get());
        model.darkProperty().addListener((o, was, now) -> (now ? dark : light).setSelected(true));
        dark.selectedProperty().addListener((o, was, now) -> model.darkProperty().set(now));
        Label label = new Label(messages.get("appSettings.theme"));
        HBox choices = new HBox(16, light, dark);
        return new VBox(6, label, choices);
    }

    private Node textSize() {
        ComboBox<Integer> sizes = new ComboBox<>();
        sizes.setId("settings-text-size");
        sizes.getItems().setAll(SettingsViewModel.TEXT_SIZES);
        sizes.valueProperty().bindBidirectional(model.textSizeProperty());
        sizes.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer percent) {
                return percent == null ? "" : messages.format("appSettings.textSize.percent", percent);
            }

            @Override
            public Integer fromString(String text) {
                return model.textSizeProperty().get();
            }
        });
        Label label = new Label(messages.get("appSettings.textSize"));
        label.setLabelFor(sizes);
        label.setMnemonicParsing(true);
        label.setWrapText(true);
        Label hint = Layouts.text(messages.get("appSettings.textSize.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(6, label, sizes, hint);
    }

    private Node language() {
        ComboBox<SettingsViewModel.LanguageOption> choices = new ComboBox<>(model.languages());
        choices.setId("settings-language");
        choices.valueProperty().bindBidirectional(model.languageProperty());
        choices.setConverter(new StringConverter<>() {
            @Override
            public String toString(SettingsViewModel.LanguageOption option) {
                return option == null ? "" : option.label();
            }

            @Override
            public SettingsViewModel.LanguageOption fromString(String text) {
                return model.languageProperty().get();
            }
        });
        Label label = new Label(messages.get("appSettings.language"));
        label.setLabelFor(choices);
        label.setMnemonicParsing(true);
        label.setWrapText(true);
        Label hint = Layouts.text(messages.get("appSettings.language.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        choices.setAccessibleHelp(messages.get("appSettings.language.hint"));
        return new VBox(6, label, choices, hint);
    }

    private Node scripts() {
        Label lead = Layouts.text(messages.get("appSettings.scripts.lead"));
        lead.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane grid = new GridPane();
        grid.setId("settings-scripts");
        grid.setHgap(24);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setPercentWidth(45);
        javafx.scene.layout.ColumnConstraints fonts = new javafx.scene.layout.ColumnConstraints();
        fonts.setPercentWidth(55);
        grid.getColumnConstraints().setAll(names, fonts);
        model.scripts().addListener((ListChangeListener<SettingsViewModel.ScriptLine>) change -> fill(grid));
        fill(grid);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(model.scriptsLoadingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        HBox row = new HBox(8, grid, spinner);
        row.setAlignment(Pos.TOP_LEFT);
        return new VBox(8, lead, row);
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        int line = 0;
        for (SettingsViewModel.ScriptLine script : model.scripts()) {
            Label name = new Label(script.script());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setWrapText(true);
            Label font = new Label(script.font(), Icons.icon(script.available() ? Feather.CHECK : Feather.X));
            font.setWrapText(true);
            font.setId("settings-script-font"); // a font file's name, not words to translate
            font.getStyleClass().add(script.available() ? Styles.SUCCESS : Styles.WARNING);
            font.setAccessibleText(script.script() + ": " + script.font());
            grid.addRow(line++, name, font);
        }
    }
}
