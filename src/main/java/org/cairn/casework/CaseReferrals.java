package org.cairn.casework;

import java.util.List;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Client;
import org.cairn.casebook.Referral;

/** A case's referrals, newest first, with the case and its client (for the fields a referral needs). */
public record CaseReferrals(CaseFile caseFile, Client client, List<Referral> referrals) {
}
