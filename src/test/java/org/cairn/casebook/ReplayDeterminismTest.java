package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replaying the redo log must rebuild exactly the database that was in memory, search index and audit included. */
class ReplayDeterminismTest {
    @TempDir
    Path dir;

    @Test
    void crashCopyReplaysToAnIdenticalDatabase() throws Exception {
        MutableClock clock = new MutableClock(TestCasebooks.START);
        Casebook casebook = TestCasebooks.create(dir.resolve("original"), clock);
        new DemoCasebook(casebook, clock, 7).generate(12, 5, n -> { });
        CaseFile file = casebook.cases().find(1).orElseThrow();
        clock.advance(Duration.ofHours(1));
        Note note = casebook.notes().add(file.id(), "Ασφαλής χώρος; refugio seguro 🙂");
        casebook.notes().edit(note.id(), "edited once");
        casebook.cases().close(file.id(), LocalDate.of(2026, 3, 14));
        casebook.audit().record(AuditAction.LETTER_PRINTED, file.reference().toString());
        List<String> before = TableDump.dump(TestCasebooks.vault(casebook));

        Path copy = TestCasebooks.copyAsCrashed(dir.resolve("original"), dir);
        TestCasebooks.vault(casebook).close();
        try (Vault reopened = TestVaults.open(copy)) {
            assertThat(reopened.openReport().replayedTransactions()).isGreaterThan(5);
            assertThat(TableDump.dump(reopened)).isEqualTo(before);
            assertThat(reopened.integrityProblems()).isEmpty();
            Casebook again = new Casebook(reopened, clock, TestCasebooks.ACTOR);
            assertThat(again.audit().verify().isOk()).isTrue();
            assertThat(again.search("refugio", 5)).isEmpty();
            assertThat(again.search("edited", 5)).extracting(CaseSummary::caseId).containsExactly(file.id());
        }
    }
}
