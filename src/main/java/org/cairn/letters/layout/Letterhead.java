package org.cairn.letters.layout;

import java.util.Arrays;
import java.util.List;

/**
 * The organisation's letterhead. Every text field may be blank; {@code logo} is the raw image file
 * (PNG or JPEG) or null for none.
 */
public record Letterhead(String organisationName, List<String> addressLines, String phone, String email,
                         String charityNumber, byte[] logo) {

    public Letterhead {
        organisationName = organisationName == null ? "" : organisationName;
        addressLines = List.copyOf(addressLines);
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
        charityNumber = charityNumber == null ? "" : charityNumber;
        logo = logo == null ? null : logo.clone();
    }

    public static Letterhead none() {
        return new Letterhead("", List.of(), "", "", "", null);
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    public boolean hasLogo() {
        return logo != null && logo.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Letterhead other
                && organisationName.equals(other.organisationName)
                && addressLines.equals(other.addressLines)
                && phone.equals(other.phone)
                && email.equals(other.email)
                && charityNumber.equals(other.charityNumber)
                && Arrays.equals(logo, other.logo);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(organisationName, addressLines, phone, email, charityNumber)
                * 31 + Arrays.hashCode(logo);
    }

    @Override
    public String toString() {
        return "Letterhead[" + organisationName + ", logo=" + (hasLogo() ? logo.length + " bytes" : "none") + "]";
    }
}
