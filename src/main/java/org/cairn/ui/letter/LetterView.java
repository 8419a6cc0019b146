package org.cairn.ui.letter;

import atlantafx.base.theme.Styles;
import java.awt.image.BufferedImage;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cairn.letters.check.Recipient;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import org.cairn.templates.TranslationStatus;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** New letter: choices and the check on the left, the live preview (page images made in memory) on the right. */
public final class LetterView {
    private static final String BLOCKED_STYLE = "cairn-blocked";
    private final LetterViewModel model;
    private final Messages messages;
    private final VBox missingBox = new VBox(8);
    private final VBox pagesBox = new VBox(12);

    public LetterView(LetterViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Button back = Icons.withIcon(new Button(messages.get("letter.back")), Feather.ARROW_LEFT);
        back.setId("letter-back");
        back.setCancelButton(true);
        back.setOnAction(event -> model.back());
        Label heading = Layouts.title(messages.get("letter.title"));
        HBox top = new HBox(16, back, heading);
        top.setAlignment(Pos.CENTER_LEFT);

        Label status = Layouts.message(model.statusProperty(), Styles.TEXT_MUTED);
        status.setId("letter-status");
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("letter-error");
        Label fontNotice = Layouts.message(model.fontNoticeProperty(), Styles.WARNING);
        fontNotice.setId("letter-font-notice");
        VBox controls = new VBox(12, templateChooser(), fontNotice, recipient(), missing(), reasons(), findings(),
                actions(), status, error);
        controls.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane left = new ScrollPane(controls);
        left.setFitToWidth(true);
        pagesBox.setAlignment(Pos.TOP_CENTER);
        pagesBox.setPadding(new Insets(12));
        ScrollPane right = new ScrollPane(pagesBox);
        right.setId("letter-preview");
        right.setFitToWidth(true);
        model.pages().addListener((ListChangeListener<BufferedImage>) change -> showPages());
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.42);

