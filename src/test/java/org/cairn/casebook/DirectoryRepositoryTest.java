package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryRepositoryTest {
    @TempDir
    Path dir;
    Casebook casebook;

    static DirectoryDetails details(String name, RecipientKind kind, String service, String language, String area) {
        return new DirectoryDetails(name, kind, List.of(service, "advice"), List.of("en", language), List.of(area),
                "Phone the duty line.", "01632 960001", "intake@example.org", null, LocalDate.of(2026, 2, 1));
    }

    @BeforeEach
    void create() {
        casebook = TestCasebooks.create(dir, new MutableClock(TestCasebooks.START));
    }

    @AfterEach
    void close() {
        TestCasebooks.vault(casebook).close();
    }

    @Test
    void entriesRoundTripSortedByNameAndAudited() {
        DirectoryEntry zeta = casebook.directory().add(details("Zeta Refuge", RecipientKind.THIRD_SECTOR, "refuge",
                "ur", "Northbridge"));
        DirectoryEntry alpha = casebook.directory().add(details("  alpha Law Centre ", RecipientKind.THIRD_SECTOR,
                "immigration advice", "es", "East Vale"));
        assertThat(alpha.name()).isEqualTo("alpha Law Centre");
        assertThat(casebook.directory().list()).containsExactly(alpha, zeta);
        assertThat(casebook.directory().find(zeta.id())).contains(zeta);
        assertThat(casebook.audit().forSubject("directory:" + zeta.id())).extracting(AuditEntry::action)
                .containsExactly(AuditAction.DIRECTORY_ENTRY_ADDED);
    }

    @Test
    void detailsAreTidiedSoWhatIsStoredReadsBackEqual() {
        DirectoryDetails messy = new DirectoryDetails("Name", RecipientKind.STATUTORY, List.of(" a ", "", "b"),
                List.of(), List.of("  "), null, " ", "", " x ", null);
        assertThat(messy.services()).containsExactly("a", "b");
        assertThat(messy.areas()).isEmpty();
        assertThat(messy.phone()).isNull();
        assertThat(messy.address()).isEqualTo("x");
        DirectoryEntry stored = casebook.directory().add(messy);
        assertThat(casebook.directory().find(stored.id()).orElseThrow().details()).isEqualTo(messy);
        assertThatThrownBy(() -> new DirectoryDetails("N", RecipientKind.CLIENT, List.of("a, b"), List.of(),
                List.of(), "", null, null, null, null)).hasMessageContaining("comma");
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        DirectoryEntry entry = casebook.directory().add(details("Rivermouth Women's Aid", RecipientKind.THIRD_SECTOR,
                "refuge", "ar", "Rivermouth"));
        assertThatThrownBy(() -> casebook.directory().add(details("RIVERMOUTH women's aid",
                RecipientKind.THIRD_SECTOR, "x", "y", "z"))).hasMessageContaining("already has an entry");
        DirectoryEntry other = casebook.directory().add(details("Other", RecipientKind.STATUTORY, "x", "y", "z"));
        assertThatThrownBy(() -> casebook.directory().update(other.id(), details("rivermouth Women's Aid",
                RecipientKind.STATUTORY, "x", "y", "z"))).hasMessageContaining("already has an entry");
        assertThat(casebook.directory().findByName(" rivermouth WOMEN'S AID")).contains(entry);
        assertThat(casebook.directory().findByName("Rivermouth")).isEmpty();
    }

    @Test
    void updateAndArchiveAreAuditedAndArchivedEntriesAreHiddenButFindable() {
        DirectoryEntry entry = casebook.directory().add(details("Harbour Advice", RecipientKind.THIRD_SECTOR,
                "welfare benefits", "pl", "Harbourside"));
        DirectoryDetails changed = details("Harbour Advice Centre", RecipientKind.THIRD_SECTOR, "debt", "ro",
                "Harbourside");
        casebook.directory().update(entry.id(), changed);
        casebook.directory().archive(entry.id());
        assertThat(casebook.directory().list()).isEmpty();
        assertThat(casebook.directory().find(entry.id())).contains(new DirectoryEntry(entry.id(), changed, true));
        assertThat(casebook.directory().search(new DirectorySearch(null, null, null, null, true))).hasSize(1);
        casebook.directory().restore(entry.id());
        assertThat(casebook.directory().list()).extracting(DirectoryEntry::name)
                .containsExactly("Harbour Advice Centre");
        assertThat(casebook.audit().forSubject("directory:" + entry.id())).extracting(AuditEntry::reason)
                .containsExactly(null, null, "archived", "restored");
        assertThatThrownBy(() -> casebook.directory().update(999, details("Nobody", RecipientKind.CLIENT, "a", "b",
                "c"))).hasMessageContaining("no such");
    }

    @Test
    void searchMatchesEveryGivenPartIgnoringCase() {
        DirectoryEntry refuge = casebook.directory().add(details("Northbridge Refuge", RecipientKind.THIRD_SECTOR,
                "Refuge accommodation", "Urdu", "Northbridge"));
        DirectoryEntry law = casebook.directory().add(details("Vale Law Centre", RecipientKind.THIRD_SECTOR,
                "Immigration advice", "Spanish", "East Vale"));
        DirectoryEntry council = casebook.directory().add(details("Northbridge Council Housing",
                RecipientKind.STATUTORY, "Homelessness", "Urdu", "Northbridge"));
        assertThat(casebook.directory().search(DirectorySearch.byName("northbridge"))).containsExactly(council,
                refuge);
        assertThat(casebook.directory().search(new DirectorySearch(null, "REFUGE", null, null, false)))
                .containsExactly(refuge);
        assertThat(casebook.directory().search(new DirectorySearch(null, null, "urdu", "northbridge", false)))
                .containsExactly(council, refuge);
        assertThat(casebook.directory().search(new DirectorySearch(null, "advice", "spanish", null, false)))
                .containsExactly(law);
        assertThat(casebook.directory().search(new DirectorySearch("vale", null, "urdu", null, false))).isEmpty();
    }

    @Test
    void importAddsNewNamesUpdatesKnownOnesInOneAuditedTransaction() {
        DirectoryEntry known = casebook.directory().add(details("Known Service", RecipientKind.THIRD_SECTOR, "a",
                "b", "c"));
        casebook.directory().archive(known.id());
        DirectoryDetails knownChanged = details("KNOWN service", RecipientKind.STATUTORY, "new", "b", "c");
        DirectoryDetails fresh = details("Fresh Service", RecipientKind.IMMIGRATION_AUTHORITY, "x", "y", "z");
        long auditBefore = casebook.audit().size();

        DirectoryRepository.ImportSummary summary = casebook.directory().importAll(List.of(knownChanged, fresh));

        assertThat(summary).isEqualTo(new DirectoryRepository.ImportSummary(1, 1));
        assertThat(casebook.directory().find(known.id())).contains(new DirectoryEntry(known.id(), knownChanged, true));
        assertThat(casebook.directory().findByName("Fresh Service").orElseThrow().details()).isEqualTo(fresh);
        assertThat(casebook.audit().size()).isEqualTo(auditBefore + 3);
        assertThat(casebook.audit().recent(1).get(0).action()).isEqualTo(AuditAction.DIRECTORY_IMPORTED);
        assertThat(casebook.audit().recent(1).get(0).reason()).isEqualTo("1 added, 1 updated");
    }

    @Test
    void kindsMirrorTheTemplateRecipientKinds() {
        assertThat(List.of(RecipientKind.values())).extracting(Enum::name).containsExactly("CLIENT",
                "THIRD_SECTOR", "STATUTORY", "IMMIGRATION_AUTHORITY");
    }
}
