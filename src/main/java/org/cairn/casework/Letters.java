package org.cairn.casework;

import java.util.Objects;
import java.util.Optional;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.LetterDisposition;
import org.cairn.letters.FinishedLetter;
import org.cairn.letters.LetterDraft;
import org.cairn.letters.LetterMaker;
import org.cairn.letters.LetterRefusedException;
import org.cairn.letters.LetterRenderer;
import org.cairn.letters.LetterRequest;
import org.cairn.letters.LetterTemplates;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.recipients.ClientRecipient;
import org.cairn.letters.recipients.DirectoryRecipient;

/**
 * Letters for a case: reading what a letter needs from the casebook (templates, recipients, the case's values,
 * filled and checked), and recording what became of a checked letter: printed, saved or kept. Rendering needs no
 * casebook, so screens and commands do it themselves, except when a letter is finished in one go.
 */
public final class Letters {
    private final Casebook casebook;
    private final Guard guard;
    // Filling, checking and keeping never render; a renderer is given only where one is needed.
    private final LetterMaker maker;

    Letters(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
        this.maker = new LetterMaker(casebook, layout -> {
            throw new IllegalStateException("preparing and keeping a letter never renders it");
        }, casebook.clock());
    }

    /** The letter and referral templates: built in, and the organisation's own. */
    @Performs(Action.PREPARE_LETTER)
    public LetterTemplates templates() {
        guard.check(Action.PREPARE_LETTER);
        return LetterTemplates.of(casebook);
    }

    /** The directory entries a letter may be addressed to, those blocked for the case's client marked. */
    @Performs(Action.PREPARE_LETTER)
    public OfferedRecipients recipients(long caseId) {
        guard.check(Action.PREPARE_LETTER);
        return OfferedRecipients.read(casebook, caseId);
    }

    /** The case's client as the recipient: her legal name when recorded, else her alias, and her address. */
    @Performs(Action.PREPARE_LETTER)
    public Recipient clientRecipient(long caseId) {
        guard.check(Action.PREPARE_LETTER);
        if (casebook.cases().find(caseId).isEmpty()) {
            throw new CaseworkException(Problem.NOT_FOUND);
        }
        return ClientRecipient.of(casebook, caseId);
    }

    /** The directory entry of that name as the recipient, unless it is archived. */
    @Performs(Action.PREPARE_LETTER)
    public Optional<Recipient> directoryRecipient(String name) {
        guard.check(Action.PREPARE_LETTER);
        return DirectoryRecipient.find(casebook, name);
    }

    /** Fills the template from the case and runs the outgoing-document check; nothing is kept or audited. */
    @Performs(Action.PREPARE_LETTER)
    public LetterDraft prepare(LetterRequest request) {
        guard.check(Action.PREPARE_LETTER);
        return maker.prepare(request);
    }

    /**
     * Keeps exactly these bytes (those previewed and printed or saved) with the disposition, and audits every
     * override, in one transaction; refused ({@link Problem#LETTER_VALUES_MISSING}, {@link Problem#LETTER_STOPPED})
     * when a value is missing or the check stops the letter.
     */
    @Performs(Action.RECORD_LETTER_OUTPUT)
    public FinishedLetter keep(LetterDraft draft, byte[] pdf, LetterDisposition disposition) {
        guard.check(Action.RECORD_LETTER_OUTPUT);
        try {
            return maker.keep(draft, pdf, disposition);
        } catch (LetterRefusedException refused) {
            throw refusal(refused);
        }
    }

    /** Renders the checked letter with {@code renderer}, then keeps and audits it as {@link #keep} does. */
    @Performs(Action.RECORD_LETTER_OUTPUT)
    public FinishedLetter finish(LetterDraft draft, LetterDisposition disposition, LetterRenderer renderer) {
        guard.check(Action.RECORD_LETTER_OUTPUT);
        try {
            return new LetterMaker(casebook, renderer, casebook.clock()).finish(draft, disposition);
        } catch (LetterRefusedException refused) {
            throw refusal(refused);
        }
    }

    /** The letters layer's refusal as a code the screens and the command line word. */
    private static CaseworkException refusal(LetterRefusedException refused) {
        Problem problem = switch (refused.reason()) {
            case VALUES_MISSING -> Problem.LETTER_VALUES_MISSING;
            case CHECK_STOPS -> Problem.LETTER_STOPPED;
        };
        return new CaseworkException(problem, refused, String.join(", ", refused.codes()));
    }

    /** A later way out for a letter already kept (saved after printing, say): added to its record, no copy. */
    @Performs(Action.RECORD_LETTER_OUTPUT)
    public void recordAgain(long keptLetterId, LetterDisposition disposition) {
        guard.check(Action.RECORD_LETTER_OUTPUT);
        casebook.letters().recordAgain(keptLetterId, disposition);
    }
}
