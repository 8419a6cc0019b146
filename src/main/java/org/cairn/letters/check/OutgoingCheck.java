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
                reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED, List.of(), "", List.of(listed.token()),
                tooShort(request.more().kind()), reason));
        return reason == null ? listed : chosen;
    }

    private static void oisc(CheckRequest request, List<Finding> findings) {
        if (request.template().requiresOisc() && !request.accreditation().mayActInImmigrationMatters()) {
            findings.add(Finding.of(CheckRule.OISC_REQUIRED, Outcome.UNAVAILABLE, List.of()));
        }
    }

    private static void oiscWording(CheckRequest request, RecipientKind kind, List<Finding> findings) {
        if (kind != RecipientKind.IMMIGRATION_AUTHORITY || request.facts().oiscPhrases().isEmpty()
                || request.accreditation().mayActInImmigrationMatters() || request.template().requiresOisc()) {
            return;
        }
        // The phrases are the template's own words, never a case value.
        findings.add(new Finding(CheckRule.OISC_WORDING, Outcome.UNAVAILABLE, List.of(), "",
                List.of(String.join("\u201d, \u201c", request.facts().oiscPhrases())), false, null));
    }

    private static void blocked(CheckRequest request, List<Finding> findings) {
        if (!request.recipientBlocked()) {
            return;
        }
        List<String> located = names(request, f -> f.is(SensitivityClass.LOCATION) || f.is(SensitivityClass.CONTACT));
        if (!located.isEmpty()) {
            findings.add(Finding.of(CheckRule.LOCATION_OR_CONTACT_TO_BLOCKED_RECIPIENT, Outcome.BLOCKED, located));
        }
        findings.add(Finding.of(CheckRule.BLOCKED_RECIPIENT, Outcome.BLOCKED, List.of()));
    }

    private static void resembles(CheckRequest request, List<Finding> findings) {
        if (request.recipientBlocked() || !request.facts().resemblesBlocked()) {
            return;
        }
        String reason = usable(request.more().differentPerson());
        findings.add(new Finding(CheckRule.RECIPIENT_RESEMBLES_BLOCKED,
                reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED, List.of(), "", List.of(),
                tooShort(request.more().differentPerson()), reason));
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
        String variant = kind == RecipientKind.IMMIGRATION_AUTHORITY ? "immigration-authority" : "statutory";
        findings.add(new Finding(CheckRule.IMMIGRATION_TO_AUTHORITY,
                reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED, immigration, variant, List.of(),
                tooShort(request.disclosureReason()), reason));
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
                reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED, located, "", List.of(),
                tooShort(request.more().contact()), reason));
    }

    private static void consent(CheckRequest request, List<Finding> findings) {
        if (request.template().consent().purpose().isEmpty() || request.consentInForce()) {
            return;
        }
        String reason = usable(request.consentReason());
        findings.add(new Finding(CheckRule.CONSENT_MISSING, reason == null ? Outcome.NEEDS_REASON : Outcome.CONFIRMED,
                List.of(), "", List.of(request.template().consent().token()), tooShort(request.consentReason()),
                reason));
    }

    /** Post addressed to the client when her record says post is not safe: never, if the letter carries an address. */
    private static void post(CheckRequest request, List<Finding> findings) {
        if (request.recipient().isClient() && request.postSafe() == YesNoUnknown.NO) {
            List<String> address = names(request, f -> f.name().equals("recipient.address")
                    || f.name().equals("client.address"));
            findings.add(address.isEmpty()
                    ? new Finding(CheckRule.POST_NOT_SAFE, Outcome.WARNING, address, "hand-over", List.of(), false, null)
                    : new Finding(CheckRule.POST_NOT_SAFE, Outcome.BLOCKED, address, "addressed", List.of(), false,
                            null));
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
    /** A reason was typed but is not one (no three letters): the words then say what a reason needs. */
    private static boolean tooShort(String reason) {
        return reason != null && !reason.isBlank() && !Text.meaningful(reason);
    }
}
