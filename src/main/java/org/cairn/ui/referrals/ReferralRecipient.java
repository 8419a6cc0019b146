package org.cairn.ui.referrals;

import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.RecipientKind;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.recipients.DirectoryRecipient;

/**
 * Who a referral goes to: a directory entry, or a name typed with its kind and contact details.
 *
 * @param entryId the directory entry, or null when typed
 * @param address a postal address or other contact details, or null
 */
record ReferralRecipient(Long entryId, String name, RecipientKind kind, String address, String email,
        DirectoryEntry entry) {
    static ReferralRecipient of(DirectoryEntry entry) {
        return new ReferralRecipient(entry.id(), entry.name(), entry.kind(), entry.details().address(),
                entry.details().email(), entry);
    }

    static ReferralRecipient typed(String name, RecipientKind kind, String contact) {
        String address = contact == null || contact.isBlank() ? null : contact.strip();
        return new ReferralRecipient(null, name.strip(), kind, address, null, null);
    }

    /** The same recipient for the letters pipeline, so its outgoing-document check runs for exactly them. */
    Recipient forLetter() {
        if (entry != null) {
            return DirectoryRecipient.of(entry);
        }
        // Like a directory entry, a typed recipient is never the client herself (client-facing services get the
        // third-sector rules) and is an organisation, named as such in the letter.
        org.cairn.templates.RecipientKind letterKind = kind == RecipientKind.CLIENT
                ? org.cairn.templates.RecipientKind.THIRD_SECTOR
                : org.cairn.templates.RecipientKind.valueOf(kind.name());
        return new Recipient(name, letterKind, null, name, address, email);
    }
}
