package org.cairn.ui.letter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import org.cairn.files.OwnerOnlyFiles;
import org.cairn.casebook.LetterDisposition;
import org.cairn.casework.Letters;
import org.cairn.ui.common.DialogService;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.FileChooserService;
import org.cairn.ui.common.Messages;
import org.cairn.ui.common.PdfPrinter;

/**
 * The ways a checked letter leaves the screen: printed, saved as a file or kept in the case file only. The first
 * of them keeps the copy and audits it; later ones on the same letter add to its record, not a second copy.
 */
final class LetterOutput {
    private final Letters letters;
    private final Messages messages;
    private final ErrorMessages errors;
    private final DialogService dialogs;
    private final FileChooserService files;
    private final PdfPrinter printer;
    private final StringProperty error;
    private final StringProperty status;
    private Long keptId;

    LetterOutput(Letters letters, Messages messages, ErrorMessages errors, DialogService dialogs,
            FileChooserService files, PdfPrinter printer, StringProperty error, StringProperty status) {
        this.letters = letters;
        this.messages = messages;
        this.errors = errors;
        this.dialogs = dialogs;
        this.files = files;
        this.printer = printer;
        this.error = error;
        this.status = status;
    }

    /** A newly prepared letter has no copy yet. */
    void forget() {
        keptId = null;
    }

    boolean kept() {
        return keptId != null;
    }

    /** Shows the system print dialog; a copy is kept only when the letter was really sent to the printer. */
    void print(PreparedLetter letter) {
        try {
            if (printer.print(letter.pdf())) {
                record(letter, LetterDisposition.PRINTED);
                status.set(messages.get("letter.status.printed"));
            }
        } catch (RuntimeException e) {
            error.set(e instanceof org.cairn.ui.common.PrinterRefusedException
                    ? messages.get("letter.print.refused") : errors.describe(e));
        }
    }

    /** Reminds that the file leaves the encrypted casebook, then writes it where the advocate chooses. */
    void save(PreparedLetter letter) {
        if (!dialogs.confirm(messages.get("letter.save.title"), messages.get("letter.save.reminder"))) {
            return;
        }
        Optional<Path> target = files.chooseFileToSave(messages.get("letter.save.title"), "Letter.pdf");
        if (target.isEmpty()) {
            return;
        }
        // Kept and audited first, like the command line: a file must never leave without its record.
        try {
            record(letter, LetterDisposition.SAVED);
        } catch (RuntimeException e) {
            error.set(errors.describe(e));
            return;
        }
        try {
            OwnerOnlyFiles.write(target.get(), letter.pdf());
        } catch (IOException e) {
            error.set(messages.get("letter.save.failed"));
            return;
        }
        status.set(messages.get("letter.status.saved"));
    }

    /** Keeps the letter in the case file, unless printing or saving already did. */
    void keepOnly(PreparedLetter letter) {
        if (keptId == null) {
            record(letter, LetterDisposition.KEPT);
        }
    }

    private void record(PreparedLetter letter, LetterDisposition disposition) {
        if (keptId == null) {
            keptId = letters.keep(letter.draft(), letter.pdf(), disposition).kept().id();
        } else {
            letters.recordAgain(keptId, disposition);
        }
    }
}
