package org.cairn.ui.transfer.moves;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.transfer.TransferScreenParts;

/** After a transfer: write a receipt (receiver), apply one (sender), the moves sent, and undoing an import. */
public final class MovesView {
    private final MovesViewModel model;
    private final Messages messages;
    private final TransferScreenParts parts;

    public MovesView(MovesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.parts = new TransferScreenParts(messages);
    }

    public Parent build() {
        Button receipt = parts.button("moves-receipt", "transfer.moves.receipt", model::writeReceipt);
        Button confirm = parts.button("moves-confirm", "transfer.moves.confirm", model::applyReceipt);
        TextField number = new TextField();
        number.setId("moves-undo-number");
        number.setPrefColumnCount(6);
        number.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        number.setAccessibleText(messages.get("transfer.moves.undo.number"));
        number.textProperty().bindBidirectional(model.importNumberProperty());
        Label numberLabel = Layouts.text(messages.get("transfer.moves.undo.number"));
        numberLabel.setLabelFor(number);
        Button undo = parts.button("moves-undo", "transfer.moves.undo.byNumber", model::undoNumber);
        Button undoFile = parts.button("moves-undo-file", "transfer.moves.undo.byFile", model::undoFile);
        for (Button button : new Button[] {receipt, confirm, undo, undoFile}) {
            button.disableProperty().bind(model.busyProperty());
        }
        Label status = Layouts.message(model.statusProperty(), Styles.SUCCESS);
        status.setId("moves-status");
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("moves-error");

        VBox content = new VBox(10,
                parts.heading("transfer.moves.receiver"), Layouts.text(messages.get("transfer.moves.receiver.help")),
                Layouts.flow(8, receipt),
                parts.heading("transfer.moves.sender"), Layouts.text(messages.get("transfer.moves.sender.help")),
                Layouts.flow(8, confirm),
                parts.heading("transfer.moves.list"), parts.lines("moves-list", model.moves(), "transfer.moves.none"),
                parts.heading("transfer.moves.erasure"), Layouts.text(messages.get("transfer.moves.erasure.help")),
                parts.lines("moves-erasure", model.erasureRequests(), "transfer.moves.erasure.none"),
                parts.heading("transfer.moves.undo"), Layouts.text(messages.get("transfer.moves.undo.help")),
                numberLabel, Layouts.flow(8, number, undo, undoFile));
        var root = parts.page(new TransferScreenParts.Heading("transfer.moves.title", "transfer.moves.intro",
                "transfer.moves.back"), "moves", model::back, content);
        root.setBottom(new VBox(4, status, error)); // always in view, whichever part of the page was used
        return root;
    }
}
