package org.cairn.casebook;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A correction the client asked for, kept with the value it replaced.
 *
 * @param field what was corrected: a client field's name ({@code client.address}) or a note ({@code note:40})
 * @param earlierValue the value before the correction, or null when nothing was recorded
 */
public record Rectification(long id, long clientId, String field, String earlierValue, String correctedValue,
        LocalDate requestedOn, String recordedBy, Instant recordedAt) {
}
