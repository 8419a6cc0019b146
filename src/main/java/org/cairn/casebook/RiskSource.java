package org.cairn.casebook;

/**
 * Why a case's risk level changed. Stored by name. CHECKLIST: the advocate accepted (or declined, keeping the
 * level) a checklist's proposal; JUDGEMENT: professional judgement, always with a reason; EDIT: corrected by hand.
 */
public enum RiskSource {
    CHECKLIST, JUDGEMENT, EDIT
}
