package org.cairn.casebook;

import java.time.Instant;

/** A stored consent-ledger entry: the decision, who recorded it and when. */
public record ConsentEntry(long id, long clientId, ConsentRecord record, String recordedBy, Instant recordedAt) {
}
