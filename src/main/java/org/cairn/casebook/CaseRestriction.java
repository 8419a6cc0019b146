package org.cairn.casebook;

import java.time.Instant;
import java.util.Map;

/**
 * A restricted case as stored: its content sealed under the case's own key, and that key wrapped for each holder
 * (a person's slot, or the recovery key).
 *
 * @param holdersVersion counts the changes to the holders; bound into the seal with the case id
 */
public record CaseRestriction(long caseId, byte[] sealed, int holdersVersion, Instant restrictedAt,
        String restrictedBy, Map<String, byte[]> wrappedKeys) {
    public CaseRestriction {
        wrappedKeys = Map.copyOf(wrappedKeys);
    }
}
