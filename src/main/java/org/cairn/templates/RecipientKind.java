package org.cairn.templates;

/** Who a filled-in template goes to; the outgoing-document check decides what each may receive. */
public enum RecipientKind {
    CLIENT, THIRD_SECTOR, STATUTORY, IMMIGRATION_AUTHORITY;

    public String token() {
        return Tokens.of(this);
    }
}
