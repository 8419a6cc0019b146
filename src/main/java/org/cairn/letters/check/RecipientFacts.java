package org.cairn.letters.check;

import java.util.List;
import org.cairn.templates.RecipientKind;

/**
 * What the casebook knows about a recipient beyond the kind chosen for it, looked up before the pure check runs.
 *
 * @param resemblesBlocked the recipient's name holds every word of a name the client must never be exposed to
 *     (her never-contact list or a person causing harm), with more words around it
 * @param listedKind the kind of the statutory body on the organisation's list that the recipient's name matches,
 *     or null when it matches none (only looked up for typed recipients)
 * @param oiscPhrases phrases from the organisation's list of regulated-advice wording that the letter contains
 */
public record RecipientFacts(boolean resemblesBlocked, RecipientKind listedKind, List<String> oiscPhrases) {
    public static final RecipientFacts NONE = new RecipientFacts(false, null, List.of());

    public RecipientFacts {
        oiscPhrases = List.copyOf(oiscPhrases);
    }
}
