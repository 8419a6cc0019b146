package org.cairn.casebook;

import java.util.Optional;

/**
 * The title of a task Cairn makes itself, stored as this code and its arguments rather than as a sentence, so the
 * task reads in the language of whoever looks at it. A title an advocate typed is stored as typed instead.
 */
public enum TaskTitle {
    /** A case's retention period ended: keep, erase or anonymise it. */
    RETENTION_REVIEW(0),
    /** Look again at a case's legal hold. */
    RETENTION_HOLD(0),
    /** A case kept at a retention review comes up again. */
    RETENTION_KEPT(0),
    /** Her subject access copy is due. */
    SUBJECT_ACCESS_DUE(0),
    /** Follow up a referral; the argument is the recipient's name. */
    REFERRAL_FOLLOW_UP(1),
    /** Review a form; the argument is the form's title. */
    FORM_REVIEW(1);

    private final int arguments;

    TaskTitle(int arguments) {
        this.arguments = arguments;
    }

    /** How many arguments the words of this title take. */
    public int arguments() {
        return arguments;
    }

    /** The code as stored; a code this version does not know (written by a newer Cairn) is empty. */
    public static Optional<TaskTitle> stored(String code) {
        for (TaskTitle title : values()) {
            if (title.name().equals(code)) {
                return Optional.of(title);
            }
        }
        return Optional.empty();
    }
}
