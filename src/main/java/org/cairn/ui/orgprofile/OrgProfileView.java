package org.cairn.ui.orgprofile;

import atlantafx.base.theme.Styles;
import java.io.ByteArrayInputStream;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.LetterPaper;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** Settings for the organisation profile that every letter's letterhead and signature use. */
public final class OrgProfileView {
    private final OrgProfileViewModel model;
    private final Messages messages;

    public OrgProfileView(OrgProfileViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Button back = Icons.withIcon(new Button(messages.get("orgprofile.back")), Feather.ARROW_LEFT);
        back.setId("orgprofile-back");
        back.setCancelButton(true);
        back.setOnAction(event -> model.back());
        Button save = Icons.withIcon(new Button(messages.get("orgprofile.save")), Feather.CHECK);
        save.setId("orgprofile-save");
        save.setDefaultButton(true);
        save.setOnAction(event -> model.save());
        Parent page = Layouts.card(back, Layouts.title(messages.get("orgprofile.title")),
                Layouts.text(messages.get("orgprofile.intro")),
                field("orgprofile-name", "orgprofile.name", model.nameProperty()),
                area("orgprofile-address", "orgprofile.address", model.addressProperty()),
                field("orgprofile-phone", "orgprofile.phone", model.phoneProperty()),
                field("orgprofile-email", "orgprofile.email", model.emailProperty()),
                field("orgprofile-charity", "orgprofile.charityNumber", model.charityNumberProperty()),
                accreditation(),
                field("orgprofile-oisc", "orgprofile.oiscNumber", model.oiscNumberProperty()),
                field("orgprofile-title", "orgprofile.advocateTitle", model.advocateTitleProperty()),
                area("orgprofile-signature", "orgprofile.signature", model.signatureProperty()),
                paper(), printLanguage(), logo(), save, message("orgprofile-status", model.statusProperty(), Styles.SUCCESS),
                message("orgprofile-error", model.errorProperty(), Styles.DANGER));
        model.load();
        return page;
    }

    private Node accreditation() {
        ComboBox<Accreditation> box = new ComboBox<>();
        box.setId("orgprofile-accreditation");
        box.getItems().setAll(Accreditation.values());
        box.setConverter(converter(this::accreditationLabel));
        box.valueProperty().bindBidirectional(model.accreditationProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, new Label(messages.get("orgprofile.accreditation")), box,
                Layouts.text(messages.get("orgprofile.accreditation.help")));
    }

    private static Label message(String id, javafx.beans.value.ObservableStringValue text, String style) {
        Label label = Layouts.message(text, style);
        label.setId(id);
        return label;
    }

    private String accreditationLabel(Accreditation value) {
        return switch (value) {
            case NONE -> messages.get("orgprofile.accreditation.none");
            case OISC_LEVEL_1 -> messages.get("orgprofile.accreditation.oisc1");
            case OISC_LEVEL_2 -> messages.get("orgprofile.accreditation.oisc2");
            case OISC_LEVEL_3 -> messages.get("orgprofile.accreditation.oisc3");
            case SOLICITOR_SUPERVISED -> messages.get("orgprofile.accreditation.solicitor");
        };
    }

    /** The casebook's language for printed outputs other than letters; a letter follows its client's language. */
    private Node printLanguage() {
        ComboBox<String> box = new ComboBox<>();
        box.setId("orgprofile-print-language");
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        model.printLanguages().forEach(language -> names.put(language.tag(), language.name()));
        box.getItems().setAll(names.keySet());
        box.setConverter(converter(tag -> names.getOrDefault(tag, tag)));
        box.valueProperty().bindBidirectional(model.printLanguageProperty());
        Label label = new Label(messages.get("orgprofile.printLanguage"));
        label.setLabelFor(box);
        return new VBox(4, label, box, org.cairn.ui.common.Layouts.text(messages.get("orgprofile.printLanguage.hint")));
    }

    private Node paper() {
        ComboBox<LetterPaper> box = new ComboBox<>();
        box.setId("orgprofile-paper");
        box.getItems().setAll(LetterPaper.values());
        box.setConverter(converter(value -> value == LetterPaper.A4 ? messages.get("orgprofile.paper.a4")
                : messages.get("orgprofile.paper.letter")));
        box.valueProperty().bindBidirectional(model.paperProperty());
        return new VBox(4, new Label(messages.get("orgprofile.paper")), box);
    }

    private Node logo() {
        ImageView preview = new ImageView();
        preview.setId("orgprofile-logo-preview");
        preview.setFitHeight(60);
        preview.setPreserveRatio(true);
        model.logoProperty().addListener((o, was, now) -> preview.setImage(now == null ? null
                : new Image(new ByteArrayInputStream(now))));
        Button choose = Icons.withIcon(new Button(messages.get("orgprofile.logo.choose")), Feather.IMAGE);
        choose.setId("orgprofile-logo-choose");
        choose.setOnAction(event -> model.chooseLogo());
        Button remove = new Button(messages.get("orgprofile.logo.remove"));
        remove.setId("orgprofile-logo-remove");
        remove.disableProperty().bind(model.hasLogoProperty().not());
        remove.setOnAction(event -> model.removeLogo());
        HBox row = new HBox(12, preview, choose, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, new Label(messages.get("orgprofile.logo")), row);
    }

    private TextField field(String id, String key, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(messages.get(key));
        field.textProperty().bindBidirectional(property);
        return labelled(key, field);
    }

    private TextArea area(String id, String key, StringProperty property) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(3);
        area.setAccessibleText(messages.get(key));
        area.textProperty().bindBidirectional(property);
        return labelled(key, area);
    }

    private <T extends javafx.scene.control.TextInputControl> T labelled(String key, T control) {
        control.setTooltip(new javafx.scene.control.Tooltip(messages.get(key)));
        control.setPromptText(messages.get(key));
        return control;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
