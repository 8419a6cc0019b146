package org.cairn.casework;

/**
 * How her copy reaches her (ADR 0040). The outgoing check's post rule ("post is not safe" while the copy carries
 * her address) stops a copy only when it is to be posted; a copy handed to her or collected by her is allowed, with
 * a warning that it must never be posted.
 */
public enum SubjectAccessDelivery {
    /** Sent by post: her contact-safety record's answer on post applies in full. */
    POST,
    /** Handed to her in person, or collected by her, from the files Cairn writes to a folder. */
    BY_HAND
}
