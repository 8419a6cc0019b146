package org.cairn.transfer;

import java.time.Instant;

/** A casebook this one has paired with: the name people here call it by, its public card, and transfer counters. */
public record PairedCasebook(String name, PairingCard card, Instant pairedAt, String pairedBy, long lastSent,
        long lastReceived) {
    public String fingerprint() {
        return card.fingerprint();
    }
}
