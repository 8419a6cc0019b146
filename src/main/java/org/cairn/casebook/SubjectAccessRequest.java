package org.cairn.casebook;

import java.time.LocalDate;

/**
 * A client's request for a copy of what is held about her.
 *
 * @param dueOn one calendar month after receipt (ADR 0040)
 * @param extendedOn when an extension was recorded, or null
 * @param extendedDueOn the due date after the extension, or null
 * @param completedOn when her copy was exported, or null while the request is open
 * @param taskId the follow-up task that carries the due date, or null
 */
public record SubjectAccessRequest(long id, long clientId, LocalDate receivedOn, LocalDate dueOn,
        LocalDate extendedOn, LocalDate extendedDueOn, String extensionReason, LocalDate completedOn, Long taskId,
        String recordedBy) {
    /** The date her copy is due by, extension included. */
    public LocalDate dueBy() {
        return extendedDueOn != null ? extendedDueOn : dueOn;
    }

    public boolean open() {
        return completedOn == null;
    }
}
