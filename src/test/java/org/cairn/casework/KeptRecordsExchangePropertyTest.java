package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.LetterCopy;
import org.cairn.casebook.LetterDisposition;
import org.cairn.casebook.MaracChoice;
import org.cairn.transfer.TransferKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated histories (ADR 0057): both laptops keep letters and record MARAC decisions on a shared case, and files
 * go each way in a random order, some of them imported late, after a newer one, or never. Whatever the order, a
 * share hands over none of them; a move then hands the mover's records over, every record exactly once.
 */
class KeptRecordsExchangePropertyTest {
    @TempDir
    Path dir;

    @Test
    void everyKeptRecordArrivesOnceWhateverTheOrderOfTheFiles() {
        Random random = new Random(20261208);
        try (TransferCasebooks casebooks = new TransferCasebooks(dir)) {
            TransferCasebooks.Laptop outreach = casebooks.laptop("outreach");
            TransferCasebooks.Laptop centre = casebooks.laptop("centre");
            TransferCasebooks.pair(outreach, centre);
            CaseFile file = outreach.caseWithHistory("Amal");
            String reference = file.reference().toString();
            centre.work().transfers().importFile(centre.vault(), send(outreach, reference, "centre"),
                    dir.resolve("first"));
            long[] caseIds = {file.id(), onlyCase(centre)};
            TransferCasebooks.Laptop[] laptops = {outreach, centre};
            List<List<byte[]>> waiting = List.of(new ArrayList<>(), new ArrayList<>());
            int made = 0;
            int[] madeAt = new int[2];
            for (int round = 0; round < 14; round++) {
                int side = random.nextInt(2);
                for (int k = random.nextInt(3); k > 0; k--) {
                    keep(laptops[side], caseIds[side], random, made++);
                    madeAt[side]++;
                }
                // A file towards the other side waits; a random waiting file (maybe an older one) is imported.
                waiting.get(1 - side).add(send(laptops[side], reference, laptops[1 - side] == centre ? "centre"
                        : "outreach"));
                List<byte[]> queue = waiting.get(random.nextInt(2));
                if (!queue.isEmpty() && random.nextInt(3) > 0) {
                    int to = queue == waiting.get(0) ? 0 : 1;
                    byte[] next = queue.remove(random.nextInt(queue.size()));
                    laptops[to].work().transfers().importFile(laptops[to].vault(), next,
                            dir.resolve("r" + round));
                }
            }
            // Files made after the last record, each way, then nothing is missing or doubled.
            centre.work().transfers().importFile(centre.vault(), send(outreach, reference, "centre"),
                    dir.resolve("last1"));
            outreach.work().transfers().importFile(outreach.vault(), send(centre, reference, "outreach"),
                    dir.resolve("last2"));
            assertThat(made).as("the generated history keeps records on both sides").isGreaterThan(5);
            assertThat(kept(outreach, caseIds[0])).as("a share hands over no kept record").hasSize(madeAt[0]);
            assertThat(kept(centre, caseIds[1])).hasSize(madeAt[1]);
            // A move hands the outreach laptop's records over, each once, beside the centre's own.
            byte[] moved = outreach.work().transfers().export(List.of(file.reference()), "centre",
                    TransferKind.MOVE).file();
            centre.work().transfers().importFile(centre.vault(), moved, dir.resolve("moved"));
            assertThat(kept(centre, caseIds[1])).hasSize(made).doesNotHaveDuplicates()
                    .containsAll(kept(outreach, caseIds[0]));
        }
    }

    /** Record number {@code n}: a letter or a decision whose content names n, so no two are the same. */
    private static void keep(TransferCasebooks.Laptop at, long caseId, Random random, int n) {
        if (random.nextBoolean()) {
            at.casebook().letters().keep(caseId, new LetterCopy("t", 1, "en", "GP " + n, "ORGANISATION", null,
                    "Letter " + n, ("%PDF " + n).getBytes(StandardCharsets.US_ASCII)), LetterDisposition.KEPT);
        } else {
            at.casebook().risk().decideMarac(caseId, null, null, MaracChoice.REFER, "decision " + n);
        }
    }

    /** The shared case, by the reference it has at {@code from} (the only case there). */
    private static byte[] send(TransferCasebooks.Laptop from, String reference, String to) {
        String here = from.casebook().transactions().read(r -> r.queryOne("SELECT reference FROM case_file",
                row -> row.getString(1)).orElseThrow());
        return from.work().transfers().export(List.of(CaseReference.parse(here)), to, TransferKind.SHARE).file();
    }

    private static long onlyCase(TransferCasebooks.Laptop at) {
        return at.casebook().transactions().read(r -> r.queryOne("SELECT id FROM case_file",
                row -> row.getLong(1)).orElseThrow());
    }

    private static List<String> kept(TransferCasebooks.Laptop at, long caseId) {
        return at.casebook().transactions().read(r -> r.query("SELECT 'letter ' || subject || ' ' || hex(pdf) "
                + "FROM letter WHERE case_id = ?1 UNION ALL SELECT 'marac ' || reason || ' ' || decided_by "
                + "FROM marac_decision WHERE case_id = ?1 ORDER BY 1", row -> row.getString(1), caseId));
    }
}
