package org.cairn.ui.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseSummary;
import org.cairn.casebook.ConsentDecision;
import org.cairn.casebook.ConsentMethod;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.ConsentRecord;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.RecipientKind;
import org.cairn.casebook.Referral;
import org.cairn.casebook.ReferralConsentCheck.Verdict;
import org.cairn.casebook.ReferralOutcome;
import org.cairn.templates.BuiltInTemplates;
import org.cairn.templates.Template;
import org.cairn.templates.TemplateParser;
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

class ReferralsViewModelTest {
    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Fakes.START);
    private Session session;
    private CaseFile caseFile;
    private ReferralsViewModel model;
    private final RecordingNavigator navigator = new RecordingNavigator();

    @BeforeEach
    void open() {
        session = DemoSessions.create(temp.resolve("book"), clock, 3);
        CaseSummary summary = session.casebook().search("", 3).get(0);
        caseFile = session.casebook().cases().find(summary.caseId()).orElseThrow();
        model = new ReferralsViewModel(session, caseFile.id(), Fakes.messages(), new SyncTaskRunner(),
                new ErrorMessages(Fakes.messages()), navigator, clock, new BuiltInTemplates(TemplateParser.standard()));
        model.load();
        model.newReferral();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Template template(String id) {
        return model.templates().stream().filter(t -> t.header().id().equals(id)).findFirst().orElseThrow();
    }

    private DirectoryEntry entry(String name) {
        return model.recipients().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void offersOnlyReferralTemplatesAndTheDirectoryAndShowsWhatTheTemplateNeeds() {
        assertThat(model.formOpenProperty().get()).isTrue();
        assertThat(model.templates()).hasSize(7).allMatch(t -> t.header().id().startsWith("referral-"));
        assertThat(model.recipients()).extracting(DirectoryEntry::name).contains("Millford Refuge Network");
        model.templateProperty().set(template("referral-refuge"));
        model.recipientProperty().set(entry("Millford Refuge Network"));
        assertThat(model.neededFields()).contains(
                "the case reference, such as C-2026-0042: " + caseFile.reference(),
                "the name of the person or organisation the document goes to: Millford Refuge Network")
                .anyMatch(line -> line.endsWith("filled in when the referral document is made"));
    }

    @Test
    void withConsentTheReferralIsMadeAndItsOutcomeRecorded() {
        long client = caseFile.clientId();
        session.casebook().consents().record(client, new ConsentRecord(ConsentPurpose.REFER_TO_ORGANISATION,
                "Millford Refuge Network", ConsentDecision.GIVEN, today(), ConsentMethod.WRITTEN, null));
        model.templateProperty().set(template("referral-refuge"));
        model.recipientProperty().set(entry("Millford Refuge Network"));
        assertThat(model.verdictProperty().get()).isEqualTo(Verdict.CONSENTED);
        assertThat(model.consentTextProperty().get()).contains("is in force");
        model.followUpDaysProperty().set(10);
        model.make();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.formOpenProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).contains(Fakes.messages().dates().day(today().plusDays(10)));
        Referral made = model.referrals().get(0);
        assertThat(made.templateId()).isEqualTo("referral-refuge");
        assertThat(made.templateVersion()).isEqualTo(1);
        assertThat(model.templateTitle(made)).isEqualTo("Referral to a refuge");

        model.recordOutcome(made, ReferralOutcome.ACCEPTED);
        assertThat(model.referrals().get(0).outcome()).isEqualTo(ReferralOutcome.ACCEPTED);
        assertThat(model.statusProperty().get()).contains("Accepted");
    }

    @Test
    void withoutConsentAReasonIsNeededAndGoesIntoTheAuditTrail() {
        model.templateProperty().set(template("referral-gp-registration"));
        model.recipientProperty().set(entry("Rivermouth Migrant Health Project"));
        assertThat(model.verdictProperty().get()).isEqualTo(Verdict.NEEDS_CONSENT_OR_REASON);
        assertThat(model.consentTextProperty().get()).contains("no recorded consent in force");
        model.make();
        assertThat(model.errorProperty().get()).contains("Write your reason");
        assertThat(model.referrals()).isEmpty();

        model.overrideReasonProperty().set("Client agreed by phone; signed form follows");
        model.make();
        assertThat(model.referrals()).hasSize(1);
        AuditEntry override = session.casebook().audit().recent(1).get(0);
        assertThat(override.action()).isEqualTo(AuditAction.CONSENT_OVERRIDE);
        assertThat(override.reason()).isEqualTo("Client agreed by phone; signed form follows");
    }

    @Test
    void aRecipientLinkedToTheAbuserIsShownAsBlockedAndCannotBeChosen() {
        DirectoryEntry centre = entry("Eastgate Community Centre");
        session.casebook().blockedRecipients().add(caseFile.clientId(), centre.id(), centre.name(), "abuser");
        model.templateProperty().set(template("referral-dv-service"));
        model.recipientProperty().set(centre);
        assertThat(model.verdictProperty().get()).isEqualTo(Verdict.BLOCKED);
        assertThat(model.consentTextProperty().get()).contains("linked to the client");
        model.overrideReasonProperty().set("urgent");
        model.make();
        assertThat(model.errorProperty().get()).contains("No referral can be made");
        assertThat(session.casebook().referrals().forCase(caseFile.id())).isEmpty();
    }

    @Test
    void makingWithoutChoosingSaysWhatToDo() {
        model.make();
        assertThat(model.errorProperty().get()).contains("Choose a referral template and a recipient");
    }

    @Test
    void aTypedRecipientNeedsANameAndAChosenKindAndIsStoredWithThem() {
        model.templateProperty().set(template("referral-family-law"));
        model.sourceProperty().set(ReferralsViewModel.Source.TYPED);
        model.typedNameProperty().set("  Harbour Family Law Clinic ");
        assertThat(model.verdictProperty().get()).as("no kind chosen yet").isNull();
        model.make();
        assertThat(model.errorProperty().get()).contains("choose what kind of organisation");
        assertThat(model.referrals()).isEmpty();

        model.typedKindProperty().set(RecipientKind.THIRD_SECTOR);
        model.typedContactProperty().set("4 Quay Street, Millford, MF1 2AB");
        assertThat(model.verdictProperty().get()).isEqualTo(Verdict.NEEDS_CONSENT_OR_REASON);
        assertThat(model.neededFields()).anyMatch(line -> line.endsWith(": Harbour Family Law Clinic"));
        model.overrideReasonProperty().set("Client asked in the session today");
        model.make();

        assertThat(model.errorProperty().get()).isEmpty();
        Referral made = model.referrals().get(0);
        assertThat(made.directoryEntryId()).isNull();
        assertThat(made.recipientName()).isEqualTo("Harbour Family Law Clinic");
        assertThat(made.recipientKind()).isEqualTo(RecipientKind.THIRD_SECTOR);
        assertThat(model.lastMadeProperty().get()).isEqualTo(made);
        assertThat(model.statusProperty().get()).as("dates as everywhere in the app (ADR 0016)")
                .contains(Fakes.messages().dates().day(made.madeOn().plusDays(14))).doesNotContainPattern(
                        "\\d{4}-\\d{2}-\\d{2}");
        assertThat(model.neededFields()).noneMatch(line -> line.matches(".*\\d{4}-\\d{2}-\\d{2}.*"));
    }

    @Test
    void aTypedRecipientBlockedByNameIsRefusedLikeADirectoryEntry() {
        session.casebook().blockedRecipients().add(caseFile.clientId(), null, "Tariq Khan Immigration Services",
                "the abuser's cousin runs it");
        model.templateProperty().set(template("referral-immigration-advice"));
        model.sourceProperty().set(ReferralsViewModel.Source.TYPED);
        model.typedNameProperty().set("tariq  khan immigration services");
        model.typedKindProperty().set(RecipientKind.THIRD_SECTOR);
        assertThat(model.verdictProperty().get()).isEqualTo(Verdict.BLOCKED);
        model.overrideReasonProperty().set("she insists");
        model.make();
        assertThat(model.errorProperty().get()).contains("No referral can be made");
        assertThat(session.casebook().referrals().forCase(caseFile.id())).isEmpty();
    }

    @Test
    void thePickerMarksEntriesBlockedForThisClient() {
        DirectoryEntry centre = entry("Eastgate Community Centre");
        DirectoryEntry refuge = entry("Millford Refuge Network");
        session.casebook().blockedRecipients().add(caseFile.clientId(), centre.id(), centre.name(), "abuser");
        assertThat(model.isBlocked(centre)).as("marks are read when the form opens").isFalse();
        model.newReferral();
        assertThat(model.isBlocked(centre)).isTrue();
        assertThat(model.recipientLabel(centre)).endsWith("blocked for this client");
        assertThat(model.isBlocked(refuge)).isFalse();
        assertThat(model.recipientLabel(refuge)).doesNotContain("blocked");
    }

    @Test
    void theReferralLetterOpensTheLetterScreenForTheReferralsRecipient() {
        model.templateProperty().set(template("referral-family-law"));
        model.sourceProperty().set(ReferralsViewModel.Source.TYPED);
        model.typedNameProperty().set("Harbour Family Law Clinic");
        model.typedKindProperty().set(RecipientKind.STATUTORY);
        model.typedContactProperty().set("4 Quay Street\nMillford MF1 2AB");
        model.overrideReasonProperty().set("Client asked in the session today");
        model.make();
        model.writeLetter(model.referrals().get(0));

        assertThat(navigator.visits).containsExactly("letter " + caseFile.id() + " letter-referral-cover");
        var recipient = navigator.lastPrefill.recipient();
        assertThat(recipient.name()).isEqualTo("Harbour Family Law Clinic");
        assertThat(recipient.kind()).isEqualTo(org.cairn.templates.RecipientKind.STATUTORY);
        assertThat(recipient.directoryEntryId()).isNull();
        assertThat(recipient.organisation()).isEqualTo("Harbour Family Law Clinic");
        assertThat(recipient.address()).isEqualTo("4 Quay Street\nMillford MF1 2AB");

        // Another day, the case file opened afresh: the typed address comes back from the casebook.
        ReferralsViewModel reopened = new ReferralsViewModel(session, caseFile.id(), Fakes.messages(),
                new SyncTaskRunner(), new ErrorMessages(Fakes.messages()), navigator, clock,
                new BuiltInTemplates(TemplateParser.standard()));
        reopened.load();
        reopened.writeLetter(reopened.referrals().get(0));
        assertThat(navigator.lastPrefill.recipient().address()).isEqualTo("4 Quay Street\nMillford MF1 2AB");

        model.newReferral();
        model.templateProperty().set(template("referral-refuge"));
        model.recipientProperty().set(entry("Millford Refuge Network"));
        model.overrideReasonProperty().set("Client asked in the session today");
        model.make();
        Referral toRefuge = model.referrals().stream().filter(r -> r.directoryEntryId() != null).findFirst()
                .orElseThrow();
        model.writeLetter(toRefuge);
        assertThat(navigator.lastPrefill.recipient().directoryEntryId()).isEqualTo(toRefuge.directoryEntryId());
        assertThat(navigator.lastPrefill.recipient().name()).isEqualTo("Millford Refuge Network");

        model.writeLetter(null);
        assertThat(model.errorProperty().get()).contains("Choose a referral");
    }
}
