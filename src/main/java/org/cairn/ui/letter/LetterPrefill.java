package org.cairn.ui.letter;

import java.util.Objects;
import org.cairn.letters.check.Recipient;

/**
 * A letter started from elsewhere with its template and recipient already chosen (a referral's cover letter,
 * say). It only sets what the advocate could have chosen by hand and then prepares the letter as usual, so the
 * same fill and outgoing-document check apply; everything stays editable on the letter screen.
 */
public record LetterPrefill(String templateId, Recipient recipient) {
    public LetterPrefill {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(recipient, "recipient");
    }

    /** Sets the choices on a new letter model, before its view is built, and prepares the letter. */
    public void applyTo(LetterViewModel model) {
        model.templates().stream().filter(t -> t.header().id().equals(templateId)).findFirst()
                .ifPresent(model.templateProperty()::set);
        if (recipient.isClient()) {
            model.recipient().choiceProperty().set(RecipientChoice.CLIENT);
        } else if (recipient.directoryEntryId() != null) {
            model.recipient().choiceProperty().set(RecipientChoice.DIRECTORY);
            model.recipient().directoryRecipientProperty().set(recipient);
        } else {
            model.recipient().choiceProperty().set(RecipientChoice.TYPED);
            model.recipient().nameProperty().set(recipient.name());
            model.recipient().organisationProperty().set(recipient.organisation() == null ? ""
                    : recipient.organisation());
            model.recipient().addressProperty().set(recipient.address() == null ? "" : recipient.address());
            model.recipient().kindProperty().set(recipient.kind());
        }
        model.refresh();
    }
}
