package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseReference;
import org.cairn.transfer.TransferKind;
import org.cairn.transfer.TransferPreview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the casebook that counts a shared case erases it, the next file to the casebook holding a copy names the
 * case's lasting id (nothing else); that casebook shows the request and keeps it, and erases nothing by itself
 * (ADR 0057). The notice stops once the other casebook shows it imported a file carrying it.
 */
class ErasureNoticeTest {
    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    TransferCasebooks.Laptop outreach;
    TransferCasebooks.Laptop centre;

    @BeforeEach
    void twoPairedLaptops() {
        casebooks = new TransferCasebooks(dir);
        outreach = casebooks.laptop("outreach");
        centre = casebooks.laptop("centre");
        TransferCasebooks.pair(outreach, centre);
    }

    @AfterEach
    void close() {
        casebooks.close();
    }

    @Test
    void anErasureByTheOwnerTravelsAsANoticeAndTheCopyIsErasedOnlyByAPerson() {
        CaseFile erased = outreach.caseWithHistory("Amal");
        CaseFile kept = outreach.caseWithHistory("Bea");
        String erasedUid = uid(outreach, erased.reference().toString());
        receive(centre, share(outreach, List.of(erased.reference(), kept.reference()), "centre"), "b1");
        String copy = reference(centre, erasedUid);
        String centreId = centre.work().transfers().pairingCard().casebookId();

        admin(outreach).erasure().eraseClient(erased.reference().toString(), "she asked to be erased");
        assertThat(settings(outreach)).as("the notice names ids only, and nothing else of her stays")
                .contains("erasure-notice." + centreId + "." + erasedUid + "=0")
                .noneMatch(line -> line.contains(erased.reference().toString()));

        byte[] withNotice = share(outreach, List.of(kept.reference()), "centre");
        List<String> before = TransfersTest.everything(centre.casebook());
        TransferPreview preview = centre.work().transfers().preview(withNotice);
        assertThat(preview.erasureAsked()).containsExactly(copy);
        assertThat(TransfersTest.everything(centre.casebook())).as("a preview changes nothing").isEqualTo(before);

        receive(centre, withNotice, "b2");
        assertThat(centre.casebook().cases().findByReference(CaseReference.parse(copy)))
                .as("never erased by the import").isPresent();
        assertThat(centre.work().transfers().erasureRequests()).containsExactly(copy);
        assertThat(centre.casebook().audit().recent(50)).anySatisfy(row -> {
            assertThat(row.subject()).isEqualTo(copy);
            assertThat(row.reason()).startsWith("erasure asked");
        });
        assertThatThrownBy(() -> receive(centre, withNotice, "b3")).isInstanceOfSatisfying(CaseworkException.class,
                e -> assertThat(e.arguments()).containsExactly("REPLAYED"));

        // Until the centre shows it imported a file with the notice, every file to it carries the notice again.
        assertThat(settings(outreach)).contains("erasure-notice." + centreId + "." + erasedUid + "=2");
        byte[] again = share(outreach, List.of(kept.reference()), "centre");
        assertThat(centre.work().transfers().preview(again).erasureAsked()).containsExactly(copy);
        receive(outreach, share(centre, List.of(CaseReference.parse(reference(centre, uid(outreach,
                kept.reference().toString())))), "outreach"), "b4");
        assertThat(settings(outreach)).as("acknowledged: the notice goes")
                .noneMatch(l -> l.startsWith("erasure-notice."));

        admin(centre).erasure().eraseClient(copy, "her casebook erased her");
        assertThat(centre.work().transfers().erasureRequests()).isEmpty();
        assertThat(settings(centre)).allSatisfy(line -> {
            if (line.contains(erasedUid)) {
                assertThat(line).startsWith("erased." + erasedUid + "=");
            }
        });
    }

    @Test
    void aCasebookErasingItsSharedCopySendsNoNoticeAndANonOwnerCannotAsk() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        String uid = uid(outreach, sent.reference().toString());
        receive(centre, share(outreach, List.of(sent.reference()), "centre"), "b1");
        CaseFile other = centre.caseWithHistory("Bea");
        receive(outreach, share(centre, List.of(other.reference()), "outreach"), "b2");

