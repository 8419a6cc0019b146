package org.cairn.ui.create;

import atlantafx.base.theme.Styles;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.Icons;
import org.cairn.ui.common.Layouts;
import org.cairn.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;

/** Shows the recovery key until it is confirmed as stored, offers printing, and waits for "I have stored the recovery key". */
public final class RecoveryKeyView {
    private final RecoveryKeyViewModel model;
    private final Messages messages;
    private final DialogService dialogs;

    public RecoveryKeyView(RecoveryKeyViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public Parent build() {
        Label key = new Label();
        key.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> twoLines(model.shownKeyProperty().get()), model.shownKeyProperty()));
        key.setId("recovery-key");
        key.setWrapText(true);
        key.getStyleClass().add("cairn-recovery-key");
        key.setAccessibleText(messages.get("recovery.keyLabel"));
        Button print = Icons.withIcon(new Button(messages.get("recovery.print")), Feather.PRINTER);
        print.setOnAction(event -> print());
        Button pdf = Icons.withIcon(new Button(messages.get("recovery.pdf")), Feather.FILE_TEXT);
        pdf.setId("recovery-pdf");
        pdf.setOnAction(event -> model.savePdf());
        CheckBox stored = new CheckBox(messages.get("recovery.stored"));
        stored.setId("recovery-stored");
        stored.selectedProperty().bindBidirectional(model.storedProperty());
        Button proceed = Icons.withIcon(new Button(messages.get("recovery.continue")), Feather.ARROW_RIGHT);
        proceed.setId("recovery-continue");
        proceed.getStyleClass().add(Styles.ACCENT);
        proceed.setDefaultButton(true);
        proceed.disableProperty().bind(model.storedProperty().not().or(model.busyProperty()));
        proceed.setOnAction(event -> model.proceed());
        Label warning = Layouts.text(messages.get("recovery.warning"));
        warning.getStyleClass().add(Styles.WARNING);
        Label pdfWarning = Layouts.text(messages.get("recovery.pdf.warning"));
        pdfWarning.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = Layouts.message(model.errorProperty(), Styles.DANGER);
        error.setId("recovery-error");
        return Layouts.card(Layouts.title(messages.get("recovery.title")),
                Layouts.text(messages.get("recovery.lead")), keyBox(key), warning,
                new HBox(12, print, pdf), pdfWarning, Layouts.message(model.messageProperty(), Styles.SUCCESS),
                error, stored, proceed);
    }

    /** Breaks the key after its fifth group so that it never wraps in the middle of a group. */
    static String twoLines(String key) {
        int cut = key.indexOf('-', 20);
        return cut < 0 ? key : key.substring(0, cut + 1) + "\n" + key.substring(cut + 1);
    }

    private Node keyBox(Label key) {
        VBox box = new VBox(key);
        box.getStyleClass().add("cairn-key-box");
        return box;
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            dialogs.showInformation(messages.get("recovery.print"), messages.get("recovery.noPrinter"));
            return;
        }
        VBox page = new VBox(12, new Label(messages.get("recovery.print.heading")), new Label(model.keyText()),
                new Label(messages.get("recovery.print.advice")));
        if (job.showPrintDialog(null) && job.printPage(page)) {
            job.endJob();
        } else {
            job.cancelJob();
        }
    }
}
