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
    CASE_REOPENED,
    ABUSER_RECORDED,
    BLOCKED_RECIPIENT_ADDED,
    BLOCKED_RECIPIENT_REMOVED,
    DIRECTORY_ENTRY_ADDED,
    DIRECTORY_ENTRY_UPDATED,
    DIRECTORY_IMPORTED,
    TEMPLATE_IMPORTED,
    FORM_STARTED,
    FORM_SAVED,
    RISK_CHANGED,
    MARAC_DECIDED,
    REFERRAL_MADE,
    REFERRAL_OUTCOME,
    ORG_PROFILE_UPDATED,
    LETTER_KEPT,
    // Events that change nothing in the casebook but must still be accounted for.
    CASE_FILE_OPENED,
    LETTER_PRINTED,
    LETTER_SAVED,
    COUNTS_EXPORTED,
    BACKUP_MADE,
    DISCLOSURE_OVERRIDE,
    CONSENT_OVERRIDE,
    // Counts bundles between laptops and a coordinator (stats, ADR 0011).
    COUNTS_KEY_EXPORTED,
    COUNTS_KEY_IMPORTED,
    COUNTS_BUNDLE_EXPORTED,
    COUNTS_BUNDLE_IMPORTED,
    // A safety plan or checklist marked completed (case_form.completed_on), or opened again.
    FORM_COMPLETED,
    FORM_REOPENED,
    // The coordinator's bundle key replaced by a new one (stats, ADR 0019).
    COUNTS_KEY_ROTATED,
    // A casebook setting stored or removed (casebook_setting); the subject names the key, never the value.
    SETTING_SAVED,
    SETTING_REMOVED,
    // The advocate knowingly kept working in a copy older than the one this computer last opened (vault, ADR 0027).
    OLDER_COPY_ACCEPTED,
    // People holding a key slot (the subject names the person, never a passphrase).
    PERSON_ADDED,
    PERSON_REMOVED,
    // Restricted cases (ADR 0038): restricted or its holders changed (reason: how many hold its key), lifted, read.
    CASE_RESTRICTED,
    CASE_UNRESTRICTED,
    RESTRICTED_CASE_OPENED,
    PERSON_ROLE_CHANGED,
    PASSPHRASE_CHANGED,
    // Transfers between casebooks: the subject names the paired casebook or the case, never its content.
    CASEBOOK_PAIRED,
    TRANSFER_SENT,
    TRANSFER_RECEIVED,
    // Moves and undo (ADR 0043). A confirmed move empties the case's rows as an erasure does: its row's subject
    // names the removal (as an erasure row's does) and its reason where the case went.
    TRANSFER_MOVED_AWAY,
    TRANSFER_MOVE_CONFIRMED,
    TRANSFER_RECEIPT_MADE,
    TRANSFER_UNDONE,
    // Retention and subject access (ADR 0040); reasons stay in their tables, the subject names the case or client.
    LEGAL_HOLD_PLACED,
    LEGAL_HOLD_LIFTED,
    RETENTION_DECIDED,
    SUBJECT_ACCESS_LOGGED,
    SUBJECT_ACCESS_EXTENDED,
    SUBJECT_ACCESS_REVIEWED,
    SUBJECT_ACCESS_EXPORTED,
    RECTIFIED,
    // A client, or one case, erased (ADR 0041): the subject names the erasure, the reason says why; no content.
    CLIENT_ERASED,
    CASE_ERASED,
    // A case anonymised (ADR 0049): its content erased as above, its counted facts kept.
    CASE_ANONYMISED,
    // An erasure made after the backup this casebook was restored from, applied again at unlock.
    ERASURE_REAPPLIED
}
