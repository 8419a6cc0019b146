package org.cairn.ui.transfer.pairing;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.cairn.ui.transfer.TransferScreenParts;

/** The pairing screen: this casebook's card to give, another's to check and keep, and the paired casebooks. */
public final class PairingView {
    private final PairingViewModel model;
    private final Messages messages;
    private final TransferScreenParts parts;

    public PairingView(PairingViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.parts = new TransferScreenParts(messages);
    }

    public Parent build() {
        Label fingerprint = new Label();
        fingerprint.setId("pair-own-fingerprint");
        fingerprint.setWrapText(true);
        fingerprint.getStyleClass().add(Styles.TEXT_BOLD);
        fingerprint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.format("transfer.pair.own.fingerprint", model.ownFingerprintProperty().get()),
                model.ownFingerprintProperty()));
        TextArea own = new TextArea();
        own.setId("pair-own-card");
        own.setEditable(false);
        own.setWrapText(true);
        own.setPrefRowCount(6);
        own.setAccessibleText(messages.get("transfer.pair.own.text"));
        own.textProperty().bind(model.ownCardProperty());
        Button save = parts.button("pair-save", "transfer.pair.save", model::saveOwnCard);
        Button copy = parts.button("pair-copy", "transfer.pair.copy", model::copyOwnCard);

        TextField name = new TextField();
        name.setId("pair-name");
        name.setPromptText(messages.get("transfer.pair.name.prompt"));
        name.setAccessibleText(messages.get("transfer.pair.name"));
        name.textProperty().bindBidirectional(model.nameProperty());
        Label nameLabel = Layouts.text(messages.get("transfer.pair.name"));
        nameLabel.setLabelFor(name);
        TextArea card = new TextArea();
        card.setId("pair-card");
        card.setWrapText(true);
        card.setPrefRowCount(6);
        card.setAccessibleText(messages.get("transfer.pair.card"));
        card.textProperty().bindBidirectional(model.cardTextProperty());
        Label cardLabel = Layouts.text(messages.get("transfer.pair.card"));
        cardLabel.setLabelFor(card);
        Button open = parts.button("pair-open", "transfer.pair.open", model::chooseCardFile);
        Button check = parts.button("pair-check", "transfer.pair.check", model::check);
        Label checked = new Label();
        checked.setId("pair-checked-fingerprint");
        checked.setWrapText(true);
        checked.getStyleClass().add(Styles.TEXT_BOLD);
        checked.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.checkedFingerprintProperty().get().isEmpty() ? ""
                        : messages.format("transfer.pair.checked", model.checkedFingerprintProperty().get()),
                model.checkedFingerprintProperty()));
        checked.visibleProperty().bind(model.checkedFingerprintProperty().isNotEmpty());
        checked.managedProperty().bind(checked.visibleProperty());
        CheckBox match = new CheckBox(messages.get("transfer.pair.match"));
        match.setId("pair-match");
        match.setWrapText(true);
        match.setAccessibleText(messages.get("transfer.pair.match"));
        match.selectedProperty().bindBidirectional(model.fingerprintsMatchProperty());
        match.visibleProperty().bind(checked.visibleProperty());
        match.managedProperty().bind(match.visibleProperty());
        Button keep = parts.button("pair-keep", "transfer.pair.keep", model::keep);
        keep.getStyleClass().add(Styles.ACCENT);
        keep.disableProperty().bind(model.keepableProperty().not());
        Label status = Layouts.message(model.statusProperty(), Styles.SUCCESS);
        status.setId("pair-status");
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("pair-error");

        VBox content = new VBox(10, parts.heading("transfer.pair.own"), fingerprint, own,
                Layouts.flow(8, save, copy), parts.heading("transfer.pair.add"), nameLabel, name,
                cardLabel, card, Layouts.flow(8, open, check), checked, match, keep,
                parts.heading("transfer.pair.list"), parts.lines("pair-list", model.paired(), "transfer.pair.none"));
        var root = parts.page(new TransferScreenParts.Heading("transfer.pair.title", "transfer.pair.intro",
                "transfer.pair.back"), "pair", model::back, content);
        root.setBottom(new VBox(4, status, error)); // always in view, whichever part of the page was used
        return root;
    }
}
