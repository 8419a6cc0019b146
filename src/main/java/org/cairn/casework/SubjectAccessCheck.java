package org.cairn.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.letters.check.CheckRequest;
import org.cairn.letters.check.CheckResult;
import org.cairn.letters.check.CheckRule;
import org.cairn.letters.check.Field;
import org.cairn.letters.check.Finding;
import org.cairn.letters.check.Outcome;
import org.cairn.letters.check.OutgoingCheck;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.recipients.ClientRecipient;
import org.cairn.templates.ConsentNeed;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.SensitivityClass;
import org.cairn.templates.TemplateHeader;
import org.cairn.templates.TemplateKind;
import org.cairn.templates.TranslationStatus;

/**
 * Runs the outgoing-document check on a client's copy with her as the recipient, as it runs on every letter: the
 * copy is described as a document that may carry every class of data, and the fields it carries are named as the
 * letters name them (ADR 0040).
 */
final class SubjectAccessCheck {
    private static final Map<String, SensitivityClass> CLIENT_FIELDS = Map.ofEntries(
            Map.entry("address", SensitivityClass.LOCATION), Map.entry("areasToAvoid", SensitivityClass.LOCATION),
            Map.entry("phone", SensitivityClass.CONTACT), Map.entry("email", SensitivityClass.CONTACT),
            Map.entry("safeTimes", SensitivityClass.CONTACT), Map.entry("codeWord", SensitivityClass.CONTACT),
            Map.entry("safeContact", SensitivityClass.CONTACT),
            Map.entry("nationality", SensitivityClass.IMMIGRATION),
            Map.entry("legalNames", SensitivityClass.IDENTITY), Map.entry("dateOfBirth", SensitivityClass.IDENTITY),
            Map.entry("nhsNumber", SensitivityClass.IDENTITY));
    private static final Set<String> IMMIGRATION_CASE_FIELDS = Set.of("immigration", "visaExpiry",
            "homeOfficeReference");

    private SubjectAccessCheck() {
    }

    /**
     * The check as for a letter to her; a copy not sent by post keeps the post rule only as a warning, since a copy
     * handed to her carries no address on an envelope for anyone at home to see.
     */
    static CheckResult check(Casebook casebook, long clientId, List<HeldRecord> released,
            SubjectAccessDelivery delivery) {
        CheckResult result = check(casebook, clientId, released);
        if (delivery == SubjectAccessDelivery.POST) {
            return result;
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            boolean postStop = finding.rule() == CheckRule.POST_NOT_SAFE && finding.outcome().stops();
            findings.add(postStop ? new Finding(CheckRule.POST_NOT_SAFE, Outcome.WARNING, finding.fields(),
                    "hand-over", List.of(), false, null) : finding);
        }
        return new CheckResult(findings);
    }

    static CheckResult check(Casebook casebook, long clientId, List<HeldRecord> released) {
        List<CaseFile> cases = casebook.cases().forClient(clientId);
        Recipient client = ClientRecipient.of(casebook, cases.get(cases.size() - 1).id());
        YesNoUnknown post = casebook.clients().find(clientId).orElseThrow().details().contactSafety().post();
        TemplateHeader header = new TemplateHeader("subject-access-copy", 1, "Subject access copy",
                TemplateKind.LETTER, "en-GB", RecipientKind.CLIENT, ConsentNeed.NONE,
                EnumSet.allOf(SensitivityClass.class), false, "Cairn", LocalDate.now(casebook.clock()),
                TranslationStatus.ORIGINAL);
        CheckRequest request = new CheckRequest(header, fields(released), client, false, post, true,
                casebook.orgProfile().current().accreditation(), null, null);
        return new OutgoingCheck().check(request);
    }

    /** The classed fields the released copy carries; withheld values carry nothing. */
    static List<Field> fields(List<HeldRecord> released) {
        Set<String> seen = new LinkedHashSet<>();
        List<Field> fields = new ArrayList<>();
        for (HeldRecord record : released) {
            if (record.value().equals(HeldRecord.WITHHELD)) {
                continue;
            }
            Optional<SensitivityClass> sensitivity = sensitivity(record);
            String name = record.section() + "." + record.field();
            if (seen.add(name)) {
                fields.add(new Field(name, sensitivity));
            }
        }
        return fields;
    }

    private static Optional<SensitivityClass> sensitivity(HeldRecord record) {
        return switch (record.section()) {
            case "client" -> Optional.ofNullable(CLIENT_FIELDS.get(record.field()));
            case "case" -> IMMIGRATION_CASE_FIELDS.contains(record.field()) ? Optional.of(SensitivityClass.IMMIGRATION)
                    : Optional.empty();
            case "personCausingHarm" -> Optional.of(SensitivityClass.ABUSER_DETAILS);
            // A corrected detail carries the class of the detail: client.address.earlierValue is an address.
            case "rectification" -> record.field().startsWith("client.") && record.field().contains(".")
                    ? Optional.ofNullable(CLIENT_FIELDS.get(record.field().split("\\.")[1])) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
