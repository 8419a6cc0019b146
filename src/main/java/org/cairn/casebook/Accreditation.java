package org.cairn.casebook;

/**
 * Whether the organisation may give immigration advice: OISC registration at a level, or work supervised by a
 * solicitor. Stored by name in {@code org_profile.accreditation}.
 */
public enum Accreditation {
    NONE, OISC_LEVEL_1, OISC_LEVEL_2, OISC_LEVEL_3, SOLICITOR_SUPERVISED;

    /** True for any OISC level or solicitor supervision: enough to send letters that act in immigration matters. */
    public boolean mayActInImmigrationMatters() {
        return this != NONE;
    }
}
