package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.cairn.casebook.ReferralConsentCheck.Verdict;
import org.junit.jupiter.api.Test;

class ReferralConsentCheckTest {
    static final Optional<ConsentEntry> CONSENT = Optional.of(new ConsentEntry(1, 1,
            new ConsentRecord(ConsentPurpose.REFER_TO_ORGANISATION, "Org", ConsentDecision.GIVEN,
                    LocalDate.of(2026, 1, 1), ConsentMethod.WRITTEN, null), "a", Instant.EPOCH));

    @Test
    void aBlockedRecipientIsRefusedEvenWithConsentAndAReason() {
        assertThat(ReferralConsentCheck.decide(true, CONSENT, "urgent")).isEqualTo(Verdict.BLOCKED);
        assertThat(ReferralConsentCheck.decide(true, Optional.empty(), null)).isEqualTo(Verdict.BLOCKED);
        assertThat(Verdict.BLOCKED.allowed()).isFalse();
    }

    @Test
    void consentInForceAllowsItWithoutAReason() {
        assertThat(ReferralConsentCheck.decide(false, CONSENT, null)).isEqualTo(Verdict.CONSENTED);
        assertThat(ReferralConsentCheck.decide(false, CONSENT, "ignored")).isEqualTo(Verdict.CONSENTED);
        assertThat(Verdict.CONSENTED.allowed()).isTrue();
    }

    @Test
    void withoutConsentOnlyARealReasonAllowsIt() {
        assertThat(ReferralConsentCheck.decide(false, Optional.empty(), null))
                .isEqualTo(Verdict.NEEDS_CONSENT_OR_REASON);
        assertThat(ReferralConsentCheck.decide(false, Optional.empty(), "   "))
                .isEqualTo(Verdict.NEEDS_CONSENT_OR_REASON);
        assertThat(Verdict.NEEDS_CONSENT_OR_REASON.allowed()).isFalse();
        assertThat(ReferralConsentCheck.decide(false, Optional.empty(), "She asked in person; form to follow"))
                .isEqualTo(Verdict.OVERRIDDEN);
        assertThat(Verdict.OVERRIDDEN.allowed()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aReasonWithoutThreeLettersIsNoReason() {
        for (String empty : new String[] {" ", "\u00A0\u2003", "...", "- !", "\u200B\u200B\u200B", "ab"}) {
            assertThat(ReferralConsentCheck.decide(false, Optional.empty(), empty))
                    .as(empty).isEqualTo(Verdict.NEEDS_CONSENT_OR_REASON);
        }
        assertThat(ReferralConsentCheck.decide(false, Optional.empty(), "Она согласилась"))
                .isEqualTo(Verdict.OVERRIDDEN);
    }
}
