package org.cairn.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.cairn.casebook.AuditVerification.Problem;
import org.cairn.vault.CasebookFiles;
import org.cairn.vault.DatabaseException;
import org.cairn.vault.DecryptedFiles;
import org.cairn.vault.TestVaults;
import org.cairn.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone holding the key reads the files after a case was anonymised: the audit rows about it must hold neither
 * their exact times nor the name of the advocate who acted, the chain must still verify, and every other row must
 * still show any edit (ADR 0058). The advocate's name and the times are random per run.
 */
class AnonymisedAuditChainTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(TestCasebooks.START);
    Vault vault;
    Casebook admin;
    String advocate;
    long caseId;
    List<Long> exactTimes = new ArrayList<>();
    long seed = new SecureRandom().nextLong();

    @BeforeEach
    void fill() {
        vault = TestVaults.create(dir).vault();
        admin = Casebook.open(vault, clock, "Ada Administrator");
        long kept = admin.clients().create(ClientDetails.withAlias("Kept")).id();
        admin.cases().open(kept, CaseDetails.opened(LocalDate.of(2026, 1, 5), "Ada"));
        // Her other case keeps her client: only the anonymised case's rows lose who and when.
        long client = admin.clients().create(ClientDetails.withAlias("Her")).id();
        admin.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 2, 1), "Ada"));
        advocate = "Wiktoria " + HexFormat.of().formatHex(SecureRandom.getSeed(6));
        Casebook hers = Casebook.open(vault, clock, advocate);
        Random random = new Random(seed);
        clock.advance(Duration.ofMillis(1 + random.nextInt(1_000_000)));
        caseId = hers.cases().open(client, CaseDetails.opened(LocalDate.of(2026, 2, 2), "W")).id();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMillis(1 + random.nextInt(100_000_000)));
            hers.notes().add(caseId, "note " + i);
        }
        String reference = vault.read(r -> CaseRepository.reference(r, caseId));
        exactTimes.addAll(vault.read(r -> r.query("SELECT at FROM audit WHERE subject = ? OR subject LIKE ?",
                row -> row.getLong(1), reference, reference + " %")));
        assertThat(exactTimes).as("case opened and four notes").hasSize(5);
        long elsewhere = vault.read(r -> r.queryLong("SELECT count(*) FROM audit WHERE actor = ? AND NOT "
                + "(subject = ? OR subject LIKE ?)", advocate, reference, reference + " %"));
        assertThat(elsewhere).as("the advocate acted on nothing else").isZero();
        // The anonymisation's own row keeps its time: a different one.
        clock.advance(Duration.ofMinutes(3));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void theFilesKeepNeitherTheExactTimesNorTheAdvocateOfTheCasesRowsAndTheChainVerifies() throws Exception {
        vault.checkpoint();
        assertThat(onDisk(textOf(advocate))).as("seed %d: the scan must see her first", seed).isTrue();
        assertThat(exactTimes).as("seed %d", seed).allSatisfy(at -> assertThat(onDisk(timeOf(at))).isTrue());

        anonymise();

        assertThat(exactTimes).as("seed %d", seed).allSatisfy(at -> assertThat(onDisk(timeOf(at))).isFalse());
        assertThat(onDisk(textOf(advocate))).as("seed %d", seed).isFalse();
        long named = vault.read(r -> r.queryLong("SELECT count(*) FROM audit WHERE actor = ? AND erased_by IS NOT "
                + "NULL", advocate));
        assertThat(named).isZero();
        List<long[]> coarse = vault.read(r -> r.query("SELECT at, who_salt IS NULL FROM audit WHERE actor = ''",
                row -> new long[] {row.getLong(1), row.getLong(2)}));
        assertThat(coarse).hasSize(exactTimes.size()).allSatisfy(row -> {
            assertThat(row[0]).isEqualTo(AuditHash.quarterStart(row[0]));
            assertThat(row[1]).isEqualTo(1);
        });
        AuditVerification verified = admin.audit().verify();
        assertThat(verified.isOk()).as(verified.toString()).isTrue();
        AuditEntry anonymised = admin.audit().latest(AuditAction.CASE_ANONYMISED).orElseThrow();
        assertThat(anonymised.reason()).as("no reason typed by anyone").isNull();
        assertThat(anonymised.actor()).isEqualTo("Ada Administrator");
    }

    @Test
    void anEditToAKeptRowOrACoarsenedRowIsStillCaught() {
        anonymise();
        long kept = keptRow();
        tamper("DROP TRIGGER audit_no_update", "UPDATE audit SET at = at + 1 WHERE id = " + kept);
        assertThat(admin.audit().verify().firstBrokenRow()).hasValue(kept);
        tamper("UPDATE audit SET at = at - 1 WHERE id = " + kept);
        assertThat(admin.audit().verify().isOk()).isTrue();

        long coarsened = coarsenedRow();
        tamper("UPDATE audit SET actor = 'Somebody Else' WHERE id = " + coarsened);
        assertThat(admin.audit().verify().firstBrokenRow()).as("a name put back").hasValue(coarsened);
        tamper("UPDATE audit SET actor = '', at = at + 1 WHERE id = " + coarsened);
        assertThat(admin.audit().verify().firstBrokenRow()).as("a time hidden in the quarter").hasValue(coarsened);
        long quarterBefore = AuditHash.quarterStart(AuditHash.quarterStart(TestCasebooks.START.toEpochMilli()) - 1);
        tamper("UPDATE audit SET at = " + quarterBefore + " WHERE id = " + coarsened);
        AuditVerification moved = admin.audit().verify();
        assertThat(moved.problem()).as("another quarter").isEqualTo(Problem.EDITED);
        assertThat(moved.firstBrokenRow()).hasValue(coarsened);
    }

    @Test
    void theDatabaseRefusesToCoarsenARowOutsideAnAnonymisation() {
        long kept = keptRow();
        long later = admin.audit().record(AuditAction.BACKUP_MADE, "backup.cairn").id();
        assertThatThrownBy(() -> vault.write(tx -> tx.execute("UPDATE audit SET actor = '', who_salt = NULL "
                + "WHERE id = ?", kept))).isInstanceOf(DatabaseException.class);
        assertThatThrownBy(() -> vault.write(tx -> tx.execute("UPDATE audit SET actor = 'x', who_salt = NULL, "
                + "subject = NULL, reason = NULL, salt = NULL, erased_by = ? WHERE id = ?", later, kept)))
                .isInstanceOf(DatabaseException.class);
        long at = vault.read(r -> r.queryLong("SELECT at FROM audit WHERE id = ?", kept));
        assertThatThrownBy(() -> vault.write(tx -> tx.execute("UPDATE audit SET actor = '', who_salt = NULL, at = ?, "
                + "subject = NULL, reason = NULL, salt = NULL, erased_by = ? WHERE id = ?", AuditHash.quarterStart(at),
                later, kept))).as("under a row that is no anonymisation").isInstanceOf(DatabaseException.class);
        assertThat(admin.audit().verify().isOk()).isTrue();
    }

    @Test
    void aRowEmptiedByAnOrdinaryErasureMayNotLoseItsActorAndTime() {
        long client = vault.read(r -> r.queryLong("SELECT client_id FROM case_file WHERE id = ?", caseId));
        vault.write(tx -> admin.erasures().erase(tx, ErasureScope.CLIENT, client,
                admin.erasures().casesOf(tx, client), "Asked to be forgotten"));
        long row = vault.read(r -> r.queryLong("SELECT min(id) FROM audit WHERE action = 'CASE_OPENED' AND "
                + "erased_by IS NOT NULL"));
        long at = vault.read(r -> r.queryLong("SELECT at FROM audit WHERE id = ?", row));
        assertThat(admin.audit().verify().isOk()).isTrue();
        tamper("DROP TRIGGER audit_no_update", "UPDATE audit SET actor = '', who_salt = NULL, at = "
                + AuditHash.quarterStart(at) + " WHERE id = " + row);
        assertThat(admin.audit().verify().firstBrokenRow()).as("blanked under an erasure, not an anonymisation")
                .hasValue(row);
    }

    @Test
    void theRetentionDecisionsOfTheCaseKeepNeitherWhoDecidedNorTheExactMoment() {
        Casebook bob = Casebook.open(vault, clock, "Bob");
        long t1 = clock.millis();
        vault.write(tx -> bob.retention().decide(tx, caseId, RetentionChoice.KEEP, LocalDate.of(2027, 1, 1),
                "Complaint open"));
        clock.advance(Duration.ofDays(3));
        anonymise();
        List<Object[]> rows = vault.read(r -> r.query("SELECT decided_by, decided_at FROM retention_decision "
                + "WHERE case_id = ?", row -> new Object[] {row.getString(1), row.getLong(2)}, caseId));
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row[0]).isNotEqualTo("Bob");
            assertThat(row[1]).isNotEqualTo(t1).isEqualTo(AuditHash.quarterStart(t1));
        });
    }

    private void anonymise() {
        vault.write(tx -> admin.erasures().anonymise(tx, caseId));
        vault.compact();
    }

    private long keptRow() {
        return vault.read(r -> r.queryLong("SELECT max(id) FROM audit WHERE actor = 'Ada Administrator' AND "
                + "action = 'CASE_OPENED'"));
    }

    private long coarsenedRow() {
        return vault.read(r -> r.queryLong("SELECT min(id) FROM audit WHERE actor = ''"));
    }

    private void tamper(String... statements) {
        for (String statement : statements) {
            vault.write(tx -> tx.execute(statement));
        }
    }

    private static byte[] textOf(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** How SQLite stores a time in milliseconds in a row: six bytes, big-endian. */
    private static byte[] timeOf(long millis) {
        return java.util.Arrays.copyOfRange(ByteBuffer.allocate(8).putLong(millis).array(), 2, 8);
    }

    private boolean onDisk(byte[] needle) throws Exception {
        byte[] key = DecryptedFiles.masterKey(vault);
        List<byte[]> images = new ArrayList<>();
        images.add(DecryptedFiles.snapshot(dir.resolve(CasebookFiles.SNAPSHOT), key));
        if (java.nio.file.Files.exists(dir.resolve(CasebookFiles.LOG))) {
            images.add(DecryptedFiles.log(dir.resolve(CasebookFiles.LOG), key));
        }
        for (byte[] image : images) {
            for (int i = 0; i + needle.length <= image.length; i++) {
                if (java.util.Arrays.equals(image, i, i + needle.length, needle, 0, needle.length)) {
                    return true;
                }
            }
        }
        return false;
    }
}
