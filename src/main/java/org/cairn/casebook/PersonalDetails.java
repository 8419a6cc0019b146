package org.cairn.casebook;

/**
 * A client's identity and contact details, kept apart from {@link ClientDetails} because every one of them is
 * sensitive in an outgoing document (the letters check classes them). Each value is null when not recorded.
 */
public record PersonalDetails(String nationality, String nhsNumber, String accessNeeds, String areasToAvoid,
        String address, String phone, String email) {
    public PersonalDetails {
        nationality = Text.blankToNull(nationality);
        nhsNumber = Text.blankToNull(nhsNumber);
        accessNeeds = Text.blankToNull(accessNeeds);
        areasToAvoid = Text.blankToNull(areasToAvoid);
        address = Text.blankToNull(address);
        phone = Text.blankToNull(phone);
        email = Text.blankToNull(email);
    }

    public static PersonalDetails none() {
        return new PersonalDetails(null, null, null, null, null, null, null);
    }
}
