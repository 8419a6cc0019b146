package org.cairn.ui.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.LetterDisposition;
import org.cairn.letters.LetterTemplates;
import org.cairn.letters.pdf.FontCatalogue;
import org.cairn.letters.pdf.LetterPdf;
import org.cairn.templates.RecipientKind;
import org.cairn.templates.Template;
import org.cairn.ui.common.DemoSessions;
import org.cairn.ui.common.ErrorMessages;
import org.cairn.ui.common.Fakes;
import org.cairn.ui.common.MutableClock;
import org.cairn.ui.common.PdfPrinter;
import org.cairn.ui.common.RecordingNavigator;
import org.cairn.ui.common.Session;
import org.cairn.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterViewModelTest {
    private static final LetterPdf PDF = new LetterPdf(FontCatalogue.bundledOnly());

    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private final RecordingNavigator navigator = new RecordingNavigator();
    private final Fakes.Files files = new Fakes.Files();
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private final FakePrinter printer = new FakePrinter();
    private Session session;
    private CaseSummary summary;
    private LetterViewModel model;

    @BeforeEach
    void open() {
        session = DemoSessions.create(temp.resolve("book"), clock, 3);
        summary = session.casebook().search("", 3).get(0);
        model = new LetterViewModel(session, summary.caseId(), Fakes.messages(), navigator, new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), dialogs, files, printer,
                PDF::render, pdf -> PDF.preview(pdf, 18f),
                LetterTemplates.builtIn());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void choosingALetterForTheClientShowsAPreviewInMemoryAndPrintingKeepsOneAuditedCopy() {
        choose("letter-info-mvdac");

        assertThat(model.readyProperty().get()).as(model.errorProperty().get()).isTrue();
        assertThat(model.pages()).isNotEmpty();
        assertThat(model.pages().get(0).getWidth()).isGreaterThan(50);

        printer.answer = true;
        model.print();
        model.print();

        assertThat(printer.printed).hasSize(2);
        assertThat(printer.printed.get(0)).startsWith("%PDF".getBytes());
        var kept = session.casebook().letters().forCase(summary.caseId());
        assertThat(kept).singleElement().satisfies(k -> assertThat(k.disposition())
                .isEqualTo(LetterDisposition.PRINTED));
        assertThat(letterAudit()).containsExactly(AuditAction.LETTER_KEPT, AuditAction.LETTER_PRINTED,
                AuditAction.LETTER_PRINTED);
    }

    @Test
    void cancellingThePrintDialogKeepsNothing() {
        choose("letter-info-mvdac");
        printer.answer = false;

        model.print();

        assertThat(session.casebook().letters().forCase(summary.caseId())).isEmpty();
    }

    @Test
    void savingRemindsThatTheFileLeavesTheCasebookThenWritesAndKeepsTheSameBytes() throws Exception {
        choose("letter-info-mvdac");
        Path target = temp.resolve("out.pdf");
        files.answers.add(target);

        model.save();

        assertThat(dialogs.shown).singleElement().asString().contains("not encrypted");
        byte[] written = Files.readAllBytes(target);
        long id = session.casebook().letters().forCase(summary.caseId()).get(0).id();
        assertThat(session.casebook().letters().pdf(id)).hasValueSatisfying(p -> assertThat(p).isEqualTo(written));
        assertThat(letterAudit()).containsExactly(AuditAction.LETTER_KEPT, AuditAction.LETTER_SAVED);
    }

    @Test
    void missingValuesAreAskedForAndAMissingConsentNeedsAReasonBeforeTheLetterIsReady() {
        model.recipient().choiceProperty().set(RecipientChoice.TYPED);
        model.recipient().nameProperty().set("Intake team");
        model.recipient().organisationProperty().set("Support Org");
        model.recipient().kindProperty().set(RecipientKind.THIRD_SECTOR);
        choose("letter-referral-cover");

        assertThat(model.missing()).extracting(MissingField::name).contains("referral.consentDate",
                "referral.reason", "referral.urgency");
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.pages()).isEmpty();
        model.missing().forEach(field -> field.valueProperty().set("typed " + field.name()));
        model.refresh();

        assertThat(model.missing()).as("what was typed stays in view, to read or change")
                .extracting(MissingField::name).contains("referral.consentDate", "referral.reason", "referral.urgency");
        assertThat(model.missing()).allSatisfy(field -> assertThat(field.valueProperty().get())
                .isEqualTo("typed " + field.name()));
        assertThat(model.previewNoteProperty().get()).isEmpty();
        assertThat(model.asksConsentReasonProperty().get()).isTrue();
        assertThat(model.findings()).anyMatch(f -> f.contains("consent"));
        assertThat(model.readyProperty().get()).isFalse();

        model.consentReasonProperty().set("She agreed at today's appointment");
        model.applyReasons();

        assertThat(model.readyProperty().get()).isTrue();
        model.keepOnly();
        assertThat(navigator.visits).containsExactly("caseFile " + summary.caseId());
        assertThat(session.casebook().audit().forSubject(summary.reference().toString()))
                .extracting(AuditEntry::action).contains(AuditAction.CONSENT_OVERRIDE, AuditAction.LETTER_KEPT);
    }

    @Test
    void aTypedRecipientNeedsANameAndNothingCanBeDoneBeforeThen() {
        model.recipient().choiceProperty().set(RecipientChoice.TYPED);
        choose("letter-gp-registration");

        assertThat(model.statusProperty().get()).isNotBlank();
        model.keepOnly();
        assertThat(model.errorProperty().get()).isNotBlank();
        assertThat(navigator.visits).isEmpty();
    }

    @Test
    void aDirectoryEntryCanBeChosenAndOneBlockedForTheClientStopsTheLetter() {
        assertThat(model.recipient().directory()).isNotEmpty().allMatch(r -> r.directoryEntryId() != null);
        var entry = model.recipient().directory().get(0);
        long clientId = session.casebook().cases().find(summary.caseId()).orElseThrow().clientId();
        session.casebook().blockedRecipients().add(clientId, entry.directoryEntryId(), entry.name(),
                "linked to the abuser");
        model.recipient().choiceProperty().set(RecipientChoice.DIRECTORY);
        model.recipient().directoryRecipientProperty().set(entry);
        choose("letter-support-confirmation");

        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.findings()).anyMatch(f -> f.contains("must never receive anything"));
        assertThat(session.casebook().letters().forCase(summary.caseId())).isEmpty();
    }

    @Test
    void theDirectoryChoiceMarksOnlyTheEntriesBlockedForThisClient() {
        var entries = List.copyOf(model.recipient().directory());
        assertThat(entries).hasSizeGreaterThan(1).noneMatch(model.recipient()::isBlocked);
        long clientId = session.casebook().cases().find(summary.caseId()).orElseThrow().clientId();
        var blocked = entries.get(1);
        session.casebook().blockedRecipients().add(clientId, blocked.directoryEntryId(), blocked.name(),
                "linked to the abuser");

        LetterViewModel reopened = new LetterViewModel(session, summary.caseId(), Fakes.messages(), navigator,
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), dialogs, files, printer,
                PDF::render, pdf -> PDF.preview(pdf, 18f),
                LetterTemplates.builtIn());

        assertThat(reopened.recipient().directory()).as("still listed, so the advocate sees why")
                .containsExactlyElementsOf(entries);
        assertThat(reopened.recipient().directory()).filteredOn(reopened.recipient()::isBlocked)
                .containsExactly(blocked);
    }

    @Test
    void changingTheRecipientAfterTheCheckMeansCheckingAgainBeforePrinting() {
        choose("letter-info-mvdac");
        assertThat(model.readyProperty().get()).as(model.errorProperty().get()).isTrue();

        model.recipient().choiceProperty().set(RecipientChoice.TYPED);
        model.recipient().nameProperty().set("Someone else");

        assertThat(model.readyProperty().get()).isFalse();
        printer.answer = true;
        model.print();
        assertThat(printer.printed).isEmpty();
        assertThat(session.casebook().letters().forCase(summary.caseId())).isEmpty();
        model.refresh();
        assertThat(model.readyProperty().get()).as("a typed recipient needs a kind first").isFalse();
    }

    @Test
    void aPreviewThatFinishesAfterTheRecipientChangedIsNeverShown() {
        SyncTaskRunner later = new SyncTaskRunner(true);
        LetterViewModel slow = new LetterViewModel(session, summary.caseId(), Fakes.messages(), navigator, later,
                new ErrorMessages(Fakes.messages()), dialogs, files, printer,
                PDF::render, pdf -> PDF.preview(pdf, 18f),
                LetterTemplates.builtIn());
        slow.templateProperty().set(slow.templates().stream()
                .filter(t -> t.header().id().equals("letter-info-mvdac")).findFirst().orElseThrow());
        slow.refresh(); // to the client, still running
        slow.recipient().choiceProperty().set(RecipientChoice.TYPED);
        slow.recipient().nameProperty().set("Benefits office");
        slow.refresh(); // no kind chosen yet: nothing to prepare

        later.runPending();

        assertThat(slow.readyProperty().get()).isFalse();
        assertThat(slow.pages()).isEmpty();
        assertThat(slow.busyProperty().get()).isFalse();
        assertThat(slow.statusProperty().get()).isEqualTo(Fakes.messages().get("letter.status.recipient"));
    }

    @Test
    void aLetterSetInAFallbackFontSaysSoOnTheScreen() {
        model.useFontNotices(language -> language.equals("ur") ? java.util.Optional.of("Urdu in Naskh")
                : java.util.Optional.empty());

        choose("letter-info-mvdac-ur");
        assertThat(model.fontNoticeProperty().get()).isEqualTo("Urdu in Naskh");

        choose("letter-info-mvdac");
        assertThat(model.fontNoticeProperty().get()).isEmpty();
    }

    @Test
    void nothingIsJudgedBeforeALetterIsChosenAndThePreviewSaysWhatItNeeds() {
        assertThat(model.checkedProperty().get()).isFalse();
        assertThat(model.findings()).isEmpty();
        assertThat(model.previewNoteProperty().get()).isEqualTo(Fakes.messages().get("letter.preview.choose"));

        model.recipient().choiceProperty().set(RecipientChoice.TYPED);
        model.recipient().nameProperty().set("Intake team");
        model.recipient().kindProperty().set(RecipientKind.THIRD_SECTOR);
        choose("letter-referral-cover");

        assertThat(model.checkedProperty().get()).isTrue();
        assertThat(model.pages()).isEmpty();
        String note = model.previewNoteProperty().get();
        assertThat(model.missing()).isNotEmpty().allSatisfy(field -> assertThat(note).contains(field.description()));
    }

    @Test
    void aLetterToAPracticeStartsAddressedToTheDirectoryNeverToTheClient() {
        choose("letter-gp-registration");

        assertThat(model.recipient().choiceProperty().get()).isEqualTo(RecipientChoice.DIRECTORY);
        assertThat(model.recipient().kindProperty().get()).as("the advocate chooses a typed recipient's kind")
                .isNull();
        assertThat(model.statusProperty().get()).isEqualTo(Fakes.messages().get("letter.status.recipient"));
        assertThat(session.casebook().letters().forCase(summary.caseId())).isEmpty();

        choose("letter-info-mvdac");
        assertThat(model.recipient().choiceProperty().get()).isEqualTo(RecipientChoice.CLIENT);
    }

    @Test
    void aRecipientChosenByHandIsKeptWhateverLetterIsChosen() {
        model.recipient().choiceProperty().set(RecipientChoice.TYPED);
        choose("letter-info-mvdac");
        choose("letter-gp-registration");

        assertThat(model.recipient().choiceProperty().get()).isEqualTo(RecipientChoice.TYPED);
    }

    @Test
    void valuesTypedForOneLetterStayAfterEveryUpdateAndAreOfferedAgain() {
        model.recipient().choiceProperty().set(RecipientChoice.TYPED);
        model.recipient().nameProperty().set("Intake team");
        model.recipient().kindProperty().set(RecipientKind.THIRD_SECTOR);
        choose("letter-referral-cover");
        MissingField first = model.missing().get(0);
        String name = first.name();
        first.valueProperty().set("\u00c9mile's \u202eodd\u202c value");

        for (int i = 0; i < 3; i++) {
            model.refresh();
            assertThat(model.missing()).filteredOn(field -> field.name().equals(name)).singleElement()
                    .satisfies(field -> assertThat(field.valueProperty().get())
                            .isEqualTo("\u00c9mile's \u202eodd\u202c value"));
        }
    }

    private void choose(String id) {
        Template template = model.templates().stream().filter(t -> t.header().id().equals(id)).findFirst()
                .orElseThrow();
        model.templateProperty().set(template);
        model.refresh();
    }

    private List<AuditAction> letterAudit() {
        return session.casebook().audit().forSubject(summary.reference().toString()).stream()
                .filter(e -> e.subject().contains("letter:")).map(AuditEntry::action).toList();
    }

    private static final class FakePrinter implements PdfPrinter {
        boolean answer;
        final List<byte[]> printed = new ArrayList<>();

        @Override
        public boolean print(byte[] pdf) {
            if (answer) {
                printed.add(pdf);
            }
            return answer;
        }
    }
}
