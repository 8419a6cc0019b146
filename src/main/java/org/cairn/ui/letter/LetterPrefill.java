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
            model.recipientChoiceProperty().set(RecipientChoice.CLIENT);
        } else if (recipient.directoryEntryId() != null) {
            model.recipientChoiceProperty().set(RecipientChoice.DIRECTORY);
            model.directoryRecipientProperty().set(recipient);
        } else {
            model.recipientChoiceProperty().set(RecipientChoice.TYPED);
            model.recipientNameProperty().set(recipient.name());
            model.recipientOrganisationProperty().set(recipient.organisation() == null ? ""
                    : recipient.organisation());
            model.recipientAddressProperty().set(recipient.address() == null ? "" : recipient.address());
            model.recipientKindProperty().set(recipient.kind());
        }
        model.refresh();
    }
}