        BorderPane root = new BorderPane(split);
        root.setTop(top);
        BorderPane.setMargin(split, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(16, 24, 16, 24));
        return root;
    }

    private Node templateChooser() {
        ComboBox<Template> templates = new ComboBox<>(model.templates());
        templates.setId("letter-template");
        templates.setPromptText(messages.get("letter.template.prompt"));
        templates.setAccessibleText(messages.get("letter.template.prompt"));
        templates.setMaxWidth(Double.MAX_VALUE);
        templates.setConverter(new StringConverter<>() {
            @Override
            public String toString(Template template) {
                if (template == null) {
                    return "";
                }
                String note = template.header().translation() == TranslationStatus.NEEDS_REVIEW
                        ? " " + messages.get("letter.template.needsReview") : "";
                String own = model.organisationLetter(template)
                        ? " " + messages.format("letter.template.organisation", template.header().version()) : "";
                return template.header().title() + " (" + template.header().language() + ")" + own + note;
            }

            @Override
            public Template fromString(String text) {
                return null;
            }
        });
        templates.valueProperty().bindBidirectional(model.templateProperty());
        templates.valueProperty().addListener((o, was, now) -> model.refresh());
        return new VBox(4, new Label(messages.get("letter.template.label")), templates);
    }

    private Node recipient() {
        ToggleGroup group = new ToggleGroup();
        RadioButton client = new RadioButton(messages.get("letter.recipient.client"));
        client.setId("letter-recipient-client");
        client.setToggleGroup(group);
        client.setUserData(RecipientChoice.CLIENT);
        RadioButton listed = new RadioButton(messages.get("letter.recipient.directory"));
        listed.setId("letter-recipient-directory");
        listed.setToggleGroup(group);
        listed.setUserData(RecipientChoice.DIRECTORY);
        RadioButton typed = new RadioButton(messages.get("letter.recipient.typed"));
        typed.setId("letter-recipient-typed");
        typed.setToggleGroup(group);
        typed.setUserData(RecipientChoice.TYPED);
        group.selectToggle(switch (model.recipient().choiceProperty().get()) {
            case CLIENT -> client;
            case DIRECTORY -> listed;
            case TYPED -> typed;
        });
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.recipient().choiceProperty().set((RecipientChoice) now.getUserData());
                model.refresh();
            }
        });
        TextField name = field("letter-recipient-name", "letter.recipient.name", model.recipient().nameProperty());
        TextField organisation = field("letter-recipient-organisation", "letter.recipient.organisation",
                model.recipient().organisationProperty());
        TextArea address = new TextArea();
        address.setId("letter-recipient-address");
        address.setPromptText(messages.get("letter.recipient.address"));
        address.setAccessibleText(messages.get("letter.recipient.address"));
        address.setPrefRowCount(3);
        address.textProperty().bindBidirectional(model.recipient().addressProperty());
        ComboBox<RecipientKind> kind = new ComboBox<>();
        kind.getItems().setAll(RecipientKind.THIRD_SECTOR, RecipientKind.STATUTORY,
                RecipientKind.IMMIGRATION_AUTHORITY);
        kind.setId("letter-recipient-kind");
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
        VBox typedBox = new VBox(6, name, organisation, address, kind);
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

    private Node missing() {
        Label title = new Label(messages.get("letter.missing.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(6, title, missingBox);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.missing()));
        box.managedProperty().bind(box.visibleProperty());
        model.missing().addListener((ListChangeListener<MissingField>) change -> {
            missingBox.getChildren().clear();
            for (MissingField field : model.missing()) {
                TextField input = new TextField();
                input.setId("letter-missing-" + field.name().replace('.', '-'));
                input.setPromptText(field.description());
                input.setAccessibleText(field.description());
                input.textProperty().bindBidirectional(field.valueProperty());
                missingBox.getChildren().add(new VBox(2, new Label(field.description()), input));
            }
        });
        return box;
    }

    private Node reasons() {
        TextField disclosure = field("letter-disclosure-reason", "letter.reason.disclosure",
                model.disclosureReasonProperty());
        disclosure.visibleProperty().bind(model.asksDisclosureReasonProperty());
        disclosure.managedProperty().bind(disclosure.visibleProperty());
        TextField consent = field("letter-consent-reason", "letter.reason.consent", model.consentReasonProperty());
        consent.visibleProperty().bind(model.asksConsentReasonProperty());
        consent.managedProperty().bind(consent.visibleProperty());
        MoreReasonFields more = model.moreReasons();
        TextField person = field("letter-different-person-reason", "letter.reason.differentPerson",
                more.differentPersonProperty());
        person.visibleProperty().bind(more.asksDifferentPersonProperty());
        person.managedProperty().bind(person.visibleProperty());
        TextField kind = field("letter-kind-reason", "letter.reason.kind", more.kindProperty());
        kind.visibleProperty().bind(more.asksKindProperty());
        kind.managedProperty().bind(kind.visibleProperty());
        TextField contact = field("letter-contact-reason", "letter.reason.contact", more.contactProperty());
        contact.visibleProperty().bind(more.asksContactProperty());
        contact.managedProperty().bind(contact.visibleProperty());
        Button update = Icons.withIcon(new Button(messages.get("letter.update")), Feather.REFRESH_CW);
        update.setId("letter-update");
        update.setOnAction(event -> model.refresh());
        update.disableProperty().bind(model.busyProperty());
        return new VBox(6, disclosure, consent, person, kind, contact, update);
    }

    private Node findings() {
        ListView<String> list = new ListView<>(model.findings());
        list.setId("letter-findings");
        list.setPrefHeight(140);
        Layouts.wrapping(list);
        list.setPlaceholder(new Label(messages.get("letter.findings.none")));
        list.setCellFactory(view -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                }
            };
            // A zero preferred width lets the list's own width decide, so each finding wraps and is read in full
            // (with Layouts.wrapping, each row is as tall as its text).
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        Button settings = new Button(messages.get("letter.settings"));
        settings.setId("letter-settings");
        settings.getStyleClass().add(Styles.FLAT);
        settings.setOnAction(event -> model.organisationSettings());
        return new VBox(6, new Label(messages.get("letter.findings.title")), list, settings);
    }

    private Node actions() {
        Button print = Icons.withIcon(new Button(messages.get("letter.print")), Feather.PRINTER);
        print.setId("letter-print");
        print.setOnAction(event -> model.print());
        Button save = Icons.withIcon(new Button(messages.get("letter.save")), Feather.DOWNLOAD);
        save.setId("letter-save");
        save.setOnAction(event -> model.save());
        Button keep = Icons.withIcon(new Button(messages.get("letter.keep")), Feather.ARCHIVE);
        keep.setId("letter-keep");
        keep.setOnAction(event -> model.keepOnly());
        for (Button button : new Button[] {print, save, keep}) {
            button.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        }
        print.setDefaultButton(true);
        return new HBox(8, print, save, keep);
    }

    private void showPages() {
        pagesBox.getChildren().clear();
        for (BufferedImage page : model.pages()) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(page.getWidth(), 620));
            view.getStyleClass().add("cairn-letter-page");
            pagesBox.getChildren().add(view);
        }
    }

    private TextField field(String id, String key, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(key));
        field.setAccessibleText(messages.get(key));
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
