package org.cairn.casework;

import java.util.Objects;
import org.cairn.casebook.Abuser;
import org.cairn.casebook.Casebook;

/** The people causing harm recorded for a client; their names and addresses feed the outgoing checks. */
public final class Abusers {
    private final Casebook casebook;
    private final Guard guard;

    Abusers(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    @Performs(Action.RECORD_ABUSER)
    public Abuser add(long clientId, String name, String relationship, String address) {
        guard.check(Action.RECORD_ABUSER);
        return casebook.abusers().add(clientId, name, relationship, address);
    }

    @Performs(Action.REMOVE_ABUSER)
    public void remove(long abuserId) {
        guard.check(Action.REMOVE_ABUSER);
        casebook.abusers().remove(abuserId);
    }
}
