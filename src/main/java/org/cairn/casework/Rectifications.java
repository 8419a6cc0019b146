package org.cairn.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.Note;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.Rectification;

/**
 * Corrections a client asks for (ADR 0040). Each one changes the record and is kept as a rectification with the
 * value it replaced, so the history shows what was wrong and her next copy lists the correction.
 */
public final class Rectifications {
    private final Casebook casebook;
    private final Guard guard;

    Rectifications(Casebook casebook, Guard guard) {
        this.casebook = Objects.requireNonNull(casebook);
        this.guard = Objects.requireNonNull(guard);
    }

    /** Corrects one of her details to {@code value} as she asked on {@code requestedOn}. */
    @Performs(Action.RECTIFY)
    public Rectification correctClient(long clientId, ClientField field, String value, LocalDate requestedOn) {
        guard.check(Action.RECTIFY);
        Objects.requireNonNull(field, "field");
        String corrected = value == null ? "" : value.strip();
        // Invisible characters alone are no correction: refused as empty, nothing changed.
        if (!visible(corrected)) {
            throw new CaseworkException(Problem.EMPTY_TEXT);
        }
        requirePast(requestedOn);
        ClientDetails details = casebook.clients().find(clientId)
                .orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND)).details();
        PersonalDetails personal = casebook.clients().personal(clientId);
        String earlier = current(field, details, personal);
        ClientDetails newDetails = details;
        PersonalDetails newPersonal = personal;
        switch (field) {
            case ALIAS -> newDetails = withNames(details, corrected, details.legalNames(), details.dateOfBirth());
            case LEGAL_NAMES -> newDetails = withNames(details, details.alias(), corrected, details.dateOfBirth());
            case DATE_OF_BIRTH -> newDetails = withNames(details, details.alias(), details.legalNames(),
                    date(corrected));
            case NATIONALITY -> newPersonal = new PersonalDetails(corrected, personal.nhsNumber(),
                    personal.accessNeeds(), personal.areasToAvoid(), personal.address(), personal.phone(),
                    personal.email());
            case ADDRESS -> newPersonal = new PersonalDetails(personal.nationality(), personal.nhsNumber(),
                    personal.accessNeeds(), personal.areasToAvoid(), corrected, personal.phone(), personal.email());
            case PHONE -> newPersonal = new PersonalDetails(personal.nationality(), personal.nhsNumber(),
                    personal.accessNeeds(), personal.areasToAvoid(), personal.address(), corrected,
                    personal.email());
            case EMAIL -> newPersonal = new PersonalDetails(personal.nationality(), personal.nhsNumber(),
                    personal.accessNeeds(), personal.areasToAvoid(), personal.address(), personal.phone(),
                    corrected);
            default -> throw new IllegalStateException("unhandled field");
        }
        ClientDetails savedDetails = newDetails;
        PersonalDetails savedPersonal = newPersonal;
        // A restricted case's content cannot be corrected in place: the database refuses, said as a Problem.
        Restrictions.refusingRestricted(() -> casebook.transactions().write(tx -> {
            if (savedDetails != details) {
                casebook.clients().update(tx, clientId, savedDetails);
            } else {
                casebook.clients().updatePersonal(tx, clientId, savedPersonal);
            }
            casebook.rectifications().record(tx, clientId, field.recordName(), earlier, corrected, requestedOn);
            return null;
        }));
        return last(clientId);
    }

    /** Corrects a note's text as she asked: the earlier text stays in the note's history and in the correction. */
    @Performs(Action.RECTIFY)
    public Rectification correctNote(long noteId, String text, LocalDate requestedOn) {
        guard.check(Action.RECTIFY);
        return noteCorrected(null, noteId, text, requestedOn);
    }

    /**
     * As {@link #correctNote}, for a note named by its number beside the client who asked: a note on another
     * client's case is refused as not found, so a mistyped number never changes someone else's record.
     */
    @Performs(Action.RECTIFY)
    public Rectification correctNote(long clientId, long noteId, String text, LocalDate requestedOn) {
        guard.check(Action.RECTIFY);
        return noteCorrected(clientId, noteId, text, requestedOn);
    }

    private Rectification noteCorrected(Long askedBy, long noteId, String text, LocalDate requestedOn) {
        String corrected = text == null ? "" : text.strip();
        if (!visible(corrected)) {
            throw new CaseworkException(Problem.EMPTY_TEXT);
        }
        requirePast(requestedOn);
        Note note = casebook.notes().find(noteId).orElseThrow(() -> new CaseworkException(Problem.NOT_FOUND));
        long clientId = casebook.cases().find(note.caseId()).orElseThrow().clientId();
        if (askedBy != null && askedBy != clientId) {
            throw new CaseworkException(Problem.NOT_FOUND);
        }
        // A restricted case's content cannot be corrected in place: the database refuses, said as a Problem.
        Restrictions.refusingRestricted(() -> casebook.transactions().write(tx -> {
            casebook.notes().edit(tx, noteId, corrected);
            casebook.rectifications().record(tx, clientId, "note:" + noteId, note.text(), corrected, requestedOn);
            return null;
        }));
        return last(clientId);
    }

    /** Her corrections, oldest first. */
    @Performs(Action.RECTIFY)
    public List<Rectification> forClient(long clientId) {
        guard.check(Action.RECTIFY);
        return casebook.rectifications().forClient(clientId);
    }

    private Rectification last(long clientId) {
        List<Rectification> all = casebook.rectifications().forClient(clientId);
        return all.get(all.size() - 1);
    }

    /** Whether the text holds a letter or digit: spaces, marks and invisible characters alone correct nothing. */
    private static boolean visible(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private void requirePast(LocalDate requestedOn) {
        Objects.requireNonNull(requestedOn, "requestedOn");
        if (requestedOn.isAfter(LocalDate.now(casebook.clock()))) {
            throw new CaseworkException(Problem.DATE_IN_FUTURE);
        }
    }

    private static String current(ClientField field, ClientDetails details, PersonalDetails personal) {
        return switch (field) {
            case ALIAS -> details.alias();
            case LEGAL_NAMES -> details.legalNames();
            case DATE_OF_BIRTH -> details.dateOfBirth() == null ? null : details.dateOfBirth().toString();
            case NATIONALITY -> personal.nationality();
            case ADDRESS -> personal.address();
            case PHONE -> personal.phone();
            case EMAIL -> personal.email();
        };
    }

    private static ClientDetails withNames(ClientDetails d, String alias, String legalNames, LocalDate born) {
        return new ClientDetails(alias, legalNames, born, d.languages(), d.interpreterNeeded(), d.contactSafety(),
                d.children());
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CaseworkException(Problem.OUT_OF_RANGE, "YYYY-MM-DD");
        }
    }
}
