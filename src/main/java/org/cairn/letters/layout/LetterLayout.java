package org.cairn.letters.layout;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything needed to draw one letter, already filled in: no placeholders, no Markdown.
 *
 * @param languageTag BCP 47 tag ("en-GB", "ur", "bn"); chooses the script, font and writing direction
 * @param title       the document title stored in the PDF; keep it neutral (no names, no case details)
 */
public record LetterLayout(Letterhead letterhead, String dateText, List<String> recipientLines,
                           String reference, String subject, List<Block> body, List<String> signatureLines,
                           String languageTag, PaperSize paperSize, PageLabels pageLabels, String title) {

    public LetterLayout {
        Objects.requireNonNull(letterhead, "letterhead");
        dateText = dateText == null ? "" : dateText;
        recipientLines = List.copyOf(recipientLines);
        reference = reference == null ? "" : reference;
        subject = subject == null ? "" : subject;
        body = List.copyOf(body);
        signatureLines = List.copyOf(signatureLines);
        languageTag = languageTag == null || languageTag.isBlank() ? "en" : languageTag;
        paperSize = paperSize == null ? PaperSize.A4 : paperSize;
        pageLabels = pageLabels == null ? PageLabels.english() : pageLabels;
        title = title == null || title.isBlank() ? "Letter" : title;
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }

    public LetterLayout withPaperSize(PaperSize size) {
        return new LetterLayout(letterhead, dateText, recipientLines, reference, subject, body, signatureLines,
                languageTag, size, pageLabels, title);
    }
}
