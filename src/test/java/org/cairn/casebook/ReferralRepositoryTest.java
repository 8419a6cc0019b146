package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.ReferralConsentCheck.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferralRepositoryTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(TestCasebooks.START);
    Casebook casebook;
    long client;
    CaseFile caseFile;
    DirectoryEntry refuge;

    @BeforeEach
    void create() {
        casebook = TestCasebooks.create(dir, clock);
        client = casebook.clients().create(ClientDetails.withAlias("Amara")).id();
        caseFile = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), "L. Fernandes"));
        refuge = casebook.directory().add(new DirectoryDetails("Millford Refuge Network", RecipientKind.THIRD_SECTOR,
                List.of("refuge"), List.of("English"), List.of("Millford"), "Phone", null, null, null, null));
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    private ReferralRequest request(DirectoryEntry entry, String overrideReason) {
        return new ReferralRequest(caseFile.id(), "referral-refuge", 1, ConsentPurpose.REFER_TO_ORGANISATION,
                entry == null ? null : entry.id(), entry == null ? "Typed Org" : entry.name(),
                RecipientKind.THIRD_SECTOR, DAY, 7, overrideReason, entry == null ? "1 Typed Street\nMillford" : null);
    }

    private ConsentEntry consentTo(String organisation, LocalDate expires) {
        return casebook.consents().record(client, new ConsentRecord(ConsentPurpose.REFER_TO_ORGANISATION,
                organisation, ConsentDecision.GIVEN, DAY.minusDays(2), ConsentMethod.WRITTEN, expires));
    }

    @Test
    void withConsentInForceTheReferralIsStoredWithATaskAndTheConsentItRelied() {
        ConsentEntry consent = consentTo("millford refuge network ", null);
        Referral referral = casebook.referrals().make(request(refuge, null));

        assertThat(referral.outcome()).isEqualTo(ReferralOutcome.PENDING);
        assertThat(referral.consentId()).isEqualTo(consent.id());
        assertThat(referral.overrideReason()).isNull();
        assertThat(casebook.referrals().forCase(caseFile.id())).containsExactly(referral);
        Task task = casebook.tasks().forCase(caseFile.id()).get(0);
        assertThat(task.id()).isEqualTo(referral.taskId());
        assertThat(task.dueOn()).isEqualTo(DAY.plusDays(7));
        assertThat(task.titleCode()).isEqualTo(TaskTitle.REFERRAL_FOLLOW_UP);
        assertThat(task.titleArgs()).containsExactly("Millford Refuge Network");
        assertThat(task.title()).as("no English sentence is stored").isEmpty();
        assertThat(casebook.audit().forSubject(caseFile.reference().toString())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CASE_OPENED, AuditAction.TASK_ADDED, AuditAction.REFERRAL_MADE);
    }

    @Test
    void withoutConsentItIsRefusedUntilTheAdvocateGivesAReasonWhichIsAudited() {
        consentTo("Another Service", null);
        consentTo(refuge.name(), DAY);
        assertThat(casebook.referrals().check(caseFile.id(), ConsentPurpose.REFER_TO_ORGANISATION, refuge.id(),
                refuge.name(), DAY).verdict(null)).isEqualTo(Verdict.NEEDS_CONSENT_OR_REASON);
        long auditBefore = casebook.audit().size();
        assertThatThrownBy(() -> casebook.referrals().make(request(refuge, " ")))
                .isInstanceOf(ReferralRefusedException.class)
                .satisfies(e -> assertThat(((ReferralRefusedException) e).verdict())
                        .isEqualTo(Verdict.NEEDS_CONSENT_OR_REASON));
        assertThat(casebook.referrals().forCase(caseFile.id())).isEmpty();
        assertThat(casebook.tasks().forCase(caseFile.id())).isEmpty();
        assertThat(casebook.audit().size()).isEqualTo(auditBefore);

        Referral referral = casebook.referrals().make(request(refuge, "Client in refuge tonight; consent by phone"));
        assertThat(referral.consentId()).isNull();
        assertThat(referral.overrideReason()).isEqualTo("Client in refuge tonight; consent by phone");
        List<AuditEntry> recent = casebook.audit().recent(2);
        assertThat(recent).extracting(AuditEntry::action).containsExactly(AuditAction.CONSENT_OVERRIDE,
                AuditAction.REFERRAL_MADE);
        assertThat(recent.get(0).reason()).isEqualTo("Client in refuge tonight; consent by phone");
        assertThat(recent.get(0).subject()).isEqualTo(caseFile.reference() + " referral:" + referral.id());
        assertThat(casebook.referrals().find(referral.id())).contains(referral);
    }

    @Test
    void aRecipientLinkedToTheAbuserIsRefusedOutrightByEntryOrByTypedName() {
        consentTo(refuge.name(), null);
        casebook.blockedRecipients().add(client, refuge.id(), refuge.name(), "abuser's sister works there");
        assertThatThrownBy(() -> casebook.referrals().make(request(refuge, "urgent")))
                .isInstanceOf(ReferralRefusedException.class)
                .satisfies(e -> assertThat(((ReferralRefusedException) e).verdict()).isEqualTo(Verdict.BLOCKED))
                .hasMessageNotContaining(refuge.name());
        ReferralRequest typed = new ReferralRequest(caseFile.id(), "referral-refuge", 1,
                ConsentPurpose.REFER_TO_ORGANISATION, null, "MILLFORD  refuge network", RecipientKind.THIRD_SECTOR,
                DAY, 7, "urgent", null);
        assertThatThrownBy(() -> casebook.referrals().make(typed)).isInstanceOf(ReferralRefusedException.class);
        assertThat(casebook.referrals().forCase(caseFile.id())).isEmpty();

        long otherClient = casebook.clients().create(ClientDetails.withAlias("Other")).id();
        CaseFile other = casebook.cases().open(otherClient, CaseDetails.opened(DAY, "L. Fernandes"));
        assertThat(casebook.referrals().check(other.id(), ConsentPurpose.REFER_TO_ORGANISATION, refuge.id(),
                refuge.name(), DAY).blocked()).isFalse();
    }

    @Test
    void aTypedRecipientWorksLikeADirectoryOneAndKeepsItsContactDetails() {
        consentTo("Typed Org", null);
        Referral referral = casebook.referrals().make(request(null, null));
        assertThat(referral.directoryEntryId()).isNull();
        Referral stored = casebook.referrals().find(referral.id()).orElseThrow();
        assertThat(stored.recipientName()).isEqualTo("Typed Org");
        assertThat(stored.recipientContact()).isEqualTo("1 Typed Street\nMillford");
        Referral afterOutcome = casebook.referrals().recordOutcome(referral.id(), ReferralOutcome.ACCEPTED, DAY);
        assertThat(afterOutcome.recipientContact()).isEqualTo("1 Typed Street\nMillford");
    }

    @Test
    void aDirectoryRecipientsDetailsStayInTheDirectoryNotTheReferral() {
        ReferralRequest toEntry = new ReferralRequest(caseFile.id(), "referral-refuge", 1,
                ConsentPurpose.REFER_TO_ORGANISATION, refuge.id(), refuge.name(), RecipientKind.THIRD_SECTOR, DAY, 7,
                null, "typed by mistake");
        assertThat(toEntry.recipientContact()).isNull();
        assertThat(new ReferralRequest(caseFile.id(), "referral-refuge", 1, ConsentPurpose.REFER_TO_ORGANISATION,
                null, "Typed Org", RecipientKind.THIRD_SECTOR, DAY, 7, null, "   ").recipientContact()).isNull();
    }

    @Test
    void recordingAnOutcomeClosesTheFollowUpAndIsAudited() {
        consentTo(refuge.name(), null);
        Referral referral = casebook.referrals().make(request(refuge, null));
        clock.advance(Duration.ofDays(3));
        Referral accepted = casebook.referrals().recordOutcome(referral.id(), ReferralOutcome.ACCEPTED,
                DAY.plusDays(3));
        assertThat(accepted.outcome()).isEqualTo(ReferralOutcome.ACCEPTED);
        assertThat(accepted.outcomeOn()).isEqualTo(DAY.plusDays(3));
        assertThat(casebook.referrals().find(referral.id())).contains(accepted);
        assertThat(casebook.tasks().forCase(caseFile.id()).get(0).done()).isTrue();
        assertThat(casebook.audit().recent(2)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.TASK_DONE, AuditAction.REFERRAL_OUTCOME);
        assertThat(casebook.audit().recent(2).get(1).reason()).isEqualTo("ACCEPTED");

        Referral back = casebook.referrals().recordOutcome(referral.id(), ReferralOutcome.PENDING, DAY);
        assertThat(back.outcomeOn()).isNull();
        assertThatThrownBy(() -> casebook.referrals().recordOutcome(999, ReferralOutcome.DECLINED, DAY))
                .hasMessageContaining("no such referral");
    }

    @Test
    void requestsAreCheckedForWhatEveryReferralNeeds() {
        assertThatThrownBy(() -> new ReferralRequest(1, "", 1, ConsentPurpose.REFER_TO_ORGANISATION, null, "x",
                RecipientKind.CLIENT, DAY, 7, null, null)).hasMessageContaining("template");
        assertThatThrownBy(() -> new ReferralRequest(1, "t", 1, ConsentPurpose.REFER_TO_ORGANISATION, null, " ",
                RecipientKind.CLIENT, DAY, 7, null, null)).hasMessageContaining("recipient");
        assertThatThrownBy(() -> new ReferralRequest(1, "t", 1, ConsentPurpose.KEEP_RECORDS, null, "x",
                RecipientKind.CLIENT, DAY, 7, null, null)).hasMessageContaining("named organisation");
        assertThatThrownBy(() -> new ReferralRequest(1, "t", 1, ConsentPurpose.REFER_TO_ORGANISATION, null, "x",
                RecipientKind.CLIENT, DAY, 400, null, null)).hasMessageContaining("within a year");
    }
}
