package org.cairn.letters;

import org.cairn.casebook.KeptLetter;

/** A letter whose copy is kept in the case file, with the exact PDF bytes to print or save. */
public record FinishedLetter(KeptLetter kept, byte[] pdf) {
    public FinishedLetter {
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}
