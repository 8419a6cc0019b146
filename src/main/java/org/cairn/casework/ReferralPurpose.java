package org.cairn.casework;

import java.util.Optional;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.templates.Template;

/** Which recorded consent a referral needs: always one naming the organisation it goes to. */
public final class ReferralPurpose {
    private ReferralPurpose() {
    }

    /** The template's own consent purpose when it names an organisation, else consent to refer to one. */
    public static ConsentPurpose of(Template template) {
        Optional<ConsentPurpose> purpose = template.header().consent().purpose();
        return purpose.filter(ConsentPurpose::namesOrganisation).orElse(ConsentPurpose.REFER_TO_ORGANISATION);
    }
}
