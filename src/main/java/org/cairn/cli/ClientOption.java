package org.cairn.cli;

import org.cairn.casebook.CaseReference;
import org.cairn.casework.Casework;

/** {@code --client REF}: the client is named by the reference of any of her cases, as cairn search prints it. */
final class ClientOption {
    private ClientOption() {
    }

    static java.time.LocalDate date(String text, String option) {
        try {
            return java.time.LocalDate.parse(text == null ? "" : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CliFailure(ExitCodes.USAGE, option + " takes a date as YYYY-MM-DD, such as 2027-01-31");
        }
    }

    static long clientId(Casework casework, String reference) {
        return caseOf(casework, reference).clientId();
    }

    static org.cairn.casebook.CaseFile caseOf(Casework casework, String reference) {
        CaseReference parsed;
        try {
            parsed = CaseReference.parse(reference == null ? "" : reference);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "the reference is not a case reference; it looks like C-2026-0042 "
                    + "(see cairn search)");
        }
        return casework.cases().byReference(parsed).orElseThrow(() -> new CliFailure(ExitCodes.FAILED,
                "no case has the reference " + parsed + "; see cairn search"));
    }
}
