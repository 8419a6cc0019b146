package org.cairn.casebook;

import java.time.Instant;

/**
 * One row of the audit trail.
 *
 * @param subject what the action was about, such as a case reference or {@code note:17}; may be null
 * @param reason the reason given for an override, or null
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String subject, String reason) {
}
