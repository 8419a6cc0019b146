package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseRepositoryTest {
    @TempDir
    Path dir;
    Casebook casebook;
    long clientId;

    @BeforeEach
    void create() {
        casebook = TestCasebooks.create(dir, new MutableClock(TestCasebooks.START));
        clientId = casebook.clients().create(ClientDetails.withAlias("Ioana M.")).id();
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    static CaseDetails everyField(LocalDate opened) {
        return new CaseDetails(opened, opened.plusDays(40), CaseStatus.CLOSED, "S. Kapoor",
                EnumSet.of(AbuseType.COERCIVE_CONTROL, AbuseType.ECONOMIC, AbuseType.FGM), RiskLevel.HIGH,
                opened.plusDays(2), ImmigrationCategory.SPOUSE_OR_PARTNER_VISA, YesNoUnknown.YES,
                new EvidenceGaps(YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.UNKNOWN, YesNoUnknown.YES,
                        YesNoUnknown.NO, YesNoUnknown.YES));
    }

    @Test
    void roundTripsEveryField() {
        CaseDetails details = everyField(LocalDate.of(2025, 6, 1));
        CaseFile opened = casebook.cases().open(clientId, details);
        assertThat(casebook.cases().find(opened.id())).contains(opened);
        assertThat(opened.details()).isEqualTo(details);
        assertThat(casebook.cases().findByReference(opened.reference())).contains(opened);
    }

    @Test
    void roundTripsEveryAbuseTypeAndEveryImmigrationCategory() {
        for (ImmigrationCategory category : ImmigrationCategory.values()) {
            CaseDetails base = CaseDetails.opened(LocalDate.of(2026, 1, 5), "R. Mensah");
            CaseDetails details = new CaseDetails(base.openedOn(), null, CaseStatus.OPEN, base.advocate(),
                    EnumSet.allOf(AbuseType.class), RiskLevel.MEDIUM, null, category, YesNoUnknown.NO,
                    EvidenceGaps.unknown());
            CaseFile opened = casebook.cases().open(clientId, details);
            assertThat(casebook.cases().find(opened.id()).orElseThrow().details()).isEqualTo(details);
        }
    }

    @Test
    void referencesNumberPerYearOfOpening() {
        CaseFile a = casebook.cases().open(clientId, CaseDetails.opened(LocalDate.of(2025, 12, 31), "R. Mensah"));
        CaseFile b = casebook.cases().open(clientId, CaseDetails.opened(LocalDate.of(2026, 1, 1), "R. Mensah"));
        CaseFile c = casebook.cases().open(clientId, CaseDetails.opened(LocalDate.of(2026, 3, 1), "R. Mensah"));
        CaseFile d = casebook.cases().open(clientId, CaseDetails.opened(LocalDate.of(2025, 1, 2), "R. Mensah"));
        assertThat(a.reference()).hasToString("C-2025-0001");
        assertThat(b.reference()).hasToString("C-2026-0001");
        assertThat(c.reference()).hasToString("C-2026-0002");
        assertThat(d.reference()).hasToString("C-2025-0002");
        assertThat(casebook.cases().forClient(clientId)).extracting(CaseFile::reference)
                .containsExactly(d.reference(), a.reference(), b.reference(), c.reference());
    }

    @Test
    void referenceParsesAndFormats() {
        assertThat(CaseReference.parse("C-2026-0042")).isEqualTo(new CaseReference(2026, 42));
        assertThat(new CaseReference(2026, 12345)).hasToString("C-2026-12345");
        assertThatThrownBy(() -> CaseReference.parse("2026-42")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closeAndUpdateAreAuditedAgainstTheReference() {
        CaseFile opened = casebook.cases().open(clientId, CaseDetails.opened(LocalDate.of(2026, 2, 1), "K. Nowak"));
        CaseDetails assessed = new CaseDetails(opened.details().openedOn(), null, CaseStatus.OPEN, "K. Nowak",
                Set.of(AbuseType.STALKING), RiskLevel.HIGH, LocalDate.of(2026, 2, 3), null, YesNoUnknown.UNKNOWN,
                EvidenceGaps.unknown());
        casebook.cases().update(opened.id(), assessed);
        casebook.cases().close(opened.id(), LocalDate.of(2026, 3, 1));
        CaseFile found = casebook.cases().find(opened.id()).orElseThrow();
        assertThat(found.details()).isEqualTo(assessed.closed(LocalDate.of(2026, 3, 1)));
        assertThat(casebook.audit().forSubject(opened.reference().toString())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CASE_OPENED, AuditAction.CASE_UPDATED, AuditAction.CASE_CLOSED);
    }

    @Test
    void reopeningClearsTheClosingDateKeepsTheRestAndIsAudited() {
        CaseFile opened = casebook.cases().open(clientId, CaseDetails.opened(LocalDate.of(2026, 2, 1), "K. Nowak"));
        assertThatThrownBy(() -> casebook.cases().reopen(opened.id())).isInstanceOf(IllegalStateException.class);
        casebook.cases().close(opened.id(), LocalDate.of(2026, 3, 1));
        casebook.cases().reopen(opened.id());
        assertThat(casebook.cases().find(opened.id()).orElseThrow().details()).isEqualTo(opened.details());
        assertThat(casebook.audit().forSubject(opened.reference().toString())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CASE_OPENED, AuditAction.CASE_CLOSED, AuditAction.CASE_REOPENED);
    }

    @Test
    void refusesInconsistentStatusAndUnknownClient() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> new CaseDetails(day, null, CaseStatus.CLOSED, "x", Set.of(), RiskLevel.STANDARD,
                null, null, YesNoUnknown.UNKNOWN, EvidenceGaps.unknown())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> casebook.cases().open(424242, CaseDetails.opened(day, "x")))
                .isInstanceOf(org.cairn.vault.DatabaseException.class);
        assertThat(casebook.counts().cases()).isZero();
    }
}
