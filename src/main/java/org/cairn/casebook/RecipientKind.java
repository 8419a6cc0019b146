package org.cairn.casebook;

/**
 * Who receives something about a client, stored by name in directory entries, referrals and letters. Mirrors
 * {@code templates.RecipientKind} constant for constant (a test keeps them in step); the casebook sits below the
 * templates layer, so it cannot use that enum itself.
 */
public enum RecipientKind {
    /** A service the client deals with herself: what is written goes to her. */
    CLIENT,
    THIRD_SECTOR,
    STATUTORY,
    IMMIGRATION_AUTHORITY;

    /** The word used in files and on the command line, as in templates: {@code third-sector}. */
    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
