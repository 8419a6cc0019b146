package org.cairn.templates;

import static org.cairn.templates.SensitivityClass.ABUSER_DETAILS;
import static org.cairn.templates.SensitivityClass.CONTACT;
import static org.cairn.templates.SensitivityClass.IDENTITY;
import static org.cairn.templates.SensitivityClass.IMMIGRATION;
import static org.cairn.templates.SensitivityClass.LOCATION;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed set of placeholder names (docs/TEMPLATES.md lists them). Fixed so that an unknown name is caught
 * when a template is checked, and so that every value that can reach a letter has a known sensitivity class.
 */
public final class PlaceholderCatalogue {
    private final Map<String, PlaceholderDefinition> byName;
    private final List<PlaceholderDefinition> ordered;

    public PlaceholderCatalogue(Collection<PlaceholderDefinition> definitions) {
        Map<String, PlaceholderDefinition> map = new LinkedHashMap<>();
        for (PlaceholderDefinition definition : definitions) {
            if (map.put(definition.name(), definition) != null) {
                throw new IllegalArgumentException("placeholder defined twice: " + definition.name());
            }
        }
        this.byName = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    public Optional<PlaceholderDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every definition, in catalogue order. */
    public List<PlaceholderDefinition> all() {
        return ordered;
    }

    /** The catalogue Cairn ships. */
    public static PlaceholderCatalogue standard() {
        return new PlaceholderCatalogue(List.of(
                plain("today", "the date the document is made"),
                plain("client.alias", "the name the client chose to be known by in the casebook"),
                of("client.legalName", IDENTITY, "the client's full legal name"),
                of("client.dateOfBirth", IDENTITY, "the client's date of birth"),
                of("client.nationality", IDENTITY, "the client's nationality"),
                of("client.nhsNumber", IDENTITY, "the client's NHS number"),
                plain("client.languages", "the languages the client speaks, in her order of preference"),
                plain("client.interpreterNeeded", "whether the client needs an interpreter (yes or no)"),
                plain("client.accessNeeds", "disability or access needs the client wants the recipient to know"),
                plain("client.childrenCount", "how many children the client has"),
                plain("client.childrenAges", "the ages of the client's children"),
                of("client.address", LOCATION, "the client's current postal address (home, refuge or safe address)"),
                of("client.areasToAvoid", LOCATION, "areas the client must not be placed in or sent to"),
                of("client.phone", CONTACT, "a phone number that is safe to use for the client"),
                of("client.email", CONTACT, "an email address that is safe to use for the client"),
                of("client.safeContact", CONTACT, "safe times and ways to contact the client"),
                plain("case.reference", "the case reference, such as C-2026-0042"),
                plain("case.openedOn", "the date the case was opened"),
                plain("case.riskLevel", "the current risk level: standard, medium or high"),
                plain("case.riskAssessedOn", "the date of the latest risk assessment"),
                plain("case.abuseTypes", "the kinds of abuse recorded, such as physical or economic"),
                of("case.immigrationCategory", IMMIGRATION, "the client's immigration situation, in broad terms"),
                of("case.nrpf", IMMIGRATION, "whether the client has no recourse to public funds"),
                of("case.visaExpiry", IMMIGRATION, "when the client's current permission to stay ends"),
                of("case.homeOfficeReference", IMMIGRATION, "the client's Home Office reference number"),
                of("abuser.name", ABUSER_DETAILS, "the name of the person causing harm"),
                of("abuser.relationship", ABUSER_DETAILS, "how that person is related to the client"),
                of("abuser.address", ABUSER_DETAILS, "where that person lives or is known to go"),
                plain("referral.reason", "why the advocate is making this referral, in the advocate's words"),
                plain("referral.urgency", "how urgent the referral is"),
                plain("referral.consentDate", "the date the client agreed to this referral"),
                plain("advocate.name", "the advocate's name"),
                plain("advocate.title", "the advocate's job title"),
                plain("advocate.phone", "the advocate's work phone number"),
                plain("advocate.email", "the advocate's work email address"),
                plain("organisation.name", "the organisation's name"),
                plain("organisation.address", "the organisation's public postal address"),
                plain("organisation.phone", "the organisation's public phone number"),
                plain("organisation.email", "the organisation's public email address"),
                plain("organisation.charityNumber", "the organisation's registered charity number"),
                plain("organisation.oiscNumber", "the organisation's OISC registration number"),
                plain("recipient.name", "the name of the person or organisation the document goes to"),
                plain("recipient.organisation", "the organisation the recipient works for"),
                plain("recipient.address", "the recipient's postal address"),
                plain("recipient.email", "the recipient's email address")));
    }

    private static PlaceholderDefinition plain(String name, String description) {
        return new PlaceholderDefinition(name, Optional.empty(), description);
    }

    private static PlaceholderDefinition of(String name, SensitivityClass sensitivity, String description) {
        return new PlaceholderDefinition(name, Optional.of(sensitivity), description);
    }
}
