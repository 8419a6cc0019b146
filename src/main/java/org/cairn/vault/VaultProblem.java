package org.cairn.vault;

/**
 * What went wrong in the storage engine, as a code the screens turn into words in the chosen language. The
 * exception's own message stays English, for the log and the command line. Arguments are never case data: a file
 * name of the casebook folder, a byte position, a number.
 */
public enum VaultProblem {
    /** Wrong passphrase, or not a casebook: one code, so neither can be told from the other. */
    UNLOCK_FAILED,
    /** Another Cairn window or process has the casebook open. */
    ALREADY_OPEN,
    /** Arguments: the file's name, the byte position where it is damaged. */
    DAMAGED,
    READ_ONLY,
    DATABASE_REFUSED,
    /** Argument: the cause ({@link StorageCause} name), which picks the words. */
    STORAGE_FAILED,
    APPLY_FAILED,
    LOCKED,
    STOPPED_AFTER_ERROR,
    FOLDER_NOT_EMPTY,
    NOT_A_BACKUP,
    /** Argument: the folder's name. */
    RESTORE_FOLDER_NOT_EMPTY,
    /** Argument: the format version found. */
    NEWER_FORMAT,
    /** Arguments: the file's size and the memory Java may use, in MiB. */
    TOO_LARGE,
    NAME_NEEDED,
    PASSPHRASE_ALREADY_NAMED,
    NAME_NEEDS_PASSPHRASE,
    FIRST_PERSON_UNNAMED,
    /** Argument: how many people a casebook may hold. */
    TOO_MANY_PEOPLE,
    NO_SUCH_PERSON,
    LAST_PERSON,
    WHOSE_PASSPHRASE,
    NAME_TAKEN,
    /** Not coded yet: the English message is shown as it is. */
    OTHER
}
