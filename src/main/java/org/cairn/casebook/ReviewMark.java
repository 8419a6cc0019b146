package org.cairn.casebook;

import java.time.Instant;

/** What the advocate decided about one piece of third-party data in a client's copy, and why. */
public record ReviewMark(String item, ReviewChoice choice, String reason, String decidedBy, Instant decidedAt) {
}
