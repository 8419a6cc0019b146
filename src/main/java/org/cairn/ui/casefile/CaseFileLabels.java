package org.cairn.ui.casefile;

import java.util.Objects;
import org.cairn.casebook.AbuseType;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ImmigrationCategory;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.ui.common.Messages;

/** Words for the values chosen in the case-file forms. */
final class CaseFileLabels {
    private final Messages messages;

    CaseFileLabels(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    String answer(YesNoUnknown value) {
        return switch (value) {
            case YES -> messages.get("common.yes");
            case NO -> messages.get("common.no");
            case UNKNOWN -> messages.get("common.unknown");
        };
    }

    String abuse(AbuseType type) {
        return switch (type) {
            case PHYSICAL -> messages.get("case.abuse.physical");
            case SEXUAL -> messages.get("case.abuse.sexual");
            case EMOTIONAL -> messages.get("case.abuse.emotional");
            case COERCIVE_CONTROL -> messages.get("case.abuse.coerciveControl");
            case ECONOMIC -> messages.get("case.abuse.economic");
            case HONOUR_BASED -> messages.get("case.abuse.honourBased");
            case FORCED_MARRIAGE -> messages.get("case.abuse.forcedMarriage");
            case FGM -> messages.get("case.abuse.fgm");
            case STALKING -> messages.get("case.abuse.stalking");
            case TRAFFICKING_OR_EXPLOITATION -> messages.get("case.abuse.trafficking");
        };
    }

    String immigration(ImmigrationCategory category) {
        return switch (category) {
            case SPOUSE_OR_PARTNER_VISA -> messages.get("case.immigration.spouseVisa");
            case WORK_OR_STUDY_DEPENDANT -> messages.get("case.immigration.dependant");
            case EU_SETTLED_OR_PRESETTLED -> messages.get("case.immigration.euSettled");
            case ASYLUM_SEEKER -> messages.get("case.immigration.asylumSeeker");
            case REFUGEE -> messages.get("case.immigration.refugee");
            case UNDOCUMENTED -> messages.get("case.immigration.undocumented");
            case BRITISH_OR_SETTLED -> messages.get("case.immigration.settled");
            case OTHER -> messages.get("case.immigration.other");
            case UNKNOWN -> messages.get("case.immigration.unknown");
        };
    }

    String purpose(ConsentPurpose purpose) {
        return switch (purpose) {
            case KEEP_RECORDS -> messages.get("casefile.consent.purpose.keepRecords");
            case REFER_TO_ORGANISATION -> messages.get("casefile.consent.purpose.refer");
            case SHARE_WITH_ORGANISATION -> messages.get("casefile.consent.purpose.share");
            case COUNT_IN_STATISTICS -> messages.get("casefile.consent.purpose.count");
        };
    }

    String method(ConsentMethod method) {
        return switch (method) {
            case VERBAL -> messages.get("casefile.consent.method.verbal");
            case WRITTEN -> messages.get("casefile.consent.method.written");
        };
    }

    String decision(ConsentDecision decision) {
        return switch (decision) {
            case GIVEN -> messages.get("casefile.consent.given");
            case WITHDRAWN -> messages.get("casefile.consent.withdrawn");
        };
    }

    String gap(CaseDetailsForm.Gap gap) {
        return switch (gap) {
            case FEARED_REPORTING -> messages.get("case.gap.fearedReporting");
            case REPORTED_TO_POLICE -> messages.get("case.gap.reportedToPolice");
            case POLICE_SHARED -> messages.get("case.gap.policeShared");
            case THIRD_PARTY_REPORTING -> messages.get("case.gap.thirdParty");
            case GP_REFUSED -> messages.get("case.gap.gpRefused");
            case NHS_CHARGED -> messages.get("case.gap.nhsCharged");
        };
    }
}
