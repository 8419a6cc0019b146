package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentRepositoryTest {
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final ConsentPurpose STATS = ConsentPurpose.COUNT_IN_STATISTICS;
    static final ConsentPurpose REFER = ConsentPurpose.REFER_TO_ORGANISATION;

    @TempDir
    Path dir;
    Casebook casebook;
    long client;

    @BeforeEach
    void create() {
        casebook = TestCasebooks.create(dir, new MutableClock(TestCasebooks.START));
        client = casebook.clients().create(ClientDetails.withAlias("Nasreen")).id();
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    private ConsentEntry record(ConsentPurpose purpose, String org, ConsentDecision decision, LocalDate on,
            LocalDate expiry) {
        return casebook.consents().record(client,
                new ConsentRecord(purpose, org, decision, on, ConsentMethod.WRITTEN, expiry));
    }

    @Test
    void ledgerRoundTripsWithWhoRecordedIt() {
        ConsentEntry entry = record(REFER, "Rights of Women", ConsentDecision.GIVEN, JAN_1, JAN_1.plusYears(1));
        assertThat(casebook.consents().forClient(client)).containsExactly(entry);
        assertThat(entry.recordedBy()).isEqualTo(TestCasebooks.ACTOR);
        assertThat(entry.recordedAt()).isEqualTo(TestCasebooks.START);
        assertThat(casebook.audit().forSubject("client:" + client)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CLIENT_CREATED, AuditAction.CONSENT_RECORDED);
    }

    @Test
    void notInForceBeforeItIsGivenOrWhenNeverGiven() {
        record(STATS, null, ConsentDecision.GIVEN, JAN_1, null);
        assertThat(casebook.consents().isInForce(client, STATS, JAN_1.minusDays(1))).isFalse();
        assertThat(casebook.consents().isInForce(client, STATS, JAN_1)).isTrue();
        assertThat(casebook.consents().isInForce(client, ConsentPurpose.KEEP_RECORDS, JAN_1)).isFalse();
    }

    @Test
    void expiryEndsConsentOnTheExpiryDate() {
        LocalDate expiry = JAN_1.plusMonths(6);
        record(STATS, null, ConsentDecision.GIVEN, JAN_1, expiry);
        assertThat(casebook.consents().isInForce(client, STATS, expiry.minusDays(1))).isTrue();
        assertThat(casebook.consents().isInForce(client, STATS, expiry)).isFalse();
    }

    @Test
    void withdrawalEndsConsentFromItsDateButNotBefore() {
        record(STATS, null, ConsentDecision.GIVEN, JAN_1, null);
        record(STATS, null, ConsentDecision.WITHDRAWN, JAN_1.plusDays(30), null);
        assertThat(casebook.consents().isInForce(client, STATS, JAN_1.plusDays(29))).isTrue();
        assertThat(casebook.consents().isInForce(client, STATS, JAN_1.plusDays(30))).isFalse();
        record(STATS, null, ConsentDecision.GIVEN, JAN_1.plusDays(60), null);
        assertThat(casebook.consents().isInForce(client, STATS, JAN_1.plusDays(45))).isFalse();
        assertThat(casebook.consents().isInForce(client, STATS, JAN_1.plusDays(60))).isTrue();
    }

    @Test
    void withdrawalRecordedOutOfOrderStillCountsByItsDate() {
        record(STATS, null, ConsentDecision.WITHDRAWN, JAN_1.plusDays(10), null);
        record(STATS, null, ConsentDecision.GIVEN, JAN_1, null);
        assertThat(casebook.consents().isInForce(client, STATS, JAN_1.plusDays(5))).isTrue();
        assertThat(casebook.consents().isInForce(client, STATS, JAN_1.plusDays(10))).isFalse();
    }

    @Test
    void organisationConsentsAreSeparatePerOrganisation() {
        record(REFER, "Southall Black Sisters", ConsentDecision.GIVEN, JAN_1, null);
        record(REFER, "FLEX", ConsentDecision.GIVEN, JAN_1, null);
        record(REFER, "FLEX", ConsentDecision.WITHDRAWN, JAN_1.plusDays(3), null);
        LocalDate later = JAN_1.plusDays(5);
        assertThat(casebook.consents().isInForce(client, REFER, " southall black sisters ", later)).isTrue();
        assertThat(casebook.consents().isInForce(client, REFER, "FLEX", later)).isFalse();
        assertThat(casebook.consents().isInForce(client, ConsentPurpose.SHARE_WITH_ORGANISATION, "FLEX", later))
                .isFalse();
        assertThatThrownBy(() -> casebook.consents().isInForce(client, REFER, later))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsAreValidated() {
        assertThatThrownBy(() -> new ConsentRecord(REFER, null, ConsentDecision.GIVEN, JAN_1, ConsentMethod.VERBAL,
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsentRecord(STATS, "FLEX", ConsentDecision.GIVEN, JAN_1, ConsentMethod.VERBAL,
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsentRecord(STATS, null, ConsentDecision.GIVEN, JAN_1, ConsentMethod.VERBAL,
                JAN_1)).isInstanceOf(IllegalArgumentException.class);
    }
}
