package org.cairn.letters.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.SensitivityClass;

/**
 * The outgoing-document check run before every print, save or export (PRODUCT.md, "Outgoing documents are
 * checked"). Pure: the caller looks up blocked recipients, consent and the organisation profile first, so every
 * rule can be tested exhaustively without a casebook.
 */
public final class OutgoingCheck {

    public CheckResult check(CheckRequest request) {
        List<Finding> findings = new ArrayList<>();
        oisc(request, findings);
        blocked(request, findings);
        immigration(request, findings);
        consent(request, findings);
        post(request, findings);
        return new CheckResult(findings);
    }

    private static void oisc(CheckRequest request, List<Finding> findings) {
        if (request.template().requiresOisc() && !request.accreditation().mayActInImmigrationMatters()) {
            findings.add(new Finding(CheckRule.OISC_REQUIRED, Outcome.UNAVAILABLE, List.of(),
                    "This letter acts for the client in an immigration matter. In the UK only an organisation "
                            + "registered with the OISC or supervised by a solicitor may send it, and the "
                            + "organisation profile records neither. Refer the client to a regulated adviser, or "
                            + "update the organisation profile if the organisation is registered.",
                    null));
        }
    }

    private static void blocked(CheckRequest request, List<Finding> findings) {
        if (!request.recipientBlocked()) {
            return;
        }
        List<String> located = names(request, f -> f.is(SensitivityClass.LOCATION) || f.is(SensitivityClass.CONTACT));
        if (!located.isEmpty()) {
            findings.add(new Finding(CheckRule.LOCATION_OR_CONTACT_TO_BLOCKED_RECIPIENT, Outcome.BLOCKED, located,
                    "The client's record names this recipient as someone who must never receive anything about "
                            + "her, and this letter carries where she is or how to reach her. It cannot be sent "
                            + "to this recipient.",
                    null));
        }
        findings.add(new Finding(CheckRule.BLOCKED_RECIPIENT, Outcome.BLOCKED, List.of(),
                "The client's record names this recipient as someone who must never receive anything about her. "
                        + "Choose another recipient, or review the list of blocked recipients with the client.",
                null));
    }

    private static void immigration(CheckRequest request, List<Finding> findings) {
        RecipientKind kind = request.recipient().kind();
        if (kind != RecipientKind.STATUTORY && kind != RecipientKind.IMMIGRATION_AUTHORITY) {
            return;
        }
        List<String> immigration = names(request, f -> f.is(SensitivityClass.IMMIGRATION));
        if (immigration.isEmpty()) {
            return;
        }
        String reason = trimmed(request.disclosureReason());
        String explanation = (kind == RecipientKind.IMMIGRATION_AUTHORITY ? "This letter goes to the immigration "
                + "authority" : "This letter goes to a statutory body, which may share it with immigration "
                + "enforcement,") + " and it carries the client's immigration details. Confirm that the client "
                + "agreed to this and say why it is needed.";
        findings.add(new Finding(CheckRule.IMMIGRATION_TO_AUTHORITY,
                reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED, immigration, explanation, reason));
    }

    private static void consent(CheckRequest request, List<Finding> findings) {
        if (request.template().consent().purpose().isEmpty() || request.consentInForce()) {
            return;
        }
        String reason = trimmed(request.consentReason());
        findings.add(new Finding(CheckRule.CONSENT_MISSING, reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED,
                List.of(), "This letter needs the client's recorded consent ("
                        + request.template().consent().token() + "), and none is in force today. Record her "
                        + "consent in the case file first, or go ahead only with a reason that will be audited.",
                reason));
    }

    private static void post(CheckRequest request, List<Finding> findings) {
        if (request.recipient().isClient() && request.postSafe() == YesNoUnknown.NO) {
            List<String> address = names(request, f -> f.name().equals("recipient.address")
                    || f.name().equals("client.address"));
            findings.add(new Finding(CheckRule.POST_NOT_SAFE, Outcome.WARNING, address,
                    "The client's contact-safety record says post is not safe. Hand this letter to her in person "
                            + "rather than posting it.",
                    null));
        }
    }

    private static List<String> names(CheckRequest request, Predicate<Field> wanted) {
        return request.fields().stream().filter(wanted).map(Field::name).distinct().toList();
    }

    private static String trimmed(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
