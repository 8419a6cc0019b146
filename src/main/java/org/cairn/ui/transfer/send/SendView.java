package org.cairn.ui.transfer.send;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cairn.transfer.TransferKind;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.transfer.TransferScreenParts;

/** The sending screen: cases, paired casebook, move or share, then where to save the file. */
public final class SendView {
    private final SendViewModel model;
    private final Messages messages;
    private final TransferScreenParts parts;

    public SendView(SendViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.parts = new TransferScreenParts(messages);
    }

    public Parent build() {
        TextField cases = new TextField();
        cases.setId("send-cases");
        cases.setPromptText(messages.get("transfer.send.cases.prompt"));
        cases.setAccessibleText(messages.get("transfer.send.cases"));
        cases.textProperty().bindBidirectional(model.referencesProperty());
        Label casesLabel = Layouts.text(messages.get("transfer.send.cases"));
        casesLabel.setLabelFor(cases);
        ComboBox<String> to = new ComboBox<>(model.receivers());
        to.setId("send-to");
        to.setAccessibleText(messages.get("transfer.send.to"));
        to.valueProperty().bindBidirectional(model.receiverProperty());
        // A paired name is shown with invisible or look-alike-making characters as codes, as everywhere else.
        to.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : org.cairn.templates.Printable.of(name);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        Label toLabel = Layouts.text(messages.get("transfer.send.to"));
        toLabel.setLabelFor(to);
        ToggleGroup how = new ToggleGroup();
        RadioButton share = choice("send-share", "transfer.send.share", TransferKind.SHARE, how);
        RadioButton move = choice("send-move", "transfer.send.move", TransferKind.MOVE, how);
        how.selectToggle(model.kindProperty().get() == TransferKind.MOVE ? move : share);
        how.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.kindProperty().set((TransferKind) now.getUserData());
            }
        });
        Button send = parts.button("send-send", "transfer.send.send", model::send);
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(model.busyProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setId("send-progress");
        working.setAccessibleText(messages.get("transfer.send.working"));
        working.setPrefSize(24, 24);
        working.progressProperty().bind(model.progressProperty());
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label status = Layouts.message(model.statusProperty(), Styles.TEXT_MUTED);
        status.setId("send-status");
        HBox row = new HBox(12, Layouts.whole(send), working, status);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("send-error");
        Label summary = Layouts.message(model.summaryProperty(), Styles.SUCCESS);
        summary.setId("send-summary");
        // Offered only when a transfer is recorded but its file could not be saved where first chosen.
        Button elsewhere = parts.button("send-save-elsewhere", "transfer.send.saveElsewhere", model::saveElsewhere);
        elsewhere.disableProperty().bind(model.busyProperty());
        elsewhere.visibleProperty().bind(model.saveElsewhereOfferedProperty());
        elsewhere.managedProperty().bind(elsewhere.visibleProperty());

        VBox content = new VBox(10, casesLabel, cases, toLabel, to, parts.heading("transfer.send.kind"), share,
                move, row, error, Layouts.flow(8, elsewhere), summary);
        return parts.page(new TransferScreenParts.Heading("transfer.send.title", "transfer.send.intro",
                "transfer.send.back"), "send", model::back, content);
    }

    private RadioButton choice(String id, String key, TransferKind kind, ToggleGroup group) {
        RadioButton button = new RadioButton(messages.get(key));
        button.setId(id);
        button.setWrapText(true);
        button.setAccessibleText(messages.get(key));
        button.setUserData(kind);
        button.setToggleGroup(group);
        return button;
    }
}
