package org.cairn.casebook;

/** A stored client. */
public record Client(long id, ClientDetails details) {
}
