package org.cairn.letters;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cairn.letters.check.CheckRule;
import org.cairn.letters.check.Finding;

/**
 * Thrown when a letter that is incomplete or stopped by the check is asked to be printed, saved or kept. It
 * carries a reason and codes, never sentences: the screens and the command line word them, so the words can be
 * translated and never quote what was typed. The message is the reason and the codes alone.
 */
public final class LetterRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the letter was refused. */
    public enum Reason {
        /** Values the letter needs are missing; the codes are the placeholder names ({@code referral.reason}). */
        VALUES_MISSING,
        /** The outgoing-document check stops it; the codes are the stopping rules ({@code consent-missing}). */
        CHECK_STOPS
    }

    private final Reason reason;
    private final List<String> codes;

    LetterRefusedException(Reason reason, List<String> codes) {
        super(Objects.requireNonNull(reason).name() + " " + String.join(", ", codes));
        this.reason = reason;
        this.codes = List.copyOf(codes);
    }

    static LetterRefusedException valuesMissing(LetterDraft draft) {
        return new LetterRefusedException(Reason.VALUES_MISSING, List.copyOf(draft.missing()));
    }

    static LetterRefusedException checkStops(LetterDraft draft) {
        return new LetterRefusedException(Reason.CHECK_STOPS,
                draft.check().stopping().stream().map(Finding::rule).map(LetterRefusedException::code).distinct()
                        .toList());
    }

    /** A rule's code as docs/LETTERS.md names it: {@code consent-missing}. */
    public static String code(CheckRule rule) {
        return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Reason reason() {
        return reason;
    }

    /** The placeholder names that are missing, or the codes of the rules that stop the letter. */
    public List<String> codes() {
        return codes;
    }
}
