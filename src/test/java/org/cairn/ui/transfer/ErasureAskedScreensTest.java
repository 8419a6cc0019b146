package org.cairn.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.CaseReference;
import org.cairn.casework.Casework;
import org.cairn.casework.Role;
import org.cairn.casework.TransferCasebooks;
import org.cairn.casework.TransferCasebooks.Laptop;
import org.cairn.transfer.TransferKind;
import org.cairn.ui.transfer.moves.MovesViewModel;
import org.cairn.ui.transfer.send.SendViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the casebook that counts a shared case erases it, its next file asks the receiver to erase its copy: the
 * import screen names that case (by reference only) in the preview and after the import, with what to do, and the
 * moves screen keeps listing it until the copy is erased here.
 */
class ErasureAskedScreensTest {
    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    Laptop outreach;
    Laptop centre;
    TransferScreenModels there;
    TransferScreenModels here;

    @BeforeEach
    void twoPairedLaptops() {
        casebooks = new TransferCasebooks(dir);
        outreach = casebooks.laptop("outreach");
        centre = casebooks.laptop("centre");
        TransferCasebooks.pair(outreach, centre);
        there = new TransferScreenModels(dir, outreach);
        here = new TransferScreenModels(dir, centre);
    }

    @AfterEach
    void close() {
        casebooks.close();
    }

    @Test
    void theImportScreenNamesACaseWhoseOwnerErasedItAndTheMovesScreenKeepsTheRequest() {
        CaseReference x = outreach.caseWithHistory("Amal").reference();
        CaseReference y = outreach.caseWithHistory("Bea").reference();
        importHere(send(x, "x.cairn-transfer"));
        String copy = x.toString(); // no reference was taken at the centre yet, so X keeps it
        assertThat(centre.casebook().cases().findByReference(x)).isPresent();

        Casework.actingAs(outreach.casebook(), Role.ADMINISTRATOR).erasure().eraseClient(copy, "she asked");
        Path withNotice = send(y, "y.cairn-transfer");

        TransferImportViewModel importer = here.importer();
        importer.open(withNotice);
        assertThat(importer.erasureAsked()).as("the preview names the case whose erasure is asked")
                .singleElement().asString().contains(copy).contains("--case-only")
                .doesNotContain("Amal");
        importer.importNow();
        assertThat(importer.summaryProperty().get()).as("and so does the summary after the import")
                .contains(copy).contains("erase");
        assertThat(centre.casebook().cases().findByReference(x)).as("never erased by itself").isPresent();

        MovesViewModel moves = here.moves();
        assertThat(moves.erasureRequests()).singleElement().asString().contains(copy);

        Casework.actingAs(centre.casebook(), Role.ADMINISTRATOR).erasure().eraseCase(copy, "its owner erased it");
        moves.refresh();
        assertThat(moves.erasureRequests()).as("gone once the copy is erased").isEmpty();
    }

    private Path send(CaseReference reference, String name) {
        SendViewModel send = there.send(List.of(reference));
        send.kindProperty().set(TransferKind.SHARE);
        Path file = dir.resolve(name);
        there.files.answers.add(file);
        send.send();
        assertThat(send.errorProperty().get()).isEmpty();
        return file;
    }

    private void importHere(Path file) {
        TransferImportViewModel importer = here.importer();
        importer.open(file);
        importer.importNow();
        assertThat(importer.summaryProperty().get()).isNotEmpty();
    }
}
