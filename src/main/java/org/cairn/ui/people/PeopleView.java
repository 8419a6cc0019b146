package org.cairn.ui.people;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cairn.casework.Role;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.PassphraseBox;
import org.cairn.ui.common.PasswordFields;
import org.cairn.ui.common.TableHeadings;
import org.cairn.ui.common.TextColumn;
import org.kordamp.ikonli.feather.Feather;

/**
 * People and passphrases: the list of every key slot with add, change role and remove for administrators, and
 * "Change my passphrase" for everyone. Built in code on the shared style sheet, like the other screens.
 */
public final class PeopleView {
    private final PeopleViewModel model;
    private final Messages messages;
    private final DialogService dialogs;

    public PeopleView(PeopleViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public Parent build() {
        Button back = Icons.withIcon(new Button(messages.get("common.back")), Feather.ARROW_LEFT);
        back.setId("people-back");
        back.setCancelButton(true);
        back.setOnAction(event -> model.back());
        HBox heading = new HBox(16, back, Layouts.title(messages.get("people.title")));
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(16, heading, Layouts.text(messages.format("people.lead", model.you())));
        if (model.managesPeople()) {
            // Adding someone and changing one's own passphrase side by side, so both fit under the list.
            content.getChildren().addAll(list(), progress(), new Separator(),
                    new HBox(32, column(addPerson()), column(ownPassphrase())));
            model.load();
        } else {
            content.getChildren().add(ownPassphrase());
        }
        javafx.scene.control.ScrollPane card = Layouts.card(content);
        card.setFitToHeight(false);
        if (!model.editable()) {
            content.getChildren().add(2, Layouts.text(messages.get("people.readOnly")));
        }
        if (model.managesPeople()) {
            // Wider than the usual card: the list and the two forms beside each other need the room.
            ((javafx.scene.layout.Region) content.getParent()).setMaxWidth(960);
        }
        return card;
    }

    private Node list() {
        TableView<PersonRow> table = new TableView<>(model.rows());
        table.setId("people-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumn.of(messages.get("people.column.name"),
                row -> row.you() ? messages.format("people.you", row.name()) : row.name()));
        table.getColumns().add(TextColumn.of(messages.get("people.column.role"), PersonRow::roleText));
        table.getColumns().add(TextColumn.of(messages.get("people.column.addedBy"), PersonRow::addedBy));
        table.getColumns().add(TextColumn.of(messages.get("people.column.addedOn"), PersonRow::addedOn));
        TableHeadings.keepWhole(table);
        table.setPrefHeight(180);
        table.setPlaceholder(new Label(messages.get("people.loading")));
        table.setAccessibleText(messages.get("people.list"));
        ComboBox<Role> role = roles("people-role-choice");
        role.setAccessibleText(messages.get("people.role.choice"));
        var selected = table.getSelectionModel().selectedItemProperty();
        selected.addListener((o, was, now) -> role.setValue(now == null ? null : now.role()));
        Button change = Layouts.whole(new Button(messages.get("people.role.change")));
        change.setId("people-change-role");
        change.setMnemonicParsing(true);
        change.disableProperty().bind(selected.isNull().or(model.busyProperty()));
        change.setOnAction(event -> model.changeRole(selected.get(), role.getValue()));
        Button remove = Layouts.whole(Icons.withIcon(new Button(messages.get("people.remove")), Feather.USER_X));
        remove.setId("people-remove");
        remove.setMnemonicParsing(true);
        remove.getStyleClass().add(Styles.DANGER);
        // Nobody removes their own key while using it; the button is not offered for that row.
        remove.disableProperty().bind(selected.isNull().or(model.busyProperty()).or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.get() != null
                        && selected.get().you(), selected)));
        remove.setOnAction(event -> confirmRemoval(selected.get()));
        HBox actions = new HBox(12, role, change, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setDisable(!model.editable());
        return new VBox(8, section("people.list"), table, actions);
    }

    private void confirmRemoval(PersonRow row) {
        if (row != null && dialogs.confirm(messages.get("people.remove.title"), model.removalWarning(row))) {
            model.remove(row);
        }
    }

    private Node progress() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label working = Layouts.message(model.workingProperty(), Styles.TEXT_MUTED);
        working.setId("people-working");
        HBox line = new HBox(8, spinner, working);
        line.setAlignment(Pos.CENTER_LEFT);
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("people-error");
        Label status = Layouts.message(model.statusProperty(), Styles.SUCCESS);
        status.setId("people-status");
        return new VBox(6, line, error, status);
    }

    private VBox addPerson() {
        TextField name = new TextField();
        name.setId("people-new-name");
        name.textProperty().bindBidirectional(model.newNameProperty());
        ComboBox<Role> role = roles("people-new-role");
        role.valueProperty().bindBidirectional(model.newRoleProperty());
        NewPassphraseFields passphrase = new NewPassphraseFields("people-new-passphrase", "people.add.passphrase",
                "people.add.repeat", model.newRating(), model::updateNew, messages);
        Button add = Layouts.whole(Icons.withIcon(new Button(messages.get("people.add")), Feather.USER_PLUS));
        add.setId("people-add");
        add.setMnemonicParsing(true);
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(model.newRating().acceptableProperty().not().or(model.busyProperty())
                .or(model.newNameProperty().isEmpty()));
        add.setOnAction(event -> {
            char[][] typed = passphrase.take();
            model.add(typed[0], typed[1]);
        });
        VBox form = new VBox(6, NewPassphraseFields.label("people.add.name", name, messages), name,
                NewPassphraseFields.label("people.add.role", role, messages), role, passphrase.node());
        form.disableProperty().bind(model.busyProperty());
        Label hint = Layouts.text(messages.get("people.add.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, section("people.add.title"), hint, form, add);
        box.setDisable(!model.editable());
        return box;
    }

    private VBox ownPassphrase() {
        OwnPassphraseModel own = model.own();
        PasswordField current = new PasswordField();
        current.setId("people-own-current");
        NewPassphraseFields fresh = new NewPassphraseFields("people-own-new", "people.own.new", "people.own.repeat",
                own.rating(), own::update, messages);
        Button change = Layouts.whole(Icons.withIcon(new Button(messages.get("people.own.change")), Feather.KEY));
        change.setId("people-own-change");
        change.setMnemonicParsing(true);
        change.disableProperty().bind(own.rating().acceptableProperty().not().or(own.busyProperty())
                .or(current.lengthProperty().isEqualTo(0)));
        change.setOnAction(event -> {
            char[] old = PasswordFields.take(current);
            char[][] typed = fresh.take();
            own.change(old, typed[0], typed[1]);
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(own.busyProperty());
        HBox buttons = new HBox(12, change, spinner);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label error = Layouts.message(own.errorProperty(), Styles.DANGER);
        error.setId("people-own-error");
        Label done = Layouts.message(own.doneProperty(), Styles.SUCCESS);
        done.setId("people-own-done");
        VBox fields = new VBox(6, NewPassphraseFields.label("people.own.current", current, messages),
                PassphraseBox.wrap(current, messages), fresh.node());
        fields.disableProperty().bind(own.busyProperty());
        Label hint = Layouts.text(messages.get("people.own.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, section("people.own.title"), hint, fields, error, done, buttons);
        box.setDisable(!model.editable());
        return box;
    }

    /** Two columns that share the width equally, however long their words. */
    private static VBox column(VBox box) {
        HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        box.setPrefWidth(0);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private ComboBox<Role> roles(String id) {
        ComboBox<Role> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(Role.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role role) {
                return model.roleName(role);
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private Label section(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        return heading;
    }
}
