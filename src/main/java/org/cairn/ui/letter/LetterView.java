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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cairn.templates.Template;
import org.cairn.templates.TranslationStatus;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** New letter: choices and the check on the left, the live preview (page images made in memory) on the right. */
public final class LetterView {
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
        HBox top = new HBox(16, Layouts.whole(back), heading);
        top.setAlignment(Pos.CENTER_LEFT);

        Label status = Layouts.message(model.statusProperty(), Styles.TEXT_MUTED);
        status.setId("letter-status");
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("letter-error");
        Label fontNotice = Layouts.message(model.fontNoticeProperty(), Styles.WARNING);
        fontNotice.setId("letter-font-notice");
        VBox controls = new VBox(12, templateChooser(), fontNotice, new RecipientPane(model, messages).build(),
                missing(), reasons(), findings(), actions(), status, error);
        controls.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane left = new ScrollPane(controls);
        left.setFitToWidth(true);
        pagesBox.setAlignment(Pos.TOP_CENTER);
        pagesBox.setPadding(new Insets(12));
        ScrollPane right = new ScrollPane(pagesBox);
        right.setId("letter-preview");
        right.setFitToWidth(true);
        model.pages().addListener((ListChangeListener<BufferedImage>) change -> showPages());
        model.previewNoteProperty().addListener((o, was, now) -> showPages());
        showPages();
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

    private Node missing() {
        Label title = new Label(messages.get("letter.missing.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        // Laid out even while hidden (at no size): cutting it short would trip JavaFX's right-to-left bug.
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
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
        Node disclosure = reason("letter-disclosure-reason", "letter.reason.disclosure",
                model.disclosureReasonProperty(), model.asksDisclosureReasonProperty());
        Node consent = reason("letter-consent-reason", "letter.reason.consent", model.consentReasonProperty(),
                model.asksConsentReasonProperty());
        MoreReasonFields more = model.moreReasons();
        Node person = reason("letter-different-person-reason", "letter.reason.differentPerson",
                more.differentPersonProperty(), more.asksDifferentPersonProperty());
        Node kind = reason("letter-kind-reason", "letter.reason.kind", more.kindProperty(), more.asksKindProperty());
        Node contact = reason("letter-contact-reason", "letter.reason.contact", more.contactProperty(),
                more.asksContactProperty());
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
        // Nothing is judged before a letter is chosen and checked: "nothing needs attention" would mislead then.
        Label placeholder = new Label();
        placeholder.setId("letter-findings-placeholder");
        placeholder.setWrapText(true);
        // Never cut short in height: JavaFX 21 fails while cutting a wrapped right-to-left label (bidi hit test).
        placeholder.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.checkedProperty())
                .then(messages.get("letter.findings.none")).otherwise(messages.get("letter.findings.notYet")));
        list.setPlaceholder(placeholder);
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
        return Layouts.flow(8, print, save, keep);
    }

    /** The pages, or while there are none, what the letter still needs before it can be seen. */
    private void showPages() {
        pagesBox.getChildren().clear();
        if (model.pages().isEmpty()) {
            Label note = new Label(model.previewNoteProperty().get());
            note.setId("letter-preview-note");
            note.setWrapText(true);
            note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            note.getStyleClass().add(Styles.TEXT_MUTED);
            pagesBox.getChildren().add(note);
        }
        for (BufferedImage page : model.pages()) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(page.getWidth(), 620));
            view.getStyleClass().add("cairn-letter-page");
            pagesBox.getChildren().add(view);
        }
    }

    /** A reason box with its label, both shown only while the check asks for that reason. */
    private Node reason(String id, String key, javafx.beans.property.StringProperty value,
            javafx.beans.value.ObservableBooleanValue asked) {
        TextField field = field(id, key, value);
        field.setPromptText(null);
        Node box = labelled(field, messages.get(key));
        for (Node node : new Node[] {field, box}) {
            node.visibleProperty().bind(asked);
            node.managedProperty().bind(asked);
        }
        return box;
    }

    /** A field with its label above it, always visible: placeholder text vanishes as soon as one types. */
    static Node labelled(javafx.scene.control.Control field, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        return new VBox(2, label, field);
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
