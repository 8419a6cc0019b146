package org.cairn.casebook.directoryfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.DirectoryRepository;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTransferTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aFileWithAnyProblemStoresNothingAndACleanOneRoundTripsThroughAnotherCasebook() {
        try (Vault first = TestVaults.create(dir.resolve("a")).vault();
                Vault second = TestVaults.create(dir.resolve("b")).vault()) {
            Casebook source = Casebook.open(first, CLOCK, "advocate.one");
            DirectoryTransfer transfer = new DirectoryTransfer(source.directory());
            String broken = DirectoryFileTest.GOOD + "\nname: Third\nkind: nobody\n";
            long auditBefore = source.audit().size();

            DirectoryTransfer.Outcome refused = transfer.importFile(broken.getBytes(StandardCharsets.UTF_8));
            assertThat(refused.stored()).isFalse();
            assertThat(refused.problems()).extracting(LineProblem::line).containsExactly(21);
            assertThat(source.directory().list()).isEmpty();
            assertThat(source.audit().size()).isEqualTo(auditBefore);

            DirectoryTransfer.Outcome stored = transfer.importFile(
                    DirectoryFileTest.GOOD.getBytes(StandardCharsets.UTF_8));
            assertThat(stored.summary()).isEqualTo(new DirectoryRepository.ImportSummary(2, 0));
            byte[] exported = transfer.export();

            Casebook target = Casebook.open(second, CLOCK, "advocate.two");
            DirectoryTransfer other = new DirectoryTransfer(target.directory());
            assertThat(other.importFile(exported).stored()).isTrue();
            assertThat(target.directory().list()).extracting(DirectoryEntry::details)
                    .isEqualTo(source.directory().list().stream().map(DirectoryEntry::details).toList());
            assertThat(other.export()).isEqualTo(exported);
            assertThat(other.importFile(exported).summary()).isEqualTo(new DirectoryRepository.ImportSummary(0, 2));
        }
    }
}
