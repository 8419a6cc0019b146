package org.cairn.casework;

import java.util.Objects;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.OrgProfile;

/** What letters say about the organisation: its name, contacts, accreditation and logo. */
public final class Organisation {
    private final Casebook casebook;
    private final Guard guard;

    Organisation(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /** The saved profile, or an unnamed one when nobody has filled it in yet. */
    @Performs(Action.READ_ORG_PROFILE)
    public OrgProfile profile() {
        guard.check(Action.READ_ORG_PROFILE);
        return casebook.orgProfile().current();
    }

    /**
     * Saves the profile (the profile itself always names the organisation). An accreditation regulated by the
     * immigration advice regulator needs its registration number, because letters print it.
     */
    @Performs(Action.SAVE_ORG_PROFILE)
    public void save(OrgProfile profile) {
        guard.check(Action.SAVE_ORG_PROFILE);
        if (needsOiscNumber(profile.accreditation())
                && (profile.oiscNumber() == null || profile.oiscNumber().isBlank())) {
            throw new CaseworkException(Problem.OISC_NUMBER_REQUIRED);
        }
        casebook.orgProfile().save(profile);
    }

    /** Whether letters under this accreditation must carry the regulator's registration number. */
    private static boolean needsOiscNumber(Accreditation accreditation) {
        return accreditation != Accreditation.NONE && accreditation != Accreditation.SOLICITOR_SUPERVISED;
    }
}
