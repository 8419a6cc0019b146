package org.cairn.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cairn.casebook.Accreditation;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.Client;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.LetterDisposition;
import org.cairn.casebook.LetterPaper;
import org.cairn.casebook.OrgProfile;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.letters.check.CheckRule;
import org.cairn.letters.check.Finding;
import org.cairn.letters.check.Outcome;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.layout.Letterhead;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.letters.values.Advocate;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateParser;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterMakerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final LetterPdf PDF = new LetterPdf(FontCatalogue.bundledOnly());
    private static final Recipient GP = new Recipient("Dr Lee", RecipientKind.STATUTORY, null, "Hill Surgery",
            "2 Hill Road\nLeeds", null);
    private static final Advocate ADVOCATE = new Advocate("Sam Advocate", null, null, null);

    @TempDir
    Path dir;
    private Vault vault;
    private Casebook casebook;
    private Client client;
    private CaseFile caseFile;
    private LetterMaker maker;

    @BeforeEach
    void setUp() {
        vault = TestVaults.create(dir).vault();
        casebook = Casebook.open(vault, CLOCK, "advocate.one");
        client = casebook.clients().create(new ClientDetails("Amira", "Amira Example", LocalDate.of(1990, 5, 4),
                List.of("Arabic", "English"), true, ContactSafety.unknown(), null));
        caseFile = casebook.cases().open(client.id(), CaseDetails.opened(LocalDate.of(2026, 3, 1), "Sam Advocate"));
        casebook.orgProfile().save(new OrgProfile("Safe Harbour", "1 Quay Street\nLeeds LS1 1AA", "0113 496 0000",
                null, "1234567", null, Accreditation.NONE, "Outreach advocate", null, null, LetterPaper.A4));
        maker = new LetterMaker(casebook, PDF::render, CLOCK);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void aGpLetterWithConsentIsFilledCheckedRenderedKeptAndAudited() throws IOException {
        giveConsent(ConsentPurpose.SHARE_WITH_ORGANISATION, "Hill Surgery");
        LetterDraft draft = maker.prepare(request(template("letter-gp-registration"), GP));

        assertThat(draft.missing()).isEmpty();
        assertThat(draft.check().findings()).isEmpty();
        assertThat(draft.ready()).isTrue();
        var layout = draft.layout().orElseThrow();
        assertThat(layout.subject()).isEqualTo("Registering Amira Example as a patient");
        assertThat(layout.recipientLines()).containsExactly("Dr Lee", "Hill Surgery", "2 Hill Road", "Leeds");
        assertThat(layout.dateText()).isEqualTo("25 November 2026");
        assertThat(layout.reference()).isEqualTo(caseFile.reference().toString());
        assertThat(layout.signatureLines()).containsExactly("Sam Advocate", "Outreach advocate", "Safe Harbour");
        assertThat(layout.title()).isEqualTo("Letter");

        FinishedLetter finished = maker.finish(draft, LetterDisposition.PRINTED);

        assertThat(text(finished.pdf())).contains(squeezed("Amira Example"), squeezed("Arabic, English"),
                squeezed("Safe Harbour"));
        assertThat(casebook.letters().pdf(finished.kept().id())).hasValueSatisfying(
                stored -> assertThat(stored).isEqualTo(finished.pdf()));
        assertThat(casebook.audit().forSubject(caseFile.reference() + " letter:" + finished.kept().id()))
                .extracting(AuditEntry::action).containsExactly(AuditAction.LETTER_KEPT, AuditAction.LETTER_PRINTED);
    }

    @Test
    void withoutConsentTheLetterNeedsAReasonAndTheOverrideIsAuditedWithIt() {
        LetterDraft stopped = maker.prepare(request(template("letter-gp-registration"), GP));
        assertThat(stopped.check().stopping()).extracting(Finding::rule).containsExactly(CheckRule.CONSENT_MISSING);
        assertThatThrownBy(() -> maker.finish(stopped, LetterDisposition.KEPT))
                .isInstanceOfSatisfying(LetterRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(LetterRefusedException.Reason.CHECK_STOPS);
                    assertThat(refused.codes()).containsExactly("consent-missing");
                    assertThat(refused.getMessage()).isEqualTo("CHECK_STOPS consent-missing");
                });
        assertThat(casebook.letters().forCase(caseFile.id())).isEmpty();

        LetterDraft overridden = maker.prepare(request(template("letter-gp-registration"), GP)
                .withReasons(null, "She agreed in person today; recording it next"));
        FinishedLetter finished = maker.finish(overridden, LetterDisposition.SAVED);

        assertThat(casebook.audit().forSubject(caseFile.reference() + " letter:" + finished.kept().id()))
                .extracting(AuditEntry::action, AuditEntry::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.LETTER_KEPT, null),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.LETTER_SAVED, null),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.CONSENT_OVERRIDE,
                                "She agreed in person today; recording it next"));
    }

    @Test
    void missingValuesAreNamedAndTheLetterCannotBeFinishedUntilTyped() {
        casebook.clients().update(client.id(), ClientDetails.withAlias("Amira"));
        giveConsent(ConsentPurpose.SHARE_WITH_ORGANISATION, "Hill Surgery");
        LetterRequest request = request(template("letter-nhs-charging-exemption"), GP);

        LetterDraft draft = maker.prepare(request);
        assertThat(draft.missing()).containsExactly("client.legalName", "client.dateOfBirth");
        assertThat(draft.layout()).isEmpty();
        assertThatThrownBy(() -> maker.finish(draft, LetterDisposition.KEPT))
                .isInstanceOfSatisfying(LetterRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(LetterRefusedException.Reason.VALUES_MISSING);
                    assertThat(refused.codes()).containsExactly("client.legalName", "client.dateOfBirth");
                });
        assertThatThrownBy(() -> maker.preview(draft)).isInstanceOfSatisfying(LetterRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(LetterRefusedException.Reason.VALUES_MISSING));

        LetterDraft typed = maker.prepare(request.withTypedValues(Map.of("client.legalName", "A. Example",
                "client.dateOfBirth", "4 May 1990")));
        assertThat(typed.ready()).isTrue();
    }

    @Test
    void typedValuesThatLookLikeMarkupOrPlaceholdersReachThePdfLiterally() throws IOException {
        giveConsent(ConsentPurpose.SHARE_WITH_ORGANISATION, "Hill Surgery");
        String hostile = "**x** {{case.reference}} # h <script>";
        // Typed values only fill gaps, so the casebook must not hold a legal name for this one.
        ClientDetails held = casebook.clients().find(client.id()).orElseThrow().details();
        casebook.clients().update(client.id(), new ClientDetails(held.alias(), null, held.dateOfBirth(),
                held.languages(), held.interpreterNeeded(), held.contactSafety(), held.children()));
        LetterDraft draft = maker.prepare(request(template("letter-gp-registration"), GP)
                .withTypedValues(Map.of("client.legalName", hostile)));

        String text = text(maker.finish(draft, LetterDisposition.KEPT).pdf());
        assertThat(text).contains(squeezed(hostile));
    }

    @Test
    void typedValuesNeverReplaceWhatTheCasebookOrTheRecipientSays() throws IOException {
        giveConsent(ConsentPurpose.SHARE_WITH_ORGANISATION, "Hill Surgery");
        LetterDraft draft = maker.prepare(request(template("letter-gp-registration"), GP)
                .withTypedValues(Map.of("client.legalName", "Someone Else", "recipient.name", "Another Person")));

        String text = text(maker.finish(draft, LetterDisposition.KEPT).pdf());
        assertThat(text).contains(squeezed("Amira Example")).doesNotContain(squeezed("Someone Else"))
                .doesNotContain(squeezed("Another Person"));
    }

    @Test
    void aRecipientNamedAsBlockedNeverReceivesTheLetterAndNothingIsKept() {
        giveConsent(ConsentPurpose.SHARE_WITH_ORGANISATION, "Hill Surgery");
        casebook.blockedRecipients().add(client.id(), null, "  hill SURGERY ", "his cousin works there");

        LetterDraft draft = maker.prepare(request(template("letter-gp-registration"), GP)
                .withReasons("any", "any"));

        assertThat(draft.check().stopping()).extracting(Finding::rule).contains(CheckRule.BLOCKED_RECIPIENT);
        assertThatThrownBy(() -> maker.finish(draft, LetterDisposition.PRINTED))
                .isInstanceOf(LetterRefusedException.class);
        assertThat(casebook.letters().forCase(caseFile.id())).isEmpty();
    }

    @Test
    void immigrationDetailsToAStatutoryBodyNeedAReasonNamingTheFieldsAndAreAuditedAsADisclosureOverride() {
        Template nrpf = parse("""
                cairn-template: 1
                id: letter-test-nrpf
                version: 1
                title: Test
                kind: letter
                language: en-GB
                recipient: statutory
                consent: none
                sensitive: immigration
                requires-oisc: no
                source: Test in our own words
                last-checked: 2026-11-25
                translation: original
                ---

                No recourse to public funds: {{case.nrpf}}. Category: {{case.immigrationCategory}}.
                """);
        casebook.cases().update(caseFile.id(), new CaseDetails(LocalDate.of(2026, 3, 1), null,
                caseFile.details().status(), "Sam Advocate", java.util.Set.of(), caseFile.details().risk(), null,
                org.cairn.casebook.ImmigrationCategory.SPOUSE_OR_PARTNER_VISA, YesNoUnknown.YES,
                caseFile.details().evidenceGaps()));

        LetterDraft draft = maker.prepare(request(nrpf, GP));
        assertThat(draft.check().stopping()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(CheckRule.IMMIGRATION_TO_AUTHORITY);
            assertThat(f.outcome()).isEqualTo(Outcome.NEEDS_REASON);
            assertThat(f.fields()).containsExactly("case.nrpf", "case.immigrationCategory");
        });

        FinishedLetter finished = maker.finish(maker.prepare(request(nrpf, GP).withReasons("Needed for her "
                + "fee exemption", null)), LetterDisposition.KEPT);
        assertThat(casebook.audit().forSubject(caseFile.reference() + " letter:" + finished.kept().id()))
                .filteredOn(e -> e.action() == AuditAction.DISCLOSURE_OVERRIDE).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(
                        "Needed for her fee exemption [fields: case.nrpf, case.immigrationCategory]"));
    }

    @Test
    void anOiscTemplateIsUnavailableUntilTheProfileDeclaresRegistration() {
        Template oisc = parse("""
                cairn-template: 1
                id: letter-test-oisc
                version: 1
                title: Test
                kind: letter
                language: en-GB
                recipient: immigration-authority
                consent: none
                sensitive: none
                requires-oisc: yes
                source: Test in our own words
                last-checked: 2026-11-25
                translation: original
                ---

                We act for {{client.alias}}.
                """);
        Recipient homeOffice = new Recipient("Home Office", RecipientKind.IMMIGRATION_AUTHORITY, null, null, null,
                null);
        assertThat(maker.prepare(request(oisc, homeOffice)).check().stopping()).extracting(Finding::outcome)
                .containsExactly(Outcome.UNAVAILABLE);

        OrgProfile profile = casebook.orgProfile().current();
        casebook.orgProfile().save(new OrgProfile(profile.name(), null, null, null, null, "F2026", Accreditation
                .OISC_LEVEL_2, null, null, null, LetterPaper.US_LETTER));
        LetterDraft draft = maker.prepare(request(oisc, homeOffice));
        assertThat(draft.ready()).isTrue();
        assertThat(draft.layout().orElseThrow().paperSize()).isEqualTo(org.cairn.letters.layout.PaperSize.US_LETTER);
    }

    @Test
    void aLetterAddressedToTheClientIsRefusedWhenHerRecordSaysPostIsNotSafe() {
        casebook.clients().update(client.id(), new ClientDetails("Amira", null, null, List.of(), false,
                new ContactSafety(YesNoUnknown.YES, YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.NO, null, null,
                        null), null));
        casebook.clients().updatePersonal(client.id(), new PersonalDetails(null, null, null, null, "Flat 9\nLeeds",
                null, null));
        Recipient her = new Recipient("Amira", RecipientKind.CLIENT, null, null, "Flat 9\nLeeds", null);

        LetterDraft draft = maker.prepare(request(template("letter-info-mvdac"), her));

        assertThat(draft.ready()).isFalse();
        assertThat(draft.check().findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(CheckRule.POST_NOT_SAFE);
            assertThat(f.outcome()).isEqualTo(org.cairn.letters.check.Outcome.BLOCKED);
            assertThat(f.fields()).containsExactly("recipient.address");
        });
    }

    @Test
    void theSubjectAccessRequestIsInTheClientsVoiceWithoutLetterheadOrAdvocateSignature() {
        Recipient police = new Recipient("Data Protection Officer", RecipientKind.STATUTORY, null, "Police", null,
                null);
        LetterDraft draft = maker.prepare(request(template("letter-from-client-subject-access"), police));

        var layout = draft.layout().orElseThrow();
        assertThat(layout.letterhead()).isEqualTo(Letterhead.none());
        assertThat(layout.reference()).isEmpty();
        assertThat(layout.signatureLines()).containsExactly("Amira Example");
        assertThat(draft.ready()).isTrue();
    }

    @Test
    void translatedLettersUseTheirLanguageForDatesAndPageNumbers() {
        Recipient her = new Recipient("Amira", RecipientKind.CLIENT, null, null, null, null);
        var spanish = maker.prepare(request(template("letter-info-mvdac-es"), her)).layout().orElseThrow();
        var bengali = maker.prepare(request(template("letter-info-mvdac-bn"), her)).layout().orElseThrow();

        assertThat(spanish.dateText()).isEqualTo("25 de noviembre de 2026");
        assertThat(spanish.pageLabels().format(1, 2)).isEqualTo("Página 1 de 2");
        assertThat(spanish.languageTag()).isEqualTo("es");
        assertThat(bengali.pageLabels().format(1, 2)).isEqualTo("1 / 2");
        assertThat(bengali.subject()).startsWith("আপনার জন্য তথ্য");
        var tamil = maker.prepare(request(template("letter-info-mvdac-ta"), her)).layout().orElseThrow();
        var tigrinya = maker.prepare(request(template("letter-info-mvdac-ti"), her)).layout().orElseThrow();
        assertThat(tamil.pageLabels().format(1, 2)).isEqualTo("பக்கம் 1 / 2");
        assertThat(tigrinya.pageLabels().format(1, 2)).isEqualTo("ገጽ 1 ካብ 2");
    }

    @Test
    void everyTranslatedLetterRendersWithThisMachinesFontsIncludingPunctuationAfterALatinName() {
        FontCatalogue system = FontCatalogue.system();
        org.junit.jupiter.api.Assumptions.assumeTrue(system.availableScripts().containsAll(java.util.EnumSet.of(
                org.cairn.letters.pdf.LetterScript.ARABIC, org.cairn.letters.pdf.LetterScript.BENGALI,
                org.cairn.letters.pdf.LetterScript.GURMUKHI, org.cairn.letters.pdf.LetterScript.TAMIL,
                org.cairn.letters.pdf.LetterScript.ETHIOPIC, org.cairn.letters.pdf.LetterScript.HAN)),
                "Arabic, Bengali, Gurmukhi, Tamil and Ethiopic fonts (fonts-noto-core) and a Chinese font "
                + "(fonts-wqy-microhei) are installed");
        LetterPdf pdf = new LetterPdf(system);
        LetterMaker withSystemFonts = new LetterMaker(casebook, pdf::render, CLOCK);
        Recipient her = new Recipient("Amira", RecipientKind.CLIENT, null, null, null, null);
        // The English letters render in the tests above; here every translation, in every script.
        for (Template letter : LetterTemplates.builtIn().all().stream()
                .filter(t -> !t.header().language().equals("en-GB")).toList()) {
            Recipient to = letter.header().recipient() == RecipientKind.CLIENT ? her : GP;
            LetterDraft draft = withSystemFonts.prepare(request(letter, to).withTypedValues(Map.of(
                    "referral.reason", "r", "referral.urgency", "u", "referral.consentDate", "d", "case.abuseTypes", "a")));
            assertThat(withSystemFonts.preview(draft)).as(letter.header().id()).startsWith("%PDF".getBytes());
        }
    }

    private void giveConsent(ConsentPurpose purpose, String organisation) {
        casebook.consents().record(client.id(), new ConsentRecord(purpose, organisation, ConsentDecision.GIVEN,
                LocalDate.of(2026, 11, 1), ConsentMethod.VERBAL, null));
    }

    private LetterRequest request(Template template, Recipient recipient) {
        return new LetterRequest(caseFile.id(), template, recipient, ADVOCATE, Map.of(), null, null);
    }

    private static Template template(String id) {
        return new BuiltInTemplates(TemplateParser.standard()).all().stream()
                .filter(t -> t.header().id().equals(id)).findFirst().orElseThrow();
    }

    private static Template parse(String text) {
        return TemplateParser.standard().parse(text).template().orElseThrow();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return squeezed(new PDFTextStripper().getText(document));
        }
    }

    /** Text extraction spaces out individually placed glyphs, so compare text with all white space removed. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
