package org.cairn.ui.casefile;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.ui.common.Messages;

/** The client details tab: who she is, how to contact her safely, her children. */
final class ClientDetailsPane {
    private final CaseFileViewModel model;
    private final Messages messages;
    private final CaseFileLabels labels;

    ClientDetailsPane(CaseFileViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.labels = new CaseFileLabels(messages);
    }

    Node build() {
        ClientDetailsForm form = model.clientForm();
        FormGrid grid = new FormGrid(messages);
        grid.section(messages.get("client.section.identity"));
        text(grid.checked(messages.get("client.alias"), new TextField(), true, form::aliasProblem), form.aliasProperty())
                .setId("client-alias");
        text(grid.field(messages.get("client.legalNames"), new TextField()), form.legalNamesProperty());
        DatePicker born = grid.checked(messages.get("client.dateOfBirth"), messages.dates().picker(), false,
                form::dateOfBirthProblem);
        born.valueProperty().bindBidirectional(form.dateOfBirthProperty());
        TextField languages = text(grid.field(messages.get("client.languages"), new TextField()),
                form.languagesProperty());
        languages.setPromptText(messages.get("client.languages.prompt"));
        CheckBox interpreter = new CheckBox(messages.get("client.interpreter"));
        interpreter.selectedProperty().bindBidirectional(form.interpreterProperty());
        grid.wide(interpreter);
        text(grid.field(messages.get("client.nationality"), new TextField()), form.nationalityProperty());
        text(grid.field(messages.get("client.nhsNumber"), new TextField()), form.nhsNumberProperty());
        text(grid.field(messages.get("client.accessNeeds"), new TextField()), form.accessNeedsProperty());
        grid.section(messages.get("client.section.safety"));
        grid.choice(messages.get("client.safe.phone"), YesNoUnknown.values(), form.phoneProperty(), labels::answer,
                false).setId("client-safe-phone");
        grid.choice(messages.get("client.safe.text"), YesNoUnknown.values(), form.textProperty(), labels::answer,
                false);
        grid.choice(messages.get("client.safe.post"), YesNoUnknown.values(), form.postProperty(), labels::answer,
                false);
        grid.choice(messages.get("client.safe.email"), YesNoUnknown.values(), form.emailProperty(), labels::answer,
                false);
        text(grid.field(messages.get("client.safeTimes"), new TextField()), form.safeTimesProperty());
        text(grid.field(messages.get("client.codeWord"), new TextField()), form.codeWordProperty())
                .setId("client-code-word");
        text(grid.field(messages.get("client.safeContact"), new TextField()), form.safeContactProperty());
        text(grid.field(messages.get("client.phone"), new TextField()), form.phoneNumberProperty());
        text(grid.field(messages.get("client.email"), new TextField()), form.emailAddressProperty());
        text(grid.field(messages.get("client.address"), new TextField()), form.addressProperty());
        text(grid.field(messages.get("client.areasToAvoid"), new TextField()), form.areasToAvoidProperty());
        grid.section(messages.get("client.section.children"));
        text(grid.checked(messages.get("client.children.count"), new TextField(), false, form::childrenCountProblem),
                form.childrenCountProperty()).setId("client-children-count");
        TextField ages = text(grid.checked(messages.get("client.children.ages"), new TextField(), false,
                form::childrenAgesProblem), form.childrenAgesProperty());
        ages.setId("client-children-ages");
        ages.setPromptText(messages.get("client.children.ages.prompt"));
        // The checks on children and ages depend on each other: look again whenever either changes.
        form.childrenCountProperty().addListener((o, was, now) -> grid.revalidate());
        form.childrenAgesProperty().addListener((o, was, now) -> grid.revalidate());
        // Save and Cancel stay in sight below the scrolling form.
        ScrollPane scroll = new ScrollPane(grid.grid());
        scroll.setFitToWidth(true);
        scroll.setId("client-details");
        grid.grid().setPadding(new Insets(12, 16, 12, 0));
        BorderPane pane = new BorderPane(scroll);
        Node buttons = FormButtons.build(messages, "client", form.changedProperty(), model.clientProblemProperty(), model::saveClient,
                model::cancelClient);
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        pane.setBottom(buttons);
        return pane;
    }

    private static TextField text(TextField field, javafx.beans.property.StringProperty property) {
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
