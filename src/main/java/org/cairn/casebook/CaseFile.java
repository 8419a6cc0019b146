package org.cairn.casebook;

/** A stored case. */
public record CaseFile(long id, CaseReference reference, long clientId, CaseDetails details) {
}
