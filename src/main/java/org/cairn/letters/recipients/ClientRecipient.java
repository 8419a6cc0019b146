package org.cairn.letters.recipients;

import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.PersonalDetails;
import org.cairn.letters.check.Recipient;
import org.cairn.templates.RecipientKind;

/** The client of a case as a letter's recipient: her legal name when recorded (else her alias) and address. */
public final class ClientRecipient {
    private ClientRecipient() {
    }

    public static Recipient of(Casebook casebook, long caseId) {
        CaseFile file = casebook.cases().find(caseId)
                .orElseThrow(() -> new IllegalArgumentException("there is no such case"));
        ClientDetails client = casebook.clients().find(file.clientId()).orElseThrow().details();
        PersonalDetails personal = casebook.clients().personal(file.clientId());
        String name = client.legalNames() != null && !client.legalNames().isBlank() ? client.legalNames()
                : client.alias();
        return new Recipient(name, RecipientKind.CLIENT, null, null, personal.address(), personal.email());
    }
}
