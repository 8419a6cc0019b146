package org.cairn.ui.casefile;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.BorderPane;
import org.cairn.casebook.AbuseType;
import org.cairn.casebook.ImmigrationCategory;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.ui.cases.CaseLabels;
import org.cairn.ui.common.Messages;

/** The case details tab: advocate, abuse types, risk, immigration and the evidence-gap facts. */
final class CaseDetailsPane {
    private final CaseFileViewModel model;
    private final Messages messages;
    private final CaseFileLabels labels;
    private final CaseLabels caseLabels;

    CaseDetailsPane(CaseFileViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.labels = new CaseFileLabels(messages);
        this.caseLabels = new CaseLabels(messages);
    }

    Node build() {
        CaseDetailsForm form = model.caseForm();
        FormGrid grid = new FormGrid(messages);
        grid.section(messages.get("case.section.case"));
        TextField advocate = grid.checked(messages.get("case.advocate"), new TextField(), true,
                form::advocateProblem);
        advocate.textProperty().bindBidirectional(form.advocateProperty());
        advocate.setId("case-advocate");
        DatePicker opened = grid.checked(messages.get("case.openedOn"), messages.dates().picker(), true,
                form::openedOnProblem);
        opened.valueProperty().bindBidirectional(form.openedOnProperty());
        grid.section(messages.get("case.section.abuse"));
        FlowPane types = new FlowPane(16, 8);
        for (AbuseType type : AbuseType.values()) {
            CheckBox box = new CheckBox(labels.abuse(type));
            box.selectedProperty().bindBidirectional(form.abuseProperty(type));
            types.getChildren().add(box);
        }
        grid.wide(types);
        grid.section(messages.get("case.section.risk"));
        grid.choice(messages.get("case.risk"), RiskLevel.values(), form.riskProperty(), caseLabels::risk, false)
                .setId("case-risk");
        DatePicker assessed = grid.checked(messages.get("case.riskAssessedOn"), messages.dates().picker(), false,
                form::riskAssessedOnProblem);
        assessed.valueProperty().bindBidirectional(form.riskAssessedOnProperty());
        grid.section(messages.get("case.section.immigration"));
        grid.choice(messages.get("case.immigration"), ImmigrationCategory.values(), form.immigrationProperty(),
                labels::immigration, true).setId("case-immigration");
        DatePicker visa = grid.field(messages.get("case.visaExpiry"), messages.dates().picker());
        visa.valueProperty().bindBidirectional(form.visaExpiryProperty());
        grid.field(messages.get("case.homeOfficeReference"), new TextField()).textProperty()
                .bindBidirectional(form.homeOfficeReferenceProperty());
        grid.choice(messages.get("case.nrpf"), YesNoUnknown.values(), form.nrpfProperty(), labels::answer, false);
        grid.section(messages.get("case.section.gaps"));
        for (CaseDetailsForm.Gap gap : CaseDetailsForm.Gap.values()) {
            grid.choice(labels.gap(gap), YesNoUnknown.values(), form.gapProperty(gap), labels::answer, false);
        }
        // Save and Cancel stay in sight below the scrolling form.
        ScrollPane scroll = new ScrollPane(grid.grid());
        scroll.setFitToWidth(true);
        scroll.setId("case-details");
        grid.grid().setPadding(new Insets(12, 16, 12, 0));
        BorderPane pane = new BorderPane(scroll);
        Node buttons = FormButtons.build(messages, "case", form.changedProperty(), model.caseProblemProperty(), model::saveCase,
                model::cancelCase);
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        pane.setBottom(buttons);
        return pane;
    }
}
