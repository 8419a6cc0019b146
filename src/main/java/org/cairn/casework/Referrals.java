package org.cairn.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.Referral;
import org.cairn.casebook.ReferralOutcome;
import org.cairn.casebook.ReferralRefusedException;
import org.cairn.casebook.ReferralRepository;
import org.cairn.casebook.ReferralRequest;

/**
 * Referrals made for a case. The consent check runs before a referral is stored (the casebook runs it again as it
 * stores): a recipient blocked for the client is refused whatever else is true, and without consent in force
 * only the advocate's reason, audited, lets it go ahead. A refusal crosses as {@link Problem#REFERRAL_REFUSED}
 * with the verdict's code.
 */
public final class Referrals {
    private final Casebook casebook;
    private final Guard guard;

    Referrals(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /** The case's referrals, newest first, with the case and its client. */
    @Performs(Action.READ_REFERRALS)
    public CaseReferrals read(long caseId) {
        guard.check(Action.READ_REFERRALS);
        CaseFile file = casebook.cases().find(caseId).orElseThrow(Referrals::notFound);
        return new CaseReferrals(file, casebook.clients().find(file.clientId()).orElseThrow(Referrals::notFound),
                casebook.referrals().forCase(caseId));
    }

    /** The directory entries a referral may be addressed to, those blocked for the case's client marked. */
    @Performs(Action.READ_REFERRALS)
    public OfferedRecipients recipients(long caseId) {
        guard.check(Action.READ_REFERRALS);
        return OfferedRecipients.read(casebook, caseId);
    }

    /** A directory entry as it is now, for addressing a stored referral's letter; empty when it is gone. */
    @Performs(Action.READ_REFERRALS)
    public Optional<DirectoryEntry> entry(long entryId) {
        guard.check(Action.READ_REFERRALS);
        return casebook.directory().find(entryId);
    }

    /** Whether the recipient is blocked for the client and whether consent is in force, before anything is stored. */
    @Performs(Action.CHECK_REFERRAL)
    public ReferralRepository.Check check(long caseId, ConsentPurpose purpose, Long entryId, String recipientName,
            LocalDate on) {
        guard.check(Action.CHECK_REFERRAL);
        return casebook.referrals().check(caseId, purpose, entryId, recipientName, on);
    }

    /** Makes the referral and its follow-up task, or refuses (storing nothing) as the consent check decides. */
    @Performs(Action.MAKE_REFERRAL)
    public Referral make(ReferralRequest request) {
        guard.check(Action.MAKE_REFERRAL);
        try {
            return casebook.referrals().make(request);
        } catch (ReferralRefusedException e) {
            throw new CaseworkException(Problem.REFERRAL_REFUSED, e, e.verdict().name());
        }
    }

    /** Records what came of the referral; any outcome but pending also marks its follow-up task done. */
    @Performs(Action.RECORD_REFERRAL_OUTCOME)
    public Referral recordOutcome(long referralId, ReferralOutcome outcome, LocalDate on) {
        guard.check(Action.RECORD_REFERRAL_OUTCOME);
        if (casebook.referrals().find(referralId).isEmpty()) {
            throw notFound();
        }
        return casebook.referrals().recordOutcome(referralId, outcome, on);
    }

    private static CaseworkException notFound() {
        return new CaseworkException(Problem.NOT_FOUND);
    }
}
