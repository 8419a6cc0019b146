package org.cairn.templates;

/** The classes of sensitive field (docs/LETTERS.md). */
public enum SensitivityClass {
    LOCATION, CONTACT, IMMIGRATION, IDENTITY, ABUSER_DETAILS;

    public String token() {
        return Tokens.of(this);
    }
}
