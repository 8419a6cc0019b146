package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.DirectoryDetails;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.RecipientKind;
import org.cairn.casebook.Referral;
import org.cairn.casebook.ReferralConsentCheck.Verdict;
import org.cairn.casebook.ReferralOutcome;
import org.cairn.casebook.ReferralRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Referrals through the use cases: the consent check first, refusals as codes, every step audited. */
class ReferralsTest {
    @TempDir
    Path dir;
    CaseworkFixture book;
    Referrals referrals;
    DirectoryEntry refuge;
    long caseId;

    @BeforeEach
    void open() {
        book = new CaseworkFixture(dir);
        referrals = book.casework.referrals();
        caseId = book.caseFile.id();
        refuge = book.casebook.directory().add(new DirectoryDetails("Millford Refuge Network",
                RecipientKind.THIRD_SECTOR, List.of("refuge"), List.of("English"), List.of("Millford"), "Phone", null,
                null, null, null));
    }

    @AfterEach
    void close() {
        book.close();
    }

    private ReferralRequest request(String name, Long entryId, String overrideReason) {
        return new ReferralRequest(caseId, "referral-refuge", 1, ConsentPurpose.REFER_TO_ORGANISATION, entryId, name,
                RecipientKind.THIRD_SECTOR, CaseworkFixture.TODAY, 7, overrideReason, null);
    }

    @Test
    void aBlockedRecipientIsRefusedWithTheVerdictsCodeNeverItsNameAndNothingIsStored() {
        book.casework.blockedRecipients().block(caseId, refuge.id(), null, "Her brother-in-law works there");
        // A look-alike spelling (Cyrillic 'е' and 'о') of the blocked entry's name, typed in.
        String lookAlike = "Millf\u043erd Refug\u0435 Network";
        long before = book.lastAuditId();

        for (ReferralRequest attempt : List.of(request(refuge.name(), refuge.id(), "urgent, she agreed by phone"),
                request(lookAlike, null, "urgent, she agreed by phone"))) {
            CaseworkException refused = catchThrowableOfType(() -> referrals.make(attempt), CaseworkException.class);
            assertThat(refused.problem()).isEqualTo(Problem.REFERRAL_REFUSED);
            assertThat(refused.arguments()).containsExactly(Verdict.BLOCKED.name());
            assertThat(refused.getMessage()).doesNotContain("Millf").doesNotContain("phone");
            assertThat(refused.problem().messageKey(refused.arguments()))
                    .isEqualTo("problem.referral-refused.blocked");
        }
        assertThat(referrals.read(caseId).referrals()).isEmpty();
        assertThat(book.auditAfter(before)).isEmpty();
        assertThat(referrals.recipients(caseId).blockedIds()).containsExactly(refuge.id());
    }

    @Test
    void withoutConsentAReasonInWordsIsNeededAndTheOverrideIsAuditedAsThePerson() {
        var check = referrals.check(caseId, ConsentPurpose.REFER_TO_ORGANISATION, refuge.id(), refuge.name(),
                CaseworkFixture.TODAY);
        assertThat(check.verdict(null)).isEqualTo(Verdict.NEEDS_CONSENT_OR_REASON);
        for (String noReason : Arrays.asList(null, " ", "!!!", "\u200b\u200b\u200b")) {
            CaseworkException refused = catchThrowableOfType(
                    () -> referrals.make(request(refuge.name(), refuge.id(), noReason)), CaseworkException.class);
            assertThat(refused.arguments()).containsExactly(Verdict.NEEDS_CONSENT_OR_REASON.name());
            assertThat(refused.problem().messageKey(refused.arguments()))
                    .isEqualTo("problem.referral-refused.needs-consent-or-reason");
        }
        long before = book.lastAuditId();

        Referral made = referrals.make(request(refuge.name(), refuge.id(), "Immediate danger tonight"));

        assertThat(made.overrideReason()).isEqualTo("Immediate danger tonight");
        assertThat(book.auditAfter(before)).extracting(AuditEntry::action).containsExactly(AuditAction.TASK_ADDED,
                AuditAction.REFERRAL_MADE, AuditAction.CONSENT_OVERRIDE);
        assertThat(book.auditAfter(before)).extracting(AuditEntry::actor).containsOnly(CaseworkFixture.ACTOR);
    }

    @Test
    void everyVerdictThatRefusesHasItsOwnWords() {
        for (Verdict verdict : Verdict.values()) {
            String key = Problem.REFERRAL_REFUSED.messageKey(List.of(verdict.name()));
            if (verdict.allowed()) {
                continue;
            }
            assertThat(key).isNotEqualTo(Problem.REFERRAL_REFUSED.messageKey());
            assertThat(Problem.REFERRAL_REFUSED.messageKeys()).contains(key);
        }
        assertThat(Problem.REFERRAL_REFUSED.messageKey(List.of("SOMETHING_NEW")))
                .as("an unknown code falls back to the problem's own words").isEqualTo("problem.referral-refused");
    }

    @Test
    void anOutcomeClosesTheFollowUpTaskAndAMissingReferralIsNotFound() {
        Referral made = referrals.make(request(refuge.name(), refuge.id(), "Immediate danger tonight"));
        long before = book.lastAuditId();

        referrals.recordOutcome(made.id(), ReferralOutcome.ACCEPTED, CaseworkFixture.TODAY);

        assertThat(referrals.read(caseId).referrals()).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(ReferralOutcome.ACCEPTED));
        assertThat(book.casebook.tasks().forCase(caseId)).allSatisfy(t -> assertThat(t.done()).isTrue());
        assertThat(book.auditAfter(before)).extracting(AuditEntry::actor).containsOnly(CaseworkFixture.ACTOR)
                .isNotEmpty();
        CaseworkException missing = catchThrowableOfType(
                () -> referrals.recordOutcome(made.id() + 99, ReferralOutcome.DECLINED, CaseworkFixture.TODAY),
                CaseworkException.class);
        assertThat(missing.problem()).isEqualTo(Problem.NOT_FOUND);
    }

    @Test
    void aStoredReferralsEntryIsReadAsItIsNow() {
        assertThat(referrals.entry(refuge.id()).map(DirectoryEntry::id)).contains(refuge.id());
        assertThat(referrals.entry(refuge.id() + 99)).isEmpty();
    }
}
