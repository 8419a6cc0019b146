package org.cairn.casebook;

import java.time.Instant;
import java.time.LocalDate;

/** A hold that stops a case's retention clock (proceedings, a complaint, a claim), reviewed on a date. */
public record LegalHold(long caseId, String reason, LocalDate reviewOn, String placedBy, Instant placedAt) {
}
