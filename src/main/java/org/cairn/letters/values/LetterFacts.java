package org.cairn.letters.values;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cairn.casebook.Abuser;
import org.cairn.casebook.AbuseType;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Client;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentEntry;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.ImmigrationDetails;
import org.cairn.casebook.OrgProfile;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.letters.check.Recipient;

/**
 * Builds the value of every placeholder the casebook can answer, for one case, recipient and language. Values the
 * casebook does not hold (a referral's reason, say) are left out, so the filler reports them as missing and the
 * advocate is asked. Dates are written in the letter's language.
 */
public final class LetterFacts {
    private final Casebook casebook;

    public LetterFacts(Casebook casebook) {
        this.casebook = casebook;
    }

    public Map<String, String> values(long caseId, Recipient recipient, Advocate advocate, LocalDate today,
            Locale locale) {
        CaseFile file = casebook.cases().find(caseId)
                .orElseThrow(() -> new IllegalArgumentException("there is no such case"));
        Client client = casebook.clients().find(file.clientId()).orElseThrow();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Map<String, String> values = new HashMap<>();
        put(values, "today", dates.format(today));
        client(values, client.details(), casebook.clients().personal(client.id()), dates);
        kase(values, file, casebook.cases().immigrationDetails(caseId), dates);
        abuser(values, casebook.abusers().forClient(client.id()));
        consent(values, casebook.consents().forClient(client.id()), recipient, dates);
        OrgProfile profile = casebook.orgProfile().current();
        put(values, "advocate.name", advocate.name() != null ? advocate.name() : file.details().advocate());
        put(values, "advocate.title", advocate.title() != null ? advocate.title() : profile.advocateTitle());
        put(values, "advocate.phone", advocate.phone());
        put(values, "advocate.email", advocate.email());
        put(values, "organisation.name", profile.name());
        put(values, "organisation.address", profile.address());
        put(values, "organisation.phone", profile.phone());
        put(values, "organisation.email", profile.email());
        put(values, "organisation.charityNumber", profile.charityNumber());
        put(values, "organisation.oiscNumber", profile.oiscNumber());
        put(values, "recipient.name", recipient.name());
        put(values, "recipient.organisation", recipient.organisation());
        put(values, "recipient.address", recipient.address());
        put(values, "recipient.email", recipient.email());
        return values;
    }

    private static void client(Map<String, String> values, ClientDetails client, PersonalDetails personal,
            DateTimeFormatter dates) {
        put(values, "client.alias", client.alias());
        put(values, "client.legalName", client.legalNames());
        put(values, "client.dateOfBirth", client.dateOfBirth() == null ? null : dates.format(client.dateOfBirth()));
        put(values, "client.languages", client.languages().isEmpty() ? null : String.join(", ", client.languages()));
        put(values, "client.interpreterNeeded", client.interpreterNeeded() ? "yes" : "no");
        if (client.children() != null) {
            put(values, "client.childrenCount", Integer.toString(client.children().count()));
            put(values, "client.childrenAges", client.children().ages().isEmpty() ? null
                    : client.children().ages().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        put(values, "client.nationality", personal.nationality());
        put(values, "client.nhsNumber", personal.nhsNumber());
        put(values, "client.accessNeeds", personal.accessNeeds());
        put(values, "client.areasToAvoid", personal.areasToAvoid());
        put(values, "client.address", personal.address());
        put(values, "client.phone", personal.phone());
        put(values, "client.email", personal.email());
        put(values, "client.safeContact", safeContact(client.contactSafety()));
    }

    private static void kase(Map<String, String> values, CaseFile file, ImmigrationDetails immigration,
            DateTimeFormatter dates) {
        put(values, "case.reference", file.reference().toString());
        put(values, "case.openedOn", dates.format(file.details().openedOn()));
        put(values, "case.riskLevel", words(file.details().risk()));
        put(values, "case.riskAssessedOn", file.details().riskAssessedOn() == null ? null
                : dates.format(file.details().riskAssessedOn()));
        EnumSet<AbuseType> types = file.details().abuseTypes().isEmpty() ? EnumSet.noneOf(AbuseType.class)
                : EnumSet.copyOf(file.details().abuseTypes());
        put(values, "case.abuseTypes", types.stream().map(LetterFacts::words).collect(Collectors.joining(", ")));
        put(values, "case.immigrationCategory", file.details().immigration() == null ? null
                : words(file.details().immigration()));
        put(values, "case.nrpf", file.details().nrpf() == YesNoUnknown.UNKNOWN ? null : words(file.details().nrpf()));
        put(values, "case.visaExpiry", immigration.visaExpiry() == null ? null
                : dates.format(immigration.visaExpiry()));
        put(values, "case.homeOfficeReference", immigration.homeOfficeReference());
    }

    /** The first person recorded as causing harm: letters name one person at most. */
    private static void abuser(Map<String, String> values, List<Abuser> abusers) {
        if (!abusers.isEmpty()) {
            Abuser first = abusers.get(0);
            put(values, "abuser.name", first.name());
            put(values, "abuser.relationship", first.relationship());
            put(values, "abuser.address", first.address());
        }
    }

    /** The date of the latest referral consent given for the recipient's organisation (or the recipient). */
    private static void consent(Map<String, String> values, List<ConsentEntry> ledger, Recipient recipient,
            DateTimeFormatter dates) {
        Optional<LocalDate> given = ledger.stream()
                .filter(e -> e.record().purpose() == ConsentPurpose.REFER_TO_ORGANISATION)
                .filter(e -> e.record().decision() == ConsentDecision.GIVEN)
                .filter(e -> sameName(e.record().organisation(), recipient.organisation())
                        || sameName(e.record().organisation(), recipient.name()))
                .map(e -> e.record().decidedOn()).max(Comparator.naturalOrder());
        given.ifPresent(date -> put(values, "referral.consentDate", dates.format(date)));
    }

    private static boolean sameName(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    private static String safeContact(ContactSafety safety) {
        String joined = java.util.stream.Stream.of(safety.safeContact(), safety.safeTimes())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value);
        }
    }
}
