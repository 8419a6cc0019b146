package org.cairn.ui.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.LetterDisposition;
import org.cairn.letters.LetterTemplates;
import org.cairn.letters.check.Recipient;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.letters.recipients.DirectoryRecipient;
import org.cairn.templates.RecipientKind;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.LetterPrefill;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A referral's cover letter opened pre-filled: the same fill and outgoing-document check as any letter. */
class LetterPrefillTest {
    private static final LetterPdf PDF = new LetterPdf(FontCatalogue.bundledOnly());

    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private Session session;
    private CaseSummary summary;
    private LetterViewModel model;
    private final java.util.List<byte[]> printed = new java.util.ArrayList<>();

    @BeforeEach
    void open() {
        session = DemoSessions.create(temp.resolve("book"), clock, 3);
        summary = session.casebook().search("", 3).get(0);
        model = new LetterViewModel(session, summary.caseId(), Fakes.messages(), new RecordingNavigator(),
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), new Fakes.Dialogs(), new Fakes.Files(),
                pdf -> printed.add(pdf), PDF::render,
                pdf -> PDF.preview(pdf, 18f), LetterTemplates.builtIn());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aTypedRecipientIsFilledInAndTheLetterIsCheckedForThem() {
        PrefillChoices.applyTo(new LetterPrefill("letter-referral-cover", new Recipient("Harbour Family Law Clinic",
                RecipientKind.THIRD_SECTOR, null, "Harbour Family Law Clinic", "4 Quay Street\nMillford MF1 2AB", null)),
                model);

        assertThat(model.templateProperty().get().header().id()).isEqualTo("letter-referral-cover");
        assertThat(model.recipient().choiceProperty().get()).isEqualTo(RecipientChoice.TYPED);
        assertThat(model.recipient().nameProperty().get()).isEqualTo("Harbour Family Law Clinic");
        assertThat(model.recipient().kindProperty().get()).isEqualTo(RecipientKind.THIRD_SECTOR);
        assertThat(model.recipient().addressProperty().get()).isEqualTo("4 Quay Street\nMillford MF1 2AB");
        assertThat(model.recipient().organisationProperty().get()).isEqualTo("Harbour Family Law Clinic");
        assertThat(model.missing()).extracting(MissingField::name).contains("referral.reason", "referral.urgency");
        model.missing().forEach(field -> field.valueProperty().set("typed " + field.name()));
        model.refresh();
        assertThat(model.previewNoteProperty().get()).as("nothing is missing any more").isEmpty();
        assertThat(model.missing()).allSatisfy(field -> assertThat(field.valueProperty().get()).startsWith("typed "));
        // No consent is recorded for this clinic: the letters pipeline asks for a reason, as for any letter.
        assertThat(model.asksConsentReasonProperty().get()).isTrue();
        assertThat(model.readyProperty().get()).isFalse();
        model.consentReasonProperty().set("Client agreed in the session; form to follow");
        model.applyReasons();
        assertThat(model.readyProperty().get()).as(model.findings().toString()).isTrue();
        model.print();
        assertThat(session.casebook().letters().forCase(summary.caseId())).singleElement()
                .satisfies(kept -> {
                    assertThat(kept.recipientName()).isEqualTo("Harbour Family Law Clinic");
                    assertThat(kept.disposition()).isEqualTo(LetterDisposition.PRINTED);
                });
    }

    @Test
    void aDirectoryEntryBlockedForTheClientStopsTheReferralLetter() {
        DirectoryEntry centre = session.casebook().directory().findByName("Eastgate Community Centre").orElseThrow();
        long client = session.casebook().cases().find(summary.caseId()).orElseThrow().clientId();
        session.casebook().blockedRecipients().add(client, centre.id(), centre.name(), "abuser's brother works there");

        PrefillChoices.applyTo(new LetterPrefill("letter-referral-cover", DirectoryRecipient.of(centre)), model);
        model.missing().forEach(field -> field.valueProperty().set("typed " + field.name()));
        model.refresh();

        assertThat(model.recipient().choiceProperty().get()).isEqualTo(RecipientChoice.DIRECTORY);
        assertThat(model.recipient().directoryRecipientProperty().get().directoryEntryId()).isEqualTo(centre.id());
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.findings()).anyMatch(line -> line.startsWith("Stopped"));
        model.print();
        assertThat(printed).isEmpty();
        assertThat(session.casebook().letters().forCase(summary.caseId())).isEmpty();
    }
}
