package org.cairn.casebook;

/** A person causing harm to the client. Relationship and address are null when not recorded. */
public record Abuser(long id, long clientId, String name, String relationship, String address) {
}
