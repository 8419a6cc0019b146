package org.cairn.letters.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cairn.casebook.Text;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.SensitivityClass;

/**
 * The outgoing-document check run before every print, save or export. Pure: the caller looks up blocked
 * recipients, consent, the statutory list and the organisation profile first, so every rule can be tested
 * exhaustively without a casebook.
 */
public final class OutgoingCheck {
    private static final String SAY_SOMETHING = " A reason needs at least three letters; spaces and punctuation "
            + "alone are not a reason.";

    public CheckResult check(CheckRequest request) {
        List<Finding> findings = new ArrayList<>();
        RecipientKind kind = kind(request, findings);
        oisc(request, findings);
        oiscWording(request, kind, findings);
        blocked(request, findings);
        resembles(request, findings);
        immigration(request, kind, findings);
        locationOrContact(request, kind, findings);
        consent(request, findings);
        post(request, findings);
        return new CheckResult(findings);
    }

    /**
     * The kind the other rules apply: a typed recipient that matches the statutory list takes the listed kind,
     * unless the advocate gave a reason for the kind chosen.
     */
    private static RecipientKind kind(CheckRequest request, List<Finding> findings) {
        RecipientKind chosen = request.recipient().kind();
        RecipientKind listed = request.facts().listedKind();
        if (listed == null || listed == chosen || request.recipient().isClient()) {
            return chosen;
        }
        String reason = usable(request.more().kind());
        findings.add(new Finding(CheckRule.RECIPIENT_KIND_LISTED,
                reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED, List.of(),
                "This recipient's name matches a body on the organisation's list of statutory bodies ("
                        + listed.token() + "), but it was given another kind. Choose " + listed.token()
                        + ", or say why this recipient is not that body." + hint(request.more().kind()),
                reason));
        return reason == null ? listed : chosen;
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

    private static void oiscWording(CheckRequest request, RecipientKind kind, List<Finding> findings) {
        if (kind != RecipientKind.IMMIGRATION_AUTHORITY || request.facts().oiscPhrases().isEmpty()
                || request.accreditation().mayActInImmigrationMatters() || request.template().requiresOisc()) {
            return;
        }
        findings.add(new Finding(CheckRule.OISC_WORDING, Outcome.UNAVAILABLE, List.of(),
                "This letter goes to the immigration authority and its wording reads as acting for the client in "
                        + "an immigration matter (\"" + String.join("\", \"", request.facts().oiscPhrases())
                        + "\"). The organisation profile records no OISC registration or solicitor supervision, "
                        + "so it cannot be sent. Reword it as information the client can use, or refer her to "
                        + "a regulated adviser.",
                null));
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
                "The client's record names this recipient as someone who must never receive anything about her "
                        + "(her never-contact list or a person causing harm, however the name is spelled). "
                        + "Choose another recipient, or review the list of blocked recipients with the client.",
                null));
    }

    private static void resembles(CheckRequest request, List<Finding> findings) {
        if (request.recipientBlocked() || !request.facts().resemblesBlocked()) {
            return;
        }
        String reason = usable(request.more().differentPerson());
        findings.add(new Finding(CheckRule.RECIPIENT_RESEMBLES_BLOCKED,
                reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED, List.of(),
                "This recipient's name contains every word of a name the client must never be exposed to (her "
                        + "never-contact list or a person causing harm), with a title, initial or other name "
                        + "added. It goes only if you confirm this is someone else and say how you know."
                        + hint(request.more().differentPerson()),
                reason));
    }

    private static void immigration(CheckRequest request, RecipientKind kind, List<Finding> findings) {
        if (!authority(kind)) {
            return;
        }
        List<String> immigration = names(request, f -> f.is(SensitivityClass.IMMIGRATION));
        if (immigration.isEmpty()) {
            return;
        }
        String reason = usable(request.disclosureReason());
        String explanation = (kind == RecipientKind.IMMIGRATION_AUTHORITY ? "This letter goes to the immigration "
                + "authority" : "This letter goes to a statutory body, which may share it with immigration "
                + "enforcement,") + " and it carries the client's immigration details. Confirm that the client "
                + "agreed to this and say why it is needed." + hint(request.disclosureReason());
        findings.add(new Finding(CheckRule.IMMIGRATION_TO_AUTHORITY,
                reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED, immigration, explanation, reason));
    }

    private static void locationOrContact(CheckRequest request, RecipientKind kind, List<Finding> findings) {
        if (!authority(kind)) {
            return;
        }
        List<String> located = names(request, f -> f.is(SensitivityClass.LOCATION) || f.is(SensitivityClass.CONTACT));
        if (located.isEmpty()) {
            return;
        }
        String reason = usable(request.more().contact());
        findings.add(new Finding(CheckRule.LOCATION_OR_CONTACT_TO_AUTHORITY,
                reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED, located,
                "This letter goes to a statutory body and carries where the client is or how to reach her "
                        + "(address, phone, email, safe times or a refuge). A statutory body may pass it on. "
                        + "Confirm that the client agreed and say why it is needed." + hint(request.more().contact()),
                reason));
    }

    private static void consent(CheckRequest request, List<Finding> findings) {
        if (request.template().consent().purpose().isEmpty() || request.consentInForce()) {
            return;
        }
        String reason = usable(request.consentReason());
        findings.add(new Finding(CheckRule.CONSENT_MISSING, reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED,
                List.of(), "This letter needs the client's recorded consent ("
                        + request.template().consent().token() + "), and none is in force today. Record her "
                        + "consent in the case file first, or go ahead only with a reason that will be audited."
                        + hint(request.consentReason()),
                reason));
    }

    /** Post addressed to the client when her record says post is not safe: never, if the letter carries an address. */
    private static void post(CheckRequest request, List<Finding> findings) {
        if (request.recipient().isClient() && request.postSafe() == YesNoUnknown.NO) {
            List<String> address = names(request, f -> f.name().equals("recipient.address")
                    || f.name().equals("client.address"));
            findings.add(address.isEmpty()
                    ? new Finding(CheckRule.POST_NOT_SAFE, Outcome.WARNING, address,
                            "The client's contact-safety record says post is not safe. Hand this letter to her in "
                                    + "person rather than posting it.", null)
                    : new Finding(CheckRule.POST_NOT_SAFE, Outcome.BLOCKED, address,
                            "The client's contact-safety record says post is not safe, and this letter is "
                                    + "addressed for posting to her. Use a template without her address and hand "
                                    + "it to her in person, or update her contact-safety record with her.", null));
        }
    }

    private static boolean authority(RecipientKind kind) {
        return kind == RecipientKind.STATUTORY || kind == RecipientKind.IMMIGRATION_AUTHORITY;
    }

    private static List<String> names(CheckRequest request, Predicate<Field> wanted) {
        return request.fields().stream().filter(wanted).map(Field::name).distinct().toList();
    }

    /** The reason as the audit keeps it, or null when it says nothing (see {@link Text#meaningful}). */
    static String usable(String reason) {
        return Text.meaningful(reason) ? reason.strip() : null;
    }

    /** A word on why a typed reason was not taken, only when something was typed. */
    private static String hint(String reason) {
        return reason != null && !reason.isBlank() && !Text.meaningful(reason) ? SAY_SOMETHING : "";
    }
}
