package org.cairn.casebook;

/** What a consent covers. Referral and sharing consents are always for one named organisation. */
public enum ConsentPurpose {
    KEEP_RECORDS(false), REFER_TO_ORGANISATION(true), SHARE_WITH_ORGANISATION(true), COUNT_IN_STATISTICS(false);

    private final boolean namesOrganisation;

    ConsentPurpose(boolean namesOrganisation) {
        this.namesOrganisation = namesOrganisation;
    }

    public boolean namesOrganisation() {
        return namesOrganisation;
    }
}
