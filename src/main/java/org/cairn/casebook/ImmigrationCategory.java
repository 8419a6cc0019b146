package org.cairn.casebook;

/** Deliberately coarse: enough for advice and counts, never a full immigration history. */
public enum ImmigrationCategory {
    SPOUSE_OR_PARTNER_VISA, WORK_OR_STUDY_DEPENDANT, EU_SETTLED_OR_PRESETTLED, ASYLUM_SEEKER, REFUGEE, UNDOCUMENTED,
    BRITISH_OR_SETTLED, OTHER, UNKNOWN
}
