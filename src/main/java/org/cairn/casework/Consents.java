package org.cairn.casework;

import java.util.Objects;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ConsentEntry;
import org.cairn.casebook.ConsentRecord;

/** The client's consent ledger: entries are added, never changed. */
public final class Consents {
    private final Casebook casebook;
    private final Guard guard;

    Consents(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    @Performs(Action.RECORD_CONSENT)
    public ConsentEntry record(long clientId, ConsentRecord consent) {
        guard.check(Action.RECORD_CONSENT);
        return casebook.consents().record(clientId, consent);
    }
}
