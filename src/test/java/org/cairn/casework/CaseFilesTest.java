package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ImmigrationDetails;
import org.cairn.casebook.RiskLevel;
import org.cairn.casebook.RiskSource;
import org.cairn.vault.TestVaults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules that used to live in the case-file screen, now in one place for screens and commands alike. */
class CaseFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate OPENED = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;
    private Casebook casebook;
    private Casework casework;

    @BeforeEach
    void setUp() {
        casebook = Casebook.open(TestVaults.create(dir).vault(), CLOCK, "Amina Yusuf");
        casework = new Casework(casebook, new Person("Amina Yusuf", Role.ADVOCATE));
    }

    private CaseFile newCase() {
        return casework.cases().openNew(null, ClientDetails.withAlias("Rose"), CaseDetails.opened(OPENED, "Amina"));
    }

    @Test
    void aNewCaseForANewClientCreatesBothInOneStepAndTheAuditNamesThePerson() {
        CaseFile created = newCase();
        assertThat(casework.cases().client(created.clientId())).get()
                .satisfies(c -> assertThat(c.details().alias()).isEqualTo("Rose"));
        assertThat(casebook.audit().recent(10)).extracting(AuditEntry::actor).containsOnly("Amina Yusuf");
        assertThat(casebook.audit().recent(10)).extracting(AuditEntry::action)
                .contains(AuditAction.CLIENT_CREATED, AuditAction.CASE_OPENED);
    }

    @Test
    void aRiskLevelChangedByHandGoesIntoTheRiskHistory() {
        CaseFile created = newCase();
        CaseDetails raised = new CaseDetails(OPENED, null, created.details().status(), "Amina",
                created.details().abuseTypes(), RiskLevel.HIGH, null, null, created.details().nrpf(),
                created.details().evidenceGaps());
        casework.cases().saveCase(created.id(), raised, ImmigrationDetails.none());
        assertThat(casebook.risk().history(created.id())).singleElement().satisfies(change -> {
            assertThat(change.to()).isEqualTo(RiskLevel.HIGH);
            assertThat(change.source()).isEqualTo(RiskSource.EDIT);
        });
        // Saving again at the same level adds nothing to the history.
        casework.cases().saveCase(created.id(), raised, ImmigrationDetails.none());
        assertThat(casebook.risk().history(created.id())).hasSize(1);
    }

    @Test
    void readingACaseFileCanRecordTheOpeningAndShowsItInTheCaseAudit() {
        CaseFile created = newCase();
        CaseFileContents first = casework.cases().read(created.id(), true);
        assertThat(first.audit()).extracting(AuditEntry::action).contains(AuditAction.CASE_FILE_OPENED);
        long openings = casework.cases().read(created.id(), false).audit().stream()
                .filter(e -> e.action() == AuditAction.CASE_FILE_OPENED).count();
        assertThat(openings).isEqualTo(1);
    }

    @Test
    void aCaseThatIsGoneIsReportedAsACodeNotAnEmptyOptionalError() {
        assertThatThrownBy(() -> casework.cases().read(9_999, false)).isInstanceOf(CaseworkException.class)
                .satisfies(e -> assertThat(((CaseworkException) e).problem()).isEqualTo(Problem.NOT_FOUND));
    }

    @Test
    void blankNotesAndTasksAreRefusedWithACodeWhateverTheInvisibleCharacters() {
        CaseFile created = newCase();
        for (String blank : new String[] {"", "   ", "\t\n", "\u2003\u3000"}) {
            assertThatThrownBy(() -> casework.notes().add(created.id(), blank))
                    .isInstanceOf(CaseworkException.class).hasMessage("EMPTY_TEXT");
            assertThatThrownBy(() -> casework.tasks().add(created.id(), blank, OPENED))
                    .isInstanceOf(CaseworkException.class).hasMessage("EMPTY_TEXT");
        }
        assertThat(casebook.notes().forCase(created.id())).isEmpty();
    }

    @Test
    void aCoordinatorCannotReadACaseFileOrFindCases() {
        CaseFile created = newCase();
        Casework coordinator = new Casework(casebook, new Person("Amina Yusuf", Role.COORDINATOR));
        assertThatThrownBy(() -> coordinator.cases().read(created.id(), true)).isInstanceOf(CaseworkException.class)
                .hasMessage("NOT_PERMITTED");
        // Refused before anything was written: no "case file opened" row.
        assertThat(casebook.audit().recent(50)).extracting(AuditEntry::action)
                .doesNotContain(AuditAction.CASE_FILE_OPENED);
    }

    @Test
    void theCaseworkMustActAsThePersonTheAuditTrailNames() {
        assertThatThrownBy(() -> new Casework(casebook, new Person("someone else", Role.ADMINISTRATOR)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
