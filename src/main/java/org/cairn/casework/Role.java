package org.cairn.casework;

/**
 * What a person may do in a casebook. Roles are enforced by the use cases in this package, not by cryptography:
 * every person's key opens the same casebook, so the rules hold against mistakes and curiosity, not against someone
 * who edits the files with their own tools.
 */
public enum Role {
    /** People, the organisation profile, templates, the directory and every case. */
    ADMINISTRATOR,
    /** Casework: their own cases and those shared with them or the team. No user management. */
    ADVOCATE,
    /** Counts, coverage and bundles. Never case content. */
    COORDINATOR
}
