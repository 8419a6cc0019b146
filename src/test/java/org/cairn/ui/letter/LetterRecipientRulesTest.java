package org.cairn.ui.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ContactSafety;
import org.cairn.casebook.PersonalDetails;
import org.cairn.casebook.YesNoUnknown;
import org.cairn.letters.LetterTemplates;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateLibrary;
import org.cairn.templates.TemplateParser;
import org.cairn.templates.TemplateSource;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules that compare recipients by who they are, as the letter screen asks for them. */
class LetterRecipientRulesTest {
    private static final LetterPdf PDF = new LetterPdf(FontCatalogue.bundledOnly());

    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private Session session;
    private CaseSummary summary;
    private long clientId;
    private LetterViewModel model;

    @BeforeEach
    void open() {
        session = DemoSessions.create(temp.resolve("book"), clock, 3);
        summary = session.casebook().search("", 3).get(0);
        clientId = session.casebook().cases().find(summary.caseId()).orElseThrow().clientId();
        model = new LetterViewModel(session, summary.caseId(), Fakes.messages(), new RecordingNavigator(),
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), new Fakes.Dialogs(), new Fakes.Files(),
                pdf -> true, PDF::render,
                pdf -> PDF.preview(pdf, 18f), LetterTemplates.builtIn());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aTypedRecipientWithoutAKindIsNotCheckedOrPrepared() {
        typed("Intake team", null, null);
        choose("letter-support-confirmation");

        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.findings()).isEmpty();
        assertThat(model.pages()).isEmpty();
    }

    @Test
    void aPersonCausingHarmOnHerFileIsBlockedHoweverTheNameIsSpelled() {
        session.casebook().abusers().add(clientId, "Karim Haddad", "ex-partner", null);
        typed("k\u0430rim\u00A0HADD\u200Bad", null, RecipientKind.THIRD_SECTOR);
        model.consentReasonProperty().set("She agreed at today's appointment");
        choose("letter-support-confirmation");

        assertThat(model.findings()).anyMatch(f -> f.contains("never receive anything"));
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.moreReasons().asksDifferentPersonProperty().get()).isFalse();
    }

    @Test
    void aBlockedNameWithATitleAddedGoesOnlyWithAReasonInWordsAndTheReasonIsAudited() {
        session.casebook().blockedRecipients().add(clientId, null, "Daniel O'Connor", "his brother");
        typed("Mr Daniel J. O\u2019Connor", null, RecipientKind.THIRD_SECTOR);
        model.consentReasonProperty().set("She agreed at today's appointment");
        choose("letter-support-confirmation");

        assertThat(model.moreReasons().asksDifferentPersonProperty().get()).isTrue();
        assertThat(model.readyProperty().get()).isFalse();

        model.moreReasons().differentPersonProperty().set(" \u00A0.- ");
        model.applyReasons();
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.findings()).anyMatch(f -> f.contains("at least three letters"));

        model.moreReasons().differentPersonProperty().set("A GP at the surgery, checked by phone");
        model.applyReasons();
        assertThat(model.readyProperty().get()).as(String.join("\n", model.findings())).isTrue();
        model.keepOnly();
        assertThat(session.casebook().audit().recent(200).stream().map(AuditEntry::reason).toList())
                .anyMatch(r -> r != null && r.contains("A GP at the surgery")
                        && r.contains("recipient-resembles-blocked"));
    }

    @Test
    void aTypedNameOnTheStatutoryListTakesThatKindUnlessAReasonIsGiven() {
        typed("UKVI Sheffield", null, RecipientKind.THIRD_SECTOR);
        model.consentReasonProperty().set("She agreed at today's appointment");
        choose("letter-support-confirmation");

        assertThat(model.moreReasons().asksKindProperty().get()).isTrue();
        assertThat(model.findings()).anyMatch(f -> f.contains("immigration-authority"));
        assertThat(model.readyProperty().get()).isFalse();
    }

    @Test
    void aLetterAddressedToTheClientIsRefusedWhenPostIsNotSafe() {
        ClientDetails held = session.casebook().clients().find(clientId).orElseThrow().details();
        session.casebook().clients().update(clientId, new ClientDetails(held.alias(), held.legalNames(),
                held.dateOfBirth(), held.languages(), held.interpreterNeeded(), new ContactSafety(YesNoUnknown.YES,
                        YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.NO, null, null, null), held.children()));
        session.casebook().clients().updatePersonal(clientId, new PersonalDetails(null, null, null, null,
                "Flat 9\nLeeds", null, null));
        choose("letter-info-mvdac");

        assertThat(model.findings()).anyMatch(f -> f.contains("post is not safe"));
        assertThat(model.readyProperty().get()).isFalse();
    }

    @Test
    void herAddressToAStatutoryBodyGoesOnlyWithAContactReasonInWordsWhichIsAudited() {
        String body = """
                cairn-template: 1
                id: org-letter-address
                version: 1
                title: Where she lives now
                kind: letter
                language: en-GB
                recipient: statutory
                consent: none
                sensitive: location
                requires-oisc: no
                source: Our own wording
                last-checked: 2026-11-25
                translation: original
                ---

                She now lives at {{client.address}}.
                """;
        TemplateParser parser = TemplateParser.standard();
        new TemplateLibrary(new BuiltInTemplates(parser), parser, session.casebook().orgTemplates())
                .importFiles(List.of(new TemplateSource("org-letter-address.cairn-template",
                        body.getBytes(StandardCharsets.UTF_8))));
        session.casebook().clients().updatePersonal(clientId, new PersonalDetails(null, null, null, null,
                "Flat 9\nLeeds", null, null));
        model = new LetterViewModel(session, summary.caseId(), Fakes.messages(), new RecordingNavigator(),
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), new Fakes.Dialogs(), new Fakes.Files(),
                pdf -> true, PDF::render,
                pdf -> PDF.preview(pdf, 18f), LetterTemplates.of(session.casebook()));
        typed("Housing Options", null, RecipientKind.STATUTORY);
        choose("org-letter-address");

        assertThat(model.moreReasons().asksContactProperty().get()).isTrue();
        assertThat(model.readyProperty().get()).isFalse();

        model.moreReasons().contactProperty().set("\u00A0 ... \u200B");
        model.applyReasons();
        assertThat(model.readyProperty().get()).as("a reason without words").isFalse();

        model.moreReasons().contactProperty().set("She asked for a housing assessment");
        model.applyReasons();
        assertThat(model.readyProperty().get()).as(String.join("\n", model.findings())).isTrue();
        model.keepOnly();
        assertThat(session.casebook().audit().recent(200).stream().map(AuditEntry::reason).toList())
                .anyMatch(r -> r != null && r.contains("She asked for a housing assessment")
                        && r.contains("location-or-contact-to-authority"));
    }

    private void typed(String name, String organisation, RecipientKind kind) {
        model.recipient().choiceProperty().set(RecipientChoice.TYPED);
        model.recipient().nameProperty().set(name);
        model.recipient().organisationProperty().set(organisation == null ? "" : organisation);
        model.recipient().kindProperty().set(kind);
    }

    private void choose(String id) {
        Template template = model.templates().stream().filter(t -> t.header().id().equals(id)).findFirst()
                .orElseThrow();
        model.templateProperty().set(template);
        model.refresh();
    }
}
