package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskRepositoryTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(TestCasebooks.START);
    Casebook casebook;
    CaseFile caseFile;

    @BeforeEach
    void create() {
        casebook = TestCasebooks.create(dir, clock);
        long client = casebook.clients().create(ClientDetails.withAlias("Rahwa")).id();
        caseFile = casebook.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 3, 1), "L. Fernandes"));
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    @Test
    void changingTheLevelUpdatesTheCaseAndTheHistory() {
        RiskLevel before = casebook.cases().find(caseFile.id()).orElseThrow().details().risk();
        casebook.risk().change(caseFile.id(), RiskLevel.HIGH, RiskSource.CHECKLIST, null, null);
        var details = casebook.cases().find(caseFile.id()).orElseThrow().details();
        assertThat(details.risk()).isEqualTo(RiskLevel.HIGH);
        assertThat(details.riskAssessedOn()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(casebook.risk().history(caseFile.id())).singleElement().satisfies(change -> {
            assertThat(change.from()).isEqualTo(before);
            assertThat(change.to()).isEqualTo(RiskLevel.HIGH);
            assertThat(change.source()).isEqualTo(RiskSource.CHECKLIST);
        });
        assertThat(casebook.audit().forSubject(caseFile.reference().toString())).extracting(AuditEntry::action)
                .endsWith(AuditAction.RISK_CHANGED);
    }

    @Test
    void judgementAndDeclinedProposalsNeedAReason() {
        assertThatThrownBy(() -> casebook.risk().change(caseFile.id(), RiskLevel.HIGH, RiskSource.JUDGEMENT, null,
                " ")).isInstanceOf(IllegalArgumentException.class);
        RiskLevel current = casebook.cases().find(caseFile.id()).orElseThrow().details().risk();
        assertThatThrownBy(() -> casebook.risk().change(caseFile.id(), current, RiskSource.CHECKLIST, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(casebook.risk().history(caseFile.id())).isEmpty();
        casebook.risk().change(caseFile.id(), RiskLevel.HIGH, RiskSource.JUDGEMENT, null, "Threats since Monday");
        assertThat(casebook.risk().history(caseFile.id())).extracting(RiskChange::reason)
                .containsExactly("Threats since Monday");
    }

    @Test
    void maracDecisionsAreKeptAndADeclineNeedsAReason() {
        assertThatThrownBy(() -> casebook.risk().decideMarac(caseFile.id(), null, null, MaracChoice.DECLINED, ""))
                .isInstanceOf(IllegalArgumentException.class);
        casebook.risk().decideMarac(caseFile.id(), null, null, MaracChoice.DECLINED, "Client does not agree yet");
        casebook.risk().decideMarac(caseFile.id(), null, null, MaracChoice.REFER, null);
        assertThat(casebook.risk().maracDecisions(caseFile.id())).extracting(MaracDecision::decision)
                .containsExactly(MaracChoice.DECLINED, MaracChoice.REFER);
        assertThat(casebook.audit().forSubject(caseFile.reference().toString())).extracting(AuditEntry::action)
                .filteredOn(a -> a == AuditAction.MARAC_DECIDED).hasSize(2);
    }
}
