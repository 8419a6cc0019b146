package org.cairn.casebook;

import java.util.Objects;

/**
 * A finished letter to keep in the case file.
 *
 * @param recipientKind the name of a templates.RecipientKind (kept as text: the casebook knows no template types)
 * @param directoryEntryId the service-directory entry the letter went to, or null
 * @param pdf the exact bytes printed or saved
 */
public record LetterCopy(String templateId, int templateVersion, String language, String recipientName,
        String recipientKind, Long directoryEntryId, String subject, byte[] pdf) {
    public LetterCopy {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(pdf, "pdf");
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}
