package org.cairn.ui.newcase;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cairn.casebook.RiskLevel;
import org.cairn.ui.cases.CaseLabels;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;

/** "New client and case": the four facts needed to open a case, in a calm centred card. */
public final class NewCaseView {
    private final NewCaseViewModel model;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();

    public NewCaseView(NewCaseViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        TextField alias = new TextField();
        alias.setId("newcase-alias");
        alias.textProperty().bindBidirectional(model.aliasProperty());
        check(alias, true, model::aliasProblem);
        // An existing client's alias is changed on her case file, not here.
        alias.setEditable(!model.forExistingClient());
        alias.setFocusTraversable(!model.forExistingClient());
        TextField advocate = new TextField();
        advocate.setId("newcase-advocate");
        advocate.textProperty().bindBidirectional(model.advocateProperty());
        check(advocate, true, model::advocateProblem);
        DatePicker opened = messages.dates().picker();
        opened.valueProperty().bindBidirectional(model.openedOnProperty());
        check(opened, true, model::openedOnProblem);
        ComboBox<RiskLevel> risk = new ComboBox<>();
        risk.getItems().setAll(RiskLevel.values());
        CaseLabels labels = new CaseLabels(messages);
        risk.setConverter(new StringConverter<>() {
            @Override
            public String toString(RiskLevel level) {
                return level == null ? "" : labels.risk(level);
            }

            @Override
            public RiskLevel fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        risk.valueProperty().bindBidirectional(model.riskProperty());
        Button create = Icons.withIcon(new Button(messages.get("newcase.create")), Feather.PLUS);
        create.setId("newcase-create");
        create.setDefaultButton(true);
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(event -> model.create());
        Button cancel = new Button(messages.get("newcase.cancel"));
        cancel.setId("newcase-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> model.cancel());
        Label title = Layouts.title("");
        title.textProperty().bind(model.titleProperty());
        Parent card = Layouts.card(title,
                Layouts.text(messages.get(model.forExistingClient() ? "newcase.forClient.lead" : "newcase.lead")),
                labelled("newcase.alias", alias), labelled("newcase.advocate", advocate),
                labelled("newcase.openedOn", opened), labelled("newcase.risk", risk),
                Layouts.message(model.errorProperty(), Styles.DANGER), Layouts.flow(8, create, cancel));
        Platform.runLater(model.forExistingClient() ? advocate::requestFocus : alias::requestFocus);
        return card;
    }

    private Node labelled(String key, Control field) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        field.setAccessibleText(messages.get(key).replace("_", ""));
        field.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, label, field);
    }

    private void check(Control field, boolean required, java.util.function.Supplier<String> problem) {
        validation.registerValidator(field, required, (Control control, Object value) -> {
            String text = problem.get();
            return ValidationResult.fromErrorIf(control, text, !text.isEmpty());
        });
    }
}