        admin(centre).erasure().eraseClient(reference(centre, uid), "the centre no longer works with her");
        assertThat(settings(centre)).noneMatch(line -> line.startsWith("erasure-notice."));
        assertThat(outreach.work().transfers().preview(share(centre, List.of(other.reference()), "outreach"))
                .erasureAsked()).isEmpty();
        assertThat(outreach.casebook().cases().findByReference(sent.reference())).isPresent();
    }

    @Test
    void anAnonymisedSharedCaseSendsANotice() {
        CaseFile gone = outreach.caseWithHistory("Amal");
        CaseFile kept = outreach.caseWithHistory("Bea");
        String goneUid = uid(outreach, gone.reference().toString());
        receive(centre, share(outreach, List.of(gone.reference(), kept.reference()), "centre"), "b1");
        String copy = reference(centre, goneUid);
        outreach.casebook().transactions().write(tx -> outreach.casebook().erasures().anonymise(tx, gone.id()));
        assertThat(centre.work().transfers().preview(share(outreach, List.of(kept.reference()), "centre"))
                .erasureAsked()).as("the copy of an anonymised case is asked to go").containsExactly(copy);
    }

    @Test
    void aCaseRestrictedAndLiftedAfterSharingStillSendsANoticeWhenErased() {
        CaseFile gone = outreach.caseWithHistory("Amal");
        CaseFile kept = outreach.caseWithHistory("Bea");
        String goneUid = uid(outreach, gone.reference().toString());
        receive(centre, share(outreach, List.of(gone.reference(), kept.reference()), "centre"), "b1");
        String copy = reference(centre, goneUid);
        outreach.casebook().transactions().write(tx -> {
            byte[] plain = outreach.casebook().restrictions().takeContent(tx, gone.id());
            outreach.casebook().restrictions().lift(tx, gone.id(), plain);
            return null;
        });
        admin(outreach).erasure().eraseClient(gone.reference().toString(), "she asked to be erased");
        assertThat(centre.work().transfers().preview(share(outreach, List.of(kept.reference()), "centre"))
                .erasureAsked()).as("restriction forgot the versions, not that the case was shared")
                .containsExactly(copy);
        assertThat(settings(outreach)).as("nothing of the exchange but the notice stays")
                .noneMatch(line -> line.contains(goneUid) && !line.startsWith("erasure-notice.")
                        && !line.startsWith("erased."));
    }

    @Test
    void theOwnersNoticeIsHeardWhereTheCopyCameOnFromAnotherCasebook() {
        TransferCasebooks.Laptop third = casebooks.laptop("third");
        TransferCasebooks.pair(outreach, third);
        TransferCasebooks.pair(third, centre);
        CaseFile gone = outreach.caseWithHistory("Amal");
        CaseFile kept = outreach.caseWithHistory("Bea");
        String goneUid = uid(outreach, gone.reference().toString());
        receive(third, share(outreach, List.of(gone.reference()), "third"), "b1");
        receive(centre, share(third, List.of(CaseReference.parse(reference(third, goneUid))), "centre"), "b2");
        String copy = reference(centre, goneUid);
        receive(outreach, share(centre, List.of(CaseReference.parse(copy)), "outreach"), "b3");
        receive(centre, share(outreach, List.of(kept.reference()), "centre"), "b4");

        admin(outreach).erasure().eraseClient(gone.reference().toString(), "she asked to be erased");
        byte[] withNotice = share(outreach, List.of(kept.reference()), "centre");
        assertThat(centre.work().transfers().preview(withNotice).erasureAsked())
                .as("the owner's notice is heard though the copy came from a third casebook").containsExactly(copy);
        receive(centre, withNotice, "b5");
        assertThat(centre.work().transfers().erasureRequests()).as("kept, before any acknowledgement")
                .containsExactly(copy);
    }

    private static Casework admin(TransferCasebooks.Laptop at) {
        return Casework.actingAs(at.casebook(), Role.ADMINISTRATOR);
    }

    private static byte[] share(TransferCasebooks.Laptop from, List<CaseReference> cases, String to) {
        return from.work().transfers().export(cases, to, TransferKind.SHARE).file();
    }

    private void receive(TransferCasebooks.Laptop at, byte[] file, String backup) {
        at.work().transfers().importFile(at.vault(), file, dir.resolve(backup + "-" + at.name()));
    }

    private static String uid(TransferCasebooks.Laptop at, String reference) {
        return at.casebook().transactions().read(r -> r.queryOne("SELECT uid FROM case_file WHERE reference = ?",
                row -> row.getString(1), reference).orElseThrow());
    }

    private static String reference(TransferCasebooks.Laptop at, String uid) {
        return at.casebook().transactions().read(r -> r.queryOne("SELECT reference FROM case_file WHERE uid = ?",
                row -> row.getString(1), uid).orElseThrow());
    }

    private static List<String> settings(TransferCasebooks.Laptop at) {
        return at.casebook().transactions().read(r -> r.query("SELECT key || '=' || value FROM casebook_setting",
                row -> row.getString(1)));
    }
}
