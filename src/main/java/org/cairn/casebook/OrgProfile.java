package org.cairn.casebook;

import java.util.Objects;

/**
 * What letters say about the organisation itself. Optional texts are null when not recorded.
 *
 * @param signature the signature block printed under every letter (several lines allowed), or null
 * @param logo the image bytes as chosen (PNG or JPEG), checked before they are stored; null for no logo
 */
public record OrgProfile(String name, String address, String phone, String email, String charityNumber,
        String oiscNumber, Accreditation accreditation, String advocateTitle, String signature, byte[] logo,
        LetterPaper paper) {
    public OrgProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the organisation needs a name");
        }
        Objects.requireNonNull(accreditation, "accreditation");
        Objects.requireNonNull(paper, "paper");
        logo = logo == null ? null : logo.clone();
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    /** What a new casebook starts with until the organisation fills in its profile. */
    public static OrgProfile unnamed() {
        return new OrgProfile("Our organisation", null, null, null, null, null, Accreditation.NONE, null, null,
                null, LetterPaper.A4);
    }

    public OrgProfile withLogo(byte[] image) {
        return new OrgProfile(name, address, phone, email, charityNumber, oiscNumber, accreditation, advocateTitle,
                signature, image, paper);
    }
}
