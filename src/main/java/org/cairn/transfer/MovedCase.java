package org.cairn.transfer;

import java.time.Instant;

/**
 * A case this casebook sent as a move (ADR 0043): still here and awaiting the receiver's receipt, or a closed stub
 * saying where it went ({@code receiverName}, the paired name, and its casebook id) and when.
 */
public record MovedCase(String reference, boolean confirmed, String receiverId, String receiverName, long sequence,
        Instant sentAt, Instant confirmedAt) {
}
