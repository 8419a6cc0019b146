package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void theDemoHasAFictionalDirectoryOfEveryKindAndSomeEntriesBlockedForOneClient() {
        MutableClock clock = new MutableClock(TestCasebooks.START);
        Casebook casebook = TestCasebooks.create(dir, clock);
        try {
            new DemoCasebook(casebook, clock, 7).generate(150, 50, n -> { });
            List<DirectoryEntry> entries = casebook.directory().list();
            assertThat(entries).hasSize(DemoDirectory.entries(java.time.LocalDate.now(clock)).size());
            Set<RecipientKind> kinds = entries.stream().map(DirectoryEntry::kind)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(RecipientKind.class)));
            assertThat(kinds).containsExactlyInAnyOrder(RecipientKind.values());
            for (DirectoryEntry entry : entries) {
                DirectoryDetails d = entry.details();
                assertThat(d.phone()).as(d.name()).matches("01632 960\\d{3}|07700 900\\d{3}");
                if (d.email() != null) {
                    assertThat(d.email()).as(d.name()).endsWith("@example.org");
                }
                assertThat(d.services()).isNotEmpty();
                assertThat(d.lastChecked()).isBefore(java.time.LocalDate.now(clock));
            }
            assertThat(DemoTexts.ORGANISATIONS).allSatisfy(name ->
                    assertThat(casebook.directory().findByName(name)).isPresent());

            DirectoryEntry centre = casebook.directory().findByName(DemoDirectory.COMMUNITY_CENTRE).orElseThrow();
            List<Long> blockedClients = TestCasebooks.vault(casebook).read(r -> r.query(
                    "SELECT client_id FROM client_blocked_recipient WHERE directory_entry_id = ?",
                    row -> row.getLong(1), centre.id()));
            assertThat(blockedClients).hasSizeBetween(1, 20);
            long blocked = blockedClients.get(0);
            assertThat(casebook.blockedRecipients().isBlocked(blocked, centre.id(), null)).isTrue();
            long notBlocked = blocked == 1 ? 2 : 1;
            assertThat(blockedClients).doesNotContain(notBlocked);
            assertThat(casebook.blockedRecipients().isBlocked(notBlocked, centre.id(), centre.name())).isFalse();

            // A second batch of cases adds no second directory.
            new DemoCasebook(casebook, clock, 8).generate(2, n -> { });
            assertThat(casebook.directory().list()).hasSameSizeAs(entries);
        } finally {
            TestCasebooks.vault(casebook).close();
        }
    }
}
