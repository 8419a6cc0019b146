package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.casework.SharedCases.edit;
import static org.cairn.casework.SharedCases.exchange;
import static org.cairn.casework.SharedCases.preview;
import static org.cairn.casework.SharedCases.send;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.Casebook;
import org.cairn.transfer.MergePreview.FieldConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conflict names, on each side, who last changed that kind of record (her details, a task...), not whoever last
 * touched the case: a note added later by someone else does not hide who changed her details (ADR 0057).
 */
class ConflictLastChangeTest {
    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    TransferCasebooks.Laptop outreach;
    TransferCasebooks.Laptop centre;
    CaseFile file;

    @BeforeEach
    void aCaseSharedOnce() {
        casebooks = new TransferCasebooks(dir);
        outreach = casebooks.laptop("outreach");
        centre = casebooks.laptop("centre");
        TransferCasebooks.pair(outreach, centre);
        file = outreach.caseWithHistory("Amal");
        exchange(outreach, file.reference().toString(), centre, dir);
    }

    @AfterEach
    void close() {
        casebooks.close();
    }

    @Test
    void eachSideNamesTheLatestChangeOfThatKindOfRecord() {
        changeAlias(outreach, "Amal H.", "jo");
        Casebook.open(outreach.vault(), TransferCasebooks.CLOCK, "sam").notes().add(file.id(), "Later note");
        changeAlias(centre, "Amal K.", "ana");
        long here = centre.casebook().cases().findByReference(file.reference()).orElseThrow().id();
        Casebook.open(centre.vault(), TransferCasebooks.CLOCK, "lee").tasks().add(here, "Call back",
                LocalDate.of(2027, 1, 5));

        List<FieldConflict> conflicts = preview(centre, send(outreach, file.reference().toString(), centre))
                .merge().conflicts();
        FieldConflict alias = conflicts.stream().filter(c -> c.field().equals("alias")).findFirst().orElseThrow();
        assertThat(alias.theirChange().by()).as("not sam, who only added a note later").isEqualTo("jo");
        assertThat(alias.ourChange().by()).as("not lee, who only added a task later").isEqualTo("ana");
    }

    @Test
    void theCaseDetailsNameWhoLastChangedTheCaseNotWhoAddedANoteSince() {
        edit(outreach, "UPDATE case_file SET advocate = 'R. K.'");
        Casebook.open(outreach.vault(), TransferCasebooks.CLOCK, "sam").notes().add(file.id(), "Later note");
        edit(centre, "UPDATE case_file SET advocate = 'T. A. B.'");
        FieldConflict advocate = preview(centre, send(outreach, file.reference().toString(), centre)).merge()
                .conflicts().stream().filter(c -> c.field().equals("advocate")).findFirst().orElseThrow();
        // The only line about the case's own details there is its opening; the note came later.
        assertThat(advocate.theirChange().by()).isEqualTo("outreach.advocate");
    }

    /** Her alias changed as the client screen would: the row, then one CLIENT_UPDATED line under her subject. */
    private static void changeAlias(TransferCasebooks.Laptop at, String alias, String by) {
        Casebook as = Casebook.open(at.vault(), TransferCasebooks.CLOCK, by);
        as.transactions().write(tx -> {
            long client = tx.queryLong("SELECT id FROM client");
            tx.execute("UPDATE client SET alias = ? WHERE id = ?", alias, client);
            return as.audit().append(tx, AuditAction.CLIENT_UPDATED, "client:" + client, null);
        });
    }
}
