package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cairn.casebook.AuditVerification;
import org.cairn.casebook.ErasureRecord;
import org.cairn.casebook.ErasureScope;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.DecryptedFiles;
import org.cairn.vault.Passphrase;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.cairn.vault.VaultRestore;
import org.cairn.casebook.RetentionChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attacker with the master key reads the files on disk: after an erasure none of the client's text is in the
 * snapshot, the log or any later backup, in UTF-8 or UTF-16, and the audit chain still verifies.
 */
class ErasureTest {
    @TempDir
    Path dir;
    ErasureFixture fixture;
    String reference;

    @BeforeEach
    void fill() {
        fixture = new ErasureFixture(dir);
        reference = fixture.fill();
    }

    @AfterEach
    void close() {
        fixture.vault.close();
    }

    @Test
    void erasedClientLeavesNoTextInTheSnapshotTheLogOrALaterBackup() throws Exception {
        byte[] key = DecryptedFiles.masterKey(fixture.vault);
        // The scan must be able to see her before it can be trusted to say she is gone.
        assertThat(found(onDisk(key))).containsExactlyInAnyOrderElementsOf(fixture.markers);
        long auditRows = fixture.casebook.audit().size();

        ErasureRecord record = fixture.casework.erasure().eraseClient(reference, "she asked to be forgotten");

        assertThat(record.scope()).isEqualTo(ErasureScope.CLIENT);
        assertThat(record.caseIds()).containsExactly(fixture.first.id(), fixture.second.id());
        assertThat(found(onDisk(key))).isEmpty();
        // The search index keeps words folded to lower case: none of hers may stay in its pages either.
        for (byte[] image : onDisk(key)) {
            assertThat(contains(image, "quennell".getBytes(StandardCharsets.UTF_8))).isFalse();
            assertThat(contains(image, "szczebrzeszynie".getBytes(StandardCharsets.UTF_8))).isFalse();
        }
        Path backup = dir.resolve("after.cairn-backup");
        fixture.casework.upkeep().makeBackup(fixture.vault, backup);
        assertThat(found(List.of(DecryptedFiles.snapshot(backup, key)))).isEmpty();
        assertThat(new String(DecryptedFiles.snapshot(backup, key), StandardCharsets.UTF_8))
                .contains(ErasureFixture.OTHER_NOTE);
        AuditVerification verified = fixture.casebook.audit().verify();
        assertThat(verified.isOk()).as(verified.toString()).isTrue();
        assertThat(fixture.casebook.audit().size()).isEqualTo(auditRows + 2);
        assertThat(fixture.casebook.audit().forSubject(reference)).isEmpty();
        assertThat(fixture.casebook.search("Quennell", 10)).isEmpty();
        assertThat(fixture.casebook.counts().clients()).isEqualTo(1);
    }

    @Test
    void restoringAnOlderBackupErasesHerAgainAndSaysSo() throws Exception {
        Path before = dir.resolve("before.cairn-backup");
        fixture.casework.upkeep().makeBackup(fixture.vault, before);
        ErasureRecord record = fixture.casework.erasure().eraseClient(reference, "she asked to be forgotten");
        fixture.vault.close();

        Path restored = dir.resolve("restored");
        try (Passphrase passphrase = TestVaults.passphrase()) {
            VaultRestore.restore(before, passphrase, restored, false, fixture.options).close();
        }
        fixture.reopen(restored);

        assertThat(fixture.casework.erasure().reappliedAtUnlock()).extracting(ErasureRecord::erasureId)
                .containsExactly(record.erasureId());
        byte[] key = DecryptedFiles.masterKey(fixture.vault);
        assertThat(found(onDisk(restored, key))).isEmpty();
        assertThat(fixture.casebook.audit().verify().isOk()).isTrue();
        assertThat(fixture.casework.erasure().journal()).extracting(ErasureRecord::erasureId)
                .containsExactly(record.erasureId());
        fixture.vault.close();
        fixture.reopen(restored);
        assertThat(fixture.casework.erasure().reappliedAtUnlock()).isEmpty();
    }

