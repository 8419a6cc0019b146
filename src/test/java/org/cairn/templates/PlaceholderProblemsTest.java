package org.cairn.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholderProblemsTest {
    private static final String HEAD = Samples.LETTER.substring(0, Samples.LETTER.indexOf("# Dear"));

    @Test
    void aLetterBodyIsKeptAsWrittenWithoutTheBlankLinesAroundIt() {
        MarkdownBody body = (MarkdownBody) Problems.valid(HEAD + "\n\nLine one  \n\n   Line two\n\n\n").body();
        assertThat(body.text()).isEqualTo("Line one  \n\n   Line two");
    }

    @Test
    void unknownAndMalformedPlaceholdersAreReportedWithTheirColumn() {
        String text = HEAD + """
                Dear {{recipient.nmae}}, about {{ client.alias }} and {{}}.
                {{#client.alias}}Hello{{/client.alias}} {{{client.alias}}} {{Client Alias}}
                The end {{case.reference
                """;
        assertThat(Problems.printed(text)).isEqualTo("""
                16:6: Unknown placeholder {{recipient.nmae}}. Did you mean recipient.name? docs/TEMPLATES.md lists \
                every placeholder.
                16:55: This placeholder is empty. Write a name between the braces, such as {{client.alias}}, or \
                delete it.
                17:1: Templates have no logic: sections, conditions, loops, comments and partials ({{#…}}, {{^…}}, \
                {{/…}}, {{!…}}, {{>…}}) are not supported. Write the text plainly and use {{name}} only for values.
                17:23: Templates have no logic: sections, conditions, loops, comments and partials ({{#…}}, {{^…}}, \
                {{/…}}, {{!…}}, {{>…}}) are not supported. Write the text plainly and use {{name}} only for values.
                17:41: Triple braces are not supported: values are always inserted as plain text. Write {{name}} \
                with two braces.
                17:60: 'Client Alias' is not a placeholder name. Names look like client.alias: letters and digits, \
                parts joined by dots.
                18:9: This {{ is never closed on this line. Write placeholders as {{name}} on one line.""");
    }

    @Test
    void aPlaceholderWhoseClassIsNotDeclaredIsRefusedAtEachUse() {
        String text = HEAD + "Address: {{client.address}}\nStatus: {{case.immigrationCategory}} {{client.phone}}\n";
        assertThat(Problems.printed(text)).isEqualTo("""
                16:10: {{client.address}} carries location details, but the header does not declare them. Add \
                location to the sensitive line, or remove the placeholder.
                17:9: {{case.immigrationCategory}} carries immigration details, but the header does not declare \
                them. Add immigration to the sensitive line, or remove the placeholder.""");
        assertThat(Problems.of(text.replace("sensitive: contact", "sensitive: location, contact, immigration")))
                .isEmpty();
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertThat(Problems.printed(HEAD + "   \n\n")).isEqualTo("15:1: The body is empty. Write the text of the "
                + "referral or letter below the --- line.");
    }

    @Test
    void aLetterToAnImmigrationAuthorityNeedsOiscAndAReferralNeedsConsent() {
        String toHomeOffice = Samples.LETTER.replace("recipient: third-sector", "recipient: immigration-authority");
        assertThat(Problems.printed(toHomeOffice)).startsWith("10:1: A letter to an immigration authority acts for "
                + "the client in an immigration matter");
        assertThat(Problems.of(toHomeOffice.replace("requires-oisc: no", "requires-oisc: yes"))).isEmpty();
        String referral = Samples.LETTER.replace("kind: letter", "kind: referral")
                .replace("consent: share-with-organisation", "consent: none");
        assertThat(Problems.printed(referral)).startsWith("8:1: A referral passes the client's details to another "
                + "organisation, so it needs her consent.");
    }

    @Test
    void theCatalogueHasTheClassesTheLettersIssueChecks() {
        PlaceholderCatalogue catalogue = PlaceholderCatalogue.standard();
        assertThat(catalogue.find("client.address").orElseThrow().sensitivity()).contains(SensitivityClass.LOCATION);
        assertThat(catalogue.find("client.phone").orElseThrow().sensitivity()).contains(SensitivityClass.CONTACT);
        assertThat(catalogue.find("case.immigrationCategory").orElseThrow().sensitivity())
                .contains(SensitivityClass.IMMIGRATION);
        assertThat(catalogue.find("client.dateOfBirth").orElseThrow().sensitivity())
                .contains(SensitivityClass.IDENTITY);
        assertThat(catalogue.find("abuser.name").orElseThrow().sensitivity())
                .contains(SensitivityClass.ABUSER_DETAILS);
        assertThat(catalogue.find("client.alias").orElseThrow().sensitivity()).isEmpty();
        assertThat(catalogue.find("client.codeWord")).as("the code word never leaves the casebook").isEmpty();
    }
}
