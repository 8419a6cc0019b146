package org.cairn.ui.letter;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cairn.letters.check.Recipient;
import org.cairn.templates.RecipientKind;
import org.cairn.ui.common.Messages;

/** The letter screen's "Who it goes to": the client, a directory entry, or someone typed in, each field labelled. */
final class RecipientPane {
    private static final String BLOCKED_STYLE = "cairn-blocked";
    private final LetterViewModel model;
    private final Messages messages;

    RecipientPane(LetterViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Node build() {
        ToggleGroup group = new ToggleGroup();
        RadioButton client = choice(group, "letter-recipient-client", "letter.recipient.client",
                RecipientChoice.CLIENT);
        RadioButton listed = choice(group, "letter-recipient-directory", "letter.recipient.directory",
                RecipientChoice.DIRECTORY);
        RadioButton typed = choice(group, "letter-recipient-typed", "letter.recipient.typed", RecipientChoice.TYPED);
        Runnable follow = () -> group.selectToggle(switch (model.recipient().choiceProperty().get()) {
            case CLIENT -> client;
            case DIRECTORY -> listed;
            case TYPED -> typed;
        });
        follow.run();
        // The model may choose too (a letter's usual recipient), and the buttons show what it chose.
        model.recipient().choiceProperty().addListener((o, was, now) -> follow.run());
        group.selectedToggleProperty().addListener((o, was, now) -> chosen(now));
        VBox typedBox = typedRecipient();
        typedBox.visibleProperty().bind(typed.selectedProperty());
        typedBox.managedProperty().bind(typedBox.visibleProperty());
        ComboBox<Recipient> entries = new ComboBox<>(model.recipient().directory());
        entries.setId("letter-recipient-entry");
        entries.setPromptText(messages.get("letter.recipient.directoryChoose"));
        entries.setAccessibleText(messages.get("letter.recipient.directoryChoose"));
        entries.setMaxWidth(Double.MAX_VALUE);
        entries.setCellFactory(view -> entryCell());
        entries.setButtonCell(entryCell());
        entries.valueProperty().bindBidirectional(model.recipient().directoryRecipientProperty());
        entries.valueProperty().addListener((o, was, now) -> model.refresh());
        entries.visibleProperty().bind(listed.selectedProperty());
        entries.managedProperty().bind(entries.visibleProperty());
        Label blocked = new Label();
        blocked.setId("letter-recipient-blocked");
        blocked.getStyleClass().add(Styles.DANGER);
        blocked.setWrapText(true);
        Runnable showBlocked = () -> {
            Recipient chosen = entries.getValue();
            boolean shown = listed.isSelected() && model.recipient().isBlocked(chosen);
            blocked.setText(shown ? messages.format("letter.recipient.blocked", chosen.name()) : "");
            blocked.setVisible(shown);
            blocked.setManaged(shown);
        };
        entries.valueProperty().addListener((o, was, now) -> showBlocked.run());
        listed.selectedProperty().addListener((o, was, now) -> showBlocked.run());
        model.recipient().directory().addListener(
                (javafx.collections.ListChangeListener<Recipient>) change -> showBlocked.run());
        showBlocked.run();
        return new VBox(6, new Label(messages.get("letter.recipient.label")), client, listed, entries, blocked,
                typed, typedBox);
    }

    private void chosen(Toggle now) {
        if (now != null && now.getUserData() != model.recipient().choiceProperty().get()) {
            model.recipient().choiceProperty().set((RecipientChoice) now.getUserData());
            model.refresh();
        }
    }

    private RadioButton choice(ToggleGroup group, String id, String key, RecipientChoice value) {
        RadioButton button = new RadioButton(messages.get(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(value);
        return button;
    }

    private VBox typedRecipient() {
        TextField name = field("letter-recipient-name", "letter.recipient.name", model.recipient().nameProperty());
        TextField organisation = field("letter-recipient-organisation", "letter.recipient.organisation",
                model.recipient().organisationProperty());
        TextArea address = new TextArea();
        address.setId("letter-recipient-address");
        address.setAccessibleText(messages.get("letter.recipient.address"));
        address.setPrefRowCount(3);
        address.textProperty().bindBidirectional(model.recipient().addressProperty());
        ComboBox<RecipientKind> kind = new ComboBox<>();
        kind.getItems().setAll(RecipientKind.THIRD_SECTOR, RecipientKind.STATUTORY,
                RecipientKind.IMMIGRATION_AUTHORITY);
        kind.setId("letter-recipient-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setPromptText(messages.get("letter.recipient.kindChoose"));
        kind.setAccessibleText(messages.get("letter.recipient.kindChoose"));
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(RecipientKind value) {
                return value == null ? "" : kindLabel(value);
            }

            @Override
            public RecipientKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.recipient().kindProperty());
        return new VBox(6, LetterView.labelled(name, messages.get("letter.recipient.name")),
                LetterView.labelled(organisation, messages.get("letter.recipient.organisation")),
                LetterView.labelled(address, messages.get("letter.recipient.address")),
                LetterView.labelled(kind, messages.get("letter.recipient.kind")));
    }

    private TextField field(String id, String key, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(messages.get(key));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** A directory entry, in red with a plain warning when it is blocked for this client. */
    private ListCell<Recipient> entryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Recipient item, boolean empty) {
                super.updateItem(item, empty);
                boolean blocked = !empty && model.recipient().isBlocked(item);
                setText(empty || item == null ? null : item.name() + " (" + kindLabel(item.kind()) + ")"
                        + (blocked ? " \u2014 " + messages.get("blocked.marker") : ""));
                getStyleClass().remove(BLOCKED_STYLE);
                if (blocked) {
                    getStyleClass().add(BLOCKED_STYLE);
                }
            }
        };
    }

    private String kindLabel(RecipientKind kind) {
        return switch (kind) {
            case CLIENT -> messages.get("letter.kind.client");
            case THIRD_SECTOR -> messages.get("letter.kind.thirdSector");
            case STATUTORY -> messages.get("letter.kind.statutory");
            case IMMIGRATION_AUTHORITY -> messages.get("letter.kind.immigrationAuthority");
        };
    }
}