    @Test
    void aClientOnLegalHoldCannotBeErasedAndNothingChanges() throws Exception {
        fixture.vault.write(tx -> tx.execute("INSERT INTO retention_hold(case_id, reason, review_on, placed_by, "
                + "placed_at) VALUES (?, 'proceedings', '2027-01-01', 'x', 1)", fixture.second.id()));
        long rows = fixture.casebook.audit().size();

        assertThatThrownBy(() -> fixture.casework.erasure().eraseClient(reference, "she asked"))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.ON_LEGAL_HOLD));
        assertThatThrownBy(() -> fixture.casework.erasure().eraseCase(fixture.second.reference().toString(), "x y z"))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.ON_LEGAL_HOLD));
        assertThat(fixture.casebook.audit().size()).isEqualTo(rows);
        assertThat(fixture.casebook.clients().find(fixture.client)).isPresent();
    }

    @Test
    void erasingOneCaseKeepsHerOtherCaseAndHerDetails() {
        ErasureRecord record = fixture.casework.erasure().eraseCase(fixture.second.reference().toString(),
                "recorded on the wrong client");
        assertThat(record.scope()).isEqualTo(ErasureScope.CASE);
        assertThat(fixture.casebook.cases().find(fixture.second.id())).isEmpty();
        assertThat(fixture.casebook.cases().find(fixture.first.id())).isPresent();
        assertThat(fixture.casebook.search("مرحبا", 10)).isEmpty();
        assertThat(fixture.casebook.audit().verify().isOk()).isTrue();
    }

    @Test
    void refusesWithoutAReasonOrAnUnknownReferenceOrForAnAdvocate() {
        assertThatThrownBy(() -> fixture.casework.erasure().eraseClient(reference, " \u200b "))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.REASON_NEEDED));
        assertThatThrownBy(() -> fixture.casework.erasure().eraseClient("C-1999-0001", "she asked"))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
        Casework advocate = new Casework(fixture.casebook, new Person("Ada Administrator", Role.ADVOCATE));
        assertThatThrownBy(() -> advocate.erasure().eraseClient(reference, "she asked"))
                .isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NOT_PERMITTED));
        assertThat(fixture.casebook.clients().find(fixture.client)).isPresent();
    }

    @Test
    void thisComputersJournalTakesNoTextAndADamagedLineDoesNotStopUnlocking() throws Exception {
        var journal = fixture.vault.localJournal().orElseThrow();
        for (String text : List.of("erase Zofia Quennellówna", "v1 Zofia 12", "v1 quennell 12", "12\u200b3")) {
            assertThatThrownBy(() -> journal.append(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
        Files.createDirectories(journal.file().getParent());
        Files.writeString(journal.file(), "v1 not-a-line\n");
        fixture.vault.close();
        fixture.reopen(fixture.book);
        assertThat(fixture.casework.erasure().reappliedAtUnlock()).isEmpty();
        assertThat(fixture.casebook.clients().find(fixture.client)).isPresent();
    }

    @Test
    void herCorrectionsReviewMarksAndRequestLinksGoWhileTheRetentionDecisionStaysCarriedOut() throws Exception {
        String corrected = "Flat 9 Lindqvist Court";
        // Her content cannot be corrected while a case of hers is restricted: refused as such, nothing changed.
        assertThatThrownBy(() -> fixture.casework.rectifications().correctClient(fixture.client, ClientField.ADDRESS,
                corrected, LocalDate.of(2026, 12, 1))).isInstanceOf(CaseworkException.class)
                .satisfies(e -> assertThat(((CaseworkException) e).problem()).isEqualTo(Problem.CASE_RESTRICTED));
        fixture.vault.write(tx -> {
            tx.execute("DELETE FROM case_restriction_key");
            return tx.execute("DELETE FROM case_restriction");
        });
        fixture.casework.subjectAccess().log(fixture.client, LocalDate.of(2026, 11, 30));
        fixture.casework.rectifications().correctClient(fixture.client, ClientField.ADDRESS, corrected,
                LocalDate.of(2026, 12, 1));
        long decision = fixture.casebook.transactions().write(tx -> fixture.casebook.retention()
                .decide(tx, fixture.first.id(), RetentionChoice.ERASE, null, "period ended").id());
        byte[] key = DecryptedFiles.masterKey(fixture.vault);
        assertThat(onDisk(key)).anyMatch(image -> contains(image, corrected.getBytes(StandardCharsets.UTF_8)));

        fixture.casework.erasure().eraseClient(reference, "retention period ended");

        assertThat(onDisk(key)).noneMatch(image -> contains(image, corrected.getBytes(StandardCharsets.UTF_8)));
        assertThat(fixture.casebook.retention().awaitingErasure()).isEmpty();
        List<Boolean> carriedOutAndUnlinked = fixture.vault.read(r -> r.query("SELECT case_id, carried_out_at "
                + "FROM retention_decision WHERE id = ?", row -> row.getObject(1) == null && row.getObject(2) != null,
                decision));
        assertThat(carriedOutAndUnlinked).containsExactly(true);
        long unlinkedRequests = fixture.vault.read(r -> r.queryLong("SELECT count(*) FROM subject_access_request "
                + "WHERE client_id IS NULL AND task_id IS NULL"));
        assertThat(unlinkedRequests).isEqualTo(1);
        long corrections = fixture.vault.read(r -> r.queryLong("SELECT count(*) FROM rectification"));
        assertThat(corrections).isZero();
        AuditVerification verified = fixture.casebook.audit().verify();
        assertThat(verified.isOk()).as(verified.toString()).isTrue();
    }

    private List<byte[]> onDisk(byte[] key) throws Exception {
        return onDisk(fixture.book, key);
    }

    private static List<byte[]> onDisk(Path folder, byte[] key) throws Exception {
        List<byte[]> images = new ArrayList<>();
        images.add(DecryptedFiles.snapshot(folder.resolve(CasebookFiles.SNAPSHOT), key));
        if (Files.exists(folder.resolve(CasebookFiles.LOG))) {
            images.add(DecryptedFiles.log(folder.resolve(CasebookFiles.LOG), key));
        }
        return images;
    }

    /** The markers found in any image, in UTF-8, UTF-16LE or UTF-16BE. */
    private List<String> found(List<byte[]> images) {
        List<String> found = new ArrayList<>();
        for (String marker : fixture.markers) {
            for (byte[] image : images) {
                if (contains(image, marker.getBytes(StandardCharsets.UTF_8))
                        || contains(image, marker.getBytes(StandardCharsets.UTF_16LE))
                        || contains(image, marker.getBytes(StandardCharsets.UTF_16BE))) {
                    found.add(marker);
                    break;
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
