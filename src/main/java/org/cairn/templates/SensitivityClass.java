package org.cairn.templates;

/** The classes of sensitive field (PRODUCT.md, "Outgoing documents are checked"). */
public enum SensitivityClass {
    LOCATION, CONTACT, IMMIGRATION, IDENTITY, ABUSER_DETAILS;

    public String token() {
        return Tokens.of(this);
    }
}
