package org.cairn.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.Migrations;
import org.cairn.casework.TransferCasebooks;
import org.cairn.casework.TransferCasebooks.Laptop;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard that keeps a restricted case's records out of {@code transfer_seen}: an import refuses such a file
 * before it gets there, so the guard is reached here directly, on a real file opened by the receiving casebook.
 */
class MergingRememberTest {
    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    Laptop outreach;
    Laptop centre;

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
    void aRestrictedCaseLeavesNoVersionBehindWhileTheOtherCaseInTheFileIsRemembered() {
        String amal = outreach.caseWithHistory("Amal").reference().toString();
        String noor = outreach.caseWithHistory("Noor").reference().toString();
        byte[] first = send(amal, noor);
        centre.work().transfers().importFile(centre.vault(), first, dir.resolve("first.backup"));
        long amalHere = centre.casebook().cases().findByReference(CaseReference.parse(amal)).orElseThrow().id();
        centre.vault().write(tx -> tx.execute("INSERT INTO case_restriction(case_id, sealed, holders_version, "
                + "restricted_at, restricted_by) VALUES (?, X'00', 1, 1, 'x')", amalHere));
        outreach.vault().write(tx -> tx.execute("UPDATE client SET code_word = 'bluebell'"));
        byte[] second = send(amal, noor);
        assertThatThrownBy(() -> centre.work().transfers().importFile(centre.vault(), second,
                dir.resolve("second.backup"))).as("the import itself never gets this far")
                .hasMessageContaining("CASE_RESTRICTED");

        TransferImport importer = new TransferImport(new TransferStore(TransferCasebooks.CLOCK, new SecureRandom()));
        long sequence = centre.vault().write(tx -> {
            TransferImport.Opened opened = importer.open(tx, second, Migrations.standard().latestVersion());
            Merging.remember(tx, opened);
            return opened.header().sequence();
        });

        TransferImport.Opened opened = centre.vault().read(r -> importer.open(r, second,
                Migrations.standard().latestVersion()));
        for (CaseBundle bundle : opened.payload().cases()) {
            boolean restricted = centre.vault().read(r -> RestrictedArrivals.isRestricted(r, bundle));
            List<String> uids = bundle.rows().stream().filter(r -> TransferImport.IDENTIFIED.contains(r.table()))
                    .map(r -> r.text("uid")).toList();
            long remembered = uids.stream().mapToLong(uid -> centre.vault().read(r -> r.queryLong(
                    "SELECT count(*) FROM transfer_seen WHERE uid = ? AND sequence = ? AND direction = 'RECEIVED'",
                    uid, sequence))).sum();
            if (restricted) {
                assertThat(remembered).as("nothing of the restricted case is kept in plain").isZero();
            } else {
                assertThat(remembered).as("the open case's records are remembered").isEqualTo(uids.size());
            }
        }
        assertThat(opened.payload().cases()).as("one case of each kind")
                .anyMatch(b -> centre.vault().read(r -> RestrictedArrivals.isRestricted(r, b)))
                .anyMatch(b -> !centre.vault().read(r -> RestrictedArrivals.isRestricted(r, b)));
    }

    private byte[] send(String... references) {
        return outreach.work().transfers().export(java.util.Arrays.stream(references).map(CaseReference::parse)
                .toList(), "centre", TransferKind.SHARE).file();
    }
}
