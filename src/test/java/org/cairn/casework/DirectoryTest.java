package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.DirectoryDetails;
import org.cairn.casebook.DirectoryEntry;
import org.cairn.casebook.RecipientKind;
import org.cairn.casebook.directoryfile.DirectoryTransfer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DirectoryTest {
    @TempDir
    Path dir;
    Acting admin;

    @BeforeEach
    void open() {
        admin = Acting.as(dir.resolve("book"), "Asha Admin", Role.ADMINISTRATOR);
    }

    @AfterEach
    void close() {
        admin.close();
    }

    private static DirectoryDetails details(String name) {
        return new DirectoryDetails(name, RecipientKind.THIRD_SECTOR, List.of("housing"), List.of("en"),
                List.of("Rivermouth"), "Phone the duty line", "01632 960000", null, null, null);
    }

    private Directory directory() {
        return admin.casework().directory();
    }

    @Test
    void anEntryAddedIsOneTransactionAndItsAuditRowNamesThePersonActing() {
        long before = admin.lastRow();
        int writes = admin.transactions().writes();
        DirectoryEntry added = directory().add(details("Northbridge women's aid"));
        assertThat(admin.transactions().writes() - writes).isEqualTo(1);
        assertThat(admin.rowsSince(before)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(AuditAction.DIRECTORY_ENTRY_ADDED);
            assertThat(row.actor()).isEqualTo("Asha Admin");
            assertThat(row.subject()).isEqualTo("directory:" + added.id());
        });
        assertThat(directory().list()).extracting(DirectoryEntry::name).containsExactly("Northbridge women's aid");
    }

    /** Spellings a reader reads as the same name: case, spacing, an invisible character, a Cyrillic look-alike. */
    @ParameterizedTest
    @ValueSource(strings = {"NORTHBRIDGE WOMEN'S AID", "  Northbridge   women's aid ", "North\u200Bbridge women's aid",
        "N\u043Erthbridge women's aid"})
    void aNameTheDirectoryAlreadyHasIsRefusedAndNothingIsWritten(String sameName) {
        directory().add(details("Northbridge women's aid"));
        long before = admin.lastRow();
        int writes = admin.transactions().writes();
        CaseworkException refused = catchThrowableOfType(() -> directory().add(details(sameName)),
                CaseworkException.class);
        assertThat(refused.problem()).isEqualTo(Problem.DIRECTORY_NAME_IN_USE);
        assertThat(refused.getMessage()).doesNotContain("Northbridge");
        assertThat(admin.transactions().writes()).isEqualTo(writes);
        assertThat(admin.rowsSince(before)).isEmpty();
        assertThat(directory().list()).hasSize(1);
    }

    @Test
    void renamingOntoAnotherEntrysNameIsRefusedButKeepingItsOwnNameIsNot() {
        DirectoryEntry first = directory().add(details("Fair Work Rivermouth"));
        DirectoryEntry second = directory().add(details("Rivermouth Law Centre"));
        CaseworkException refused = catchThrowableOfType(() -> directory().update(second.id(),
                details("fair work rivermouth")), CaseworkException.class);
        assertThat(refused.problem()).isEqualTo(Problem.DIRECTORY_NAME_IN_USE);

        DirectoryEntry saved = directory().update(first.id(), details("FAIR WORK RIVERMOUTH"));
        assertThat(saved.name()).isEqualTo("FAIR WORK RIVERMOUTH");
        assertThat(admin.casebook().directory().find(first.id()).orElseThrow().name())
                .isEqualTo("FAIR WORK RIVERMOUTH");
    }

    @Test
    void anArchivedEntryStaysArchivedWhenEditedAndUnknownEntriesAreNotFound() {
        DirectoryEntry entry = directory().add(details("Rivermouth Law Centre"));
        directory().archive(entry.id());
        assertThat(directory().list()).isEmpty();
        assertThat(directory().update(entry.id(), details("Rivermouth Law Centre")).archived()).isTrue();
        assertThat(admin.casebook().directory().find(entry.id()).orElseThrow().archived()).isTrue();

        long missing = entry.id() + 1000;
        assertThat(catchThrowableOfType(() -> directory().update(missing, details("Elsewhere")),
                CaseworkException.class).problem()).isEqualTo(Problem.NOT_FOUND);
        assertThat(catchThrowableOfType(() -> directory().archive(missing), CaseworkException.class).problem())
                .isEqualTo(Problem.NOT_FOUND);
    }

    @Test
    void aFileImportsAsOneTransactionAndAFileWithAProblemStoresNothing() {
        directory().add(details("Fair Work Rivermouth"));
        directory().add(details("Rivermouth Law Centre"));
        byte[] file = directory().exportFile();

        try (Acting other = Acting.as(dir.resolve("other"), "Bea Admin", Role.ADMINISTRATOR)) {
            Directory there = other.casework().directory();
            byte[] broken = (new String(file, StandardCharsets.UTF_8) + "\nname: Third\nkind: nobody\n")
                    .getBytes(StandardCharsets.UTF_8);
            int writes = other.transactions().writes();
            DirectoryTransfer.Outcome refused = there.importFile(broken);
            assertThat(refused.stored()).isFalse();
            assertThat(other.transactions().writes()).isEqualTo(writes);
            assertThat(there.list()).isEmpty();

            long before = other.lastRow();
            DirectoryTransfer.Outcome stored = there.importFile(file);
            assertThat(stored.stored()).isTrue();
            assertThat(other.transactions().writes() - writes).isEqualTo(1);
            assertThat(there.list()).extracting(DirectoryEntry::name)
                    .containsExactly("Fair Work Rivermouth", "Rivermouth Law Centre");
            assertThat(other.rowsSince(before)).extracting(AuditEntry::actor).containsOnly("Bea Admin");
            assertThat(other.rowsSince(before)).extracting(AuditEntry::action)
                    .contains(AuditAction.DIRECTORY_IMPORTED);
        }
    }

    @Test
    void anAdvocateMayReadAndExportTheDirectoryButNotChangeIt() {
        directory().add(details("Fair Work Rivermouth"));
        Casework advocate = new Casework(admin.casebook(), new Person("Asha Admin", Role.ADVOCATE));
        assertThat(advocate.directory().list()).hasSize(1);
        assertThat(advocate.directory().exportFile()).isNotEmpty();
        CaseworkException refused = catchThrowableOfType(() -> advocate.directory().add(details("Another")),
                CaseworkException.class);
        assertThat(refused.problem()).isEqualTo(Problem.NOT_PERMITTED);
        assertThat(directory().list()).hasSize(1);
    }
}
