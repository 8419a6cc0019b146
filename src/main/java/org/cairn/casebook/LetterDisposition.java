package org.cairn.casebook;

/** What the advocate did with a letter; every one keeps an encrypted copy in the case file. */
public enum LetterDisposition {
    KEPT(AuditAction.LETTER_KEPT), PRINTED(AuditAction.LETTER_PRINTED), SAVED(AuditAction.LETTER_SAVED);

    private final AuditAction action;

    LetterDisposition(AuditAction action) {
        this.action = action;
    }

    public AuditAction auditAction() {
        return action;
    }
}
