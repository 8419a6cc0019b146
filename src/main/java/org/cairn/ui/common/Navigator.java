package org.cairn.ui.common;

import java.nio.file.Path;

/** Moves between screens. ViewModels call it; the composition root decides which view shows what. */
public interface Navigator {
    void welcome();

    void create(Path folder);

    void unlock(Path folder);

    void recoveryKey(Session session, char[] formattedKey);

    void cases(Session session);

    /** The anonymised counts, bundles and keys: where a coordinator works. */
    void coordinator(Session session);

    /** Who holds a key (administrators manage them) and the acting person's own passphrase. */
    void people(Session session);

    /**
     * Where a person lands after unlocking and goes back to: the list of cases, or the counts for a role that may
     * not see cases (a coordinator), so no screen is offered that would only refuse.
     */
    default void home(Session session) {
        if (session.casework().allows(org.cairn.casework.Action.FIND_CASES)) {
            cases(session);
        } else {
            coordinator(session);
        }
    }

    /** After unlocking with the recovery key: the advocate chooses a new passphrase. */
    void newPassphrase(Session session);

    void caseFile(Session session, long caseId);

    /** The template library of the open casebook. */
    void templates(Session session);

    /** A new letter from a case. */
    void letter(Session session, long caseId);

    /** A new letter from a case with its template and recipient already chosen (a referral's cover letter). */
    default void letter(Session session, long caseId, LetterPrefill prefill) {
        letter(session, caseId);
    }

    /** Settings: the organisation profile letters use. */
    void orgProfile(Session session);

    /** The organisation's service directory. */
    void directory(Session session);

    /** A new client with her first case. */
    void newCase(Session session);

    /** Settings (idle lock, theme, text size, backup reminder); with or without an open casebook. */
    void settings();

    /** Restore a casebook from a backup file, from the welcome screen. */
    void restore();
    /** Another case for a client already in the casebook, without typing her details again. */
    void newCaseForClient(Session session, long clientId);

    /** The retention review queue: due cases, holds and decisions waiting to be carried out. */
    void retention(Session session);

    /** The records of processing for the data-protection lead. */
    void processingRecords(Session session);
}
