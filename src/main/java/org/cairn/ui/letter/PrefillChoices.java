package org.cairn.ui.letter;

import org.cairn.letters.check.Recipient;
import org.cairn.ui.common.LetterPrefill;

/**
 * Sets a {@link LetterPrefill}'s template and recipient on a new letter model, before its view is built, then
 * prepares the letter. It only sets what the advocate could have chosen by hand; everything stays editable.
 */
public final class PrefillChoices {
    private PrefillChoices() {
    }

    public static void applyTo(LetterPrefill prefill, LetterViewModel model) {
        model.templates().stream().filter(t -> t.header().id().equals(prefill.templateId())).findFirst()
                .ifPresent(model.templateProperty()::set);
        Recipient recipient = prefill.recipient();
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
