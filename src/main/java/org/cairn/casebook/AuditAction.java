package org.cairn.casebook;

/** What an audit row records. Stored by name, so constants may be added but never renamed. */
public enum AuditAction {
    SCHEMA_UPGRADED,
    CLIENT_CREATED,
    CLIENT_UPDATED,
    CASE_OPENED,
    CASE_UPDATED,
    CASE_CLOSED,
    NOTE_ADDED,
    NOTE_EDITED,
    TASK_ADDED,
    TASK_DONE,
    TASK_REOPENED,
    CONSENT_RECORDED,
    // Events that change nothing in the casebook but must still be accounted for.
    CASE_FILE_OPENED,
    LETTER_PRINTED,
    LETTER_SAVED,
    COUNTS_EXPORTED,
    BACKUP_MADE,
    DISCLOSURE_OVERRIDE,
    CONSENT_OVERRIDE
}
