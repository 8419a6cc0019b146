package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.cairn.casebook.AuditAction;
import org.cairn.casebook.AuditEntry;
import org.cairn.casebook.CaseDetails;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.CaseReference;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.ClientDetails;
import org.cairn.casebook.ConsentPurpose;
import org.cairn.casebook.Note;
import org.cairn.casebook.NoteVersion;
import org.cairn.casebook.RecordIdentities.Kind;
import org.cairn.transfer.ExportedTransfer;
import org.cairn.transfer.ImportOutcome;
import org.cairn.transfer.TransferKind;
import org.cairn.transfer.TransferPreview;
import org.cairn.transfer.TransferPreview.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases travel between paired casebooks in files only the receiver can open and no one can alter or replay. */
class TransfersTest {
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
    void aCaseWithItsNotesConsentsAndSafetyRecordsArrivesWhole() throws Exception {
        CaseFile sent = outreach.caseWithHistory("José A.");
        ExportedTransfer file = outreach.work().transfers().export(List.of(sent.reference()), "centre",
                TransferKind.MOVE);
        assertThat(file.sequence()).isEqualTo(1);
        String bytes = new String(file.file(), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String secret : List.of("José", "Jos", "proof of address", "Marco R.", "Northtown", "C-2026-0001")) {
            assertThat(bytes).as("the file shows nothing of the case in clear")
                    .doesNotContain(new String(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        TransferPreview preview = centre.work().transfers().preview(file.file());
        assertThat(preview.senderName()).isEqualTo("outreach");
        assertThat(preview.kind()).isEqualTo(TransferKind.MOVE);
        assertThat(preview.cases()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(Status.NEW);
            assertThat(c.referenceHere()).isEqualTo(sent.reference().toString());
            assertThat(c.notes()).isEqualTo(2);
        });
        assertThat(centre.casebook().counts().cases()).as("a preview changes nothing").isZero();

        Path backup = dir.resolve("before-import.backup");
        ImportOutcome outcome = centre.work().transfers().importFile(centre.vault(), file.file(), backup);
        assertThat(Files.size(backup)).as("a backup is written first").isPositive();
        assertThat(outcome.importedAs()).containsExactly(sent.reference().toString());

        Casebook here = centre.casebook();
        CaseFile arrived = here.cases().findByReference(sent.reference()).orElseThrow();
        assertThat(here.clients().find(arrived.clientId()).orElseThrow().details().alias()).isEqualTo("José A.");
        List<Note> notes = here.notes().forCase(arrived.id());
        assertThat(notes).extracting(Note::text).containsExactlyInAnyOrder(
                "Met at drop-in; GP refused without proof of address", "Called back, safe to text after 6pm");
        Note edited = notes.stream().filter(n -> n.text().startsWith("Met")).findFirst().orElseThrow();
        assertThat(here.notes().history(edited.id())).extracting(NoteVersion::text)
                .containsExactly("Met at drop-in; GP refused", "Met at drop-in; GP refused without proof of address");
        assertThat(here.consents().isInForce(arrived.clientId(), ConsentPurpose.REFER_TO_ORGANISATION,
                "Rights of Women", LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(here.abusers().forClient(arrived.clientId())).extracting(a -> a.name()).containsExactly("Marco R.");
        assertThat(here.blockedRecipients().isBlocked(arrived.clientId(), null, "Northtown Community Centre"))
                .as("the never-contact list applies from the first minute").isTrue();
        assertThat(here.tasks().forCase(arrived.id())).hasSize(1);
        assertThat(here.search("proof addr", 5)).as("the search index knows the new case").hasSize(1);
        assertThat(here.audit().forSubject(sent.reference().toString())).extracting(AuditEntry::action)
                .contains(AuditAction.TRANSFER_RECEIVED);
        assertThat(here.audit().verify().isOk()).isTrue();
        assertThat(outreach.casebook().audit().forSubject(sent.reference().toString()))
                .extracting(AuditEntry::action).contains(AuditAction.TRANSFER_SENT);
    }

    @Test
    void recordsKeepTheirIdentityAndVersionAcrossTheTransfer() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = outreach.work().transfers().export(List.of(sent.reference()), "centre", TransferKind.SHARE)
                .file();
        centre.work().transfers().importFile(centre.vault(), file, dir.resolve("b1"));
        for (Kind kind : List.of(Kind.CLIENT, Kind.CASE, Kind.NOTE, Kind.TASK, Kind.CONSENT, Kind.ABUSER,
                Kind.BLOCKED_RECIPIENT)) {
            List<String[]> there = identities(outreach.casebook(), kind);
            List<String[]> here = identities(centre.casebook(), kind);
            assertThat(here).as("%s rows", kind).hasSameSizeAs(there).isNotEmpty();
            for (int i = 0; i < there.size(); i++) {
                assertThat(here.get(i)).as("%s id and version", kind).containsExactly(there.get(i));
            }
        }
    }

    @Test
    void aTakenReferenceArrivesUnderTheNextFreeOne() {
        centre.casebook().cases().open(centre.casebook().clients().create(ClientDetails.withAlias("Local")).id(),
                CaseDetails.opened(LocalDate.of(2026, 2, 1), "B"));
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = outreach.work().transfers().export(List.of(sent.reference()), "centre", TransferKind.SHARE)
                .file();
        assertThat(centre.work().transfers().preview(file).cases()).singleElement()
                .satisfies(c -> assertThat(c.referenceHere()).isEqualTo("C-2026-0002"));
        ImportOutcome outcome = centre.work().transfers().importFile(centre.vault(), file, dir.resolve("b"));
        assertThat(outcome.importedAs()).containsExactly("C-2026-0002");
        assertThat(centre.casebook().notes().forCase(centre.casebook().cases()
                .findByReference(CaseReference.parse("C-2026-0002")).orElseThrow().id())).hasSize(2);
    }

    @Test
    void aClientWhoArrivedByTransferCanBeErasedHereLeavingNoneOfHerCaseBehind() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = outreach.work().transfers().export(List.of(sent.reference()), "centre", TransferKind.MOVE)
                .file();
        String here = centre.work().transfers().importFile(centre.vault(), file, dir.resolve("b")).importedAs().get(0);
        Casework administrator = Casework.actingAs(centre.casebook(), Role.ADMINISTRATOR);
        administrator.erasure().eraseClient(here, "retention period ended");
        assertThat(centre.casebook().cases().findByReference(CaseReference.parse(here))).isEmpty();
        long left = centre.vault().read(r -> r.queryLong("SELECT count(*) FROM case_history_elsewhere"));
        assertThat(left).as("where her case was before is about her case too").isZero();
    }

    @Test
    void aRestrictedCaseIsNotSentAsAnEmptyShell() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        outreach.vault().write(tx -> tx.execute("INSERT INTO case_restriction(case_id, sealed, holders_version, "
                + "restricted_at, restricted_by) VALUES (?, X'00', 1, 1, 'x')", sent.id()));
        assertThatThrownBy(() -> outreach.work().transfers().export(List.of(sent.reference()), "centre",
                TransferKind.SHARE)).isInstanceOfSatisfying(CaseworkException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.CASE_RESTRICTED));
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndSaysSo() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = outreach.work().transfers().export(List.of(sent.reference()), "centre", TransferKind.SHARE)
                .file();
        centre.work().transfers().importFile(centre.vault(), file, dir.resolve("b1"));
        List<String> before = everything(centre.casebook());
        assertThatThrownBy(() -> centre.work().transfers().importFile(centre.vault(), file, dir.resolve("b2")))
                .isInstanceOf(CaseworkException.class)
                .satisfies(e -> assertThat(((CaseworkException) e).arguments()).containsExactly("REPLAYED"));
        assertThat(Files.exists(dir.resolve("b2"))).as("no backup for a refused file").isFalse();
        assertThat(everything(centre.casebook())).isEqualTo(before);
    }

    @Test
    void anOlderFileOfCasesAlreadyHereImportsNothingAndSaysTheyAreUnchanged() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] older = outreach.work().transfers().export(List.of(sent.reference()), "centre", TransferKind.SHARE)
                .file();
        byte[] newer = outreach.work().transfers().export(List.of(sent.reference()), "centre", TransferKind.SHARE)
                .file();
        centre.work().transfers().importFile(centre.vault(), newer, dir.resolve("b1"));
        long cases = centre.casebook().counts().cases();
        ImportOutcome outcome = centre.work().transfers().importFile(centre.vault(), older, dir.resolve("b2"));
        assertThat(outcome.importedAs()).isEmpty();
        assertThat(outcome.preview().cases()).extracting(TransferPreview.CasePreview::status)
                .containsExactly(Status.UNCHANGED);
        assertThat(centre.casebook().counts().cases()).isEqualTo(cases);
    }

    @Test
    void aFileForAnotherCasebookOrFromAnUnpairedOneIsRefused() {
        TransferCasebooks.Laptop other = casebooks.laptop("other");
        TransferCasebooks.pair(outreach, other);
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] forCentre = outreach.work().transfers().export(List.of(sent.reference()), "centre",
                TransferKind.SHARE).file();
        assertRefused(other, forCentre, "OTHER_RECIPIENT");

        TransferCasebooks.Laptop stranger = casebooks.laptop("stranger");
        stranger.work().transfers().pair("centre", centre.work().transfers().pairingCard());
        CaseFile theirs = stranger.caseWithHistory("Someone");
        byte[] unasked = stranger.work().transfers().export(List.of(theirs.reference()), "centre",
                TransferKind.SHARE).file();
        assertRefused(centre, unasked, "UNKNOWN_SENDER");
        assertRefused(centre, "not a transfer".getBytes(java.nio.charset.StandardCharsets.UTF_8), "NOT_A_TRANSFER");
    }

    /** Any changed byte anywhere in the file is refused, and the receiver stays exactly as it was. */
    @Test
    void everyChangedByteIsRefused() {
        CaseFile sent = outreach.caseWithHistory("Amal");
        byte[] file = outreach.work().transfers().export(List.of(sent.reference()), "centre", TransferKind.SHARE)
                .file();
        List<String> before = everything(centre.casebook());
        Random random = new Random(20261207L);
        for (int trial = 0; trial < 300; trial++) {
            byte[] changed = file.clone();
            // Most trials change one byte; some change several, and every region (header, body, signature) is hit.
            int flips = trial % 5 == 0 ? 1 + random.nextInt(8) : 1;
            for (int f = 0; f < flips; f++) {
                int at = trial < 120 ? trial : random.nextInt(changed.length);
                changed[at] ^= (byte) (1 + random.nextInt(255));
            }
            byte[] attempt = changed;
            assertThatThrownBy(() -> centre.work().transfers().importFile(centre.vault(), attempt,
                    dir.resolve("never-" + HexFormat.of().toHexDigits(attempt.length) + "-" + System.nanoTime())))
                    .as("trial %d", trial).isInstanceOf(CaseworkException.class)
                    .satisfies(e -> assertThat(((CaseworkException) e).problem()).isEqualTo(Problem.TRANSFER_REFUSED));
        }
        byte[] cut = java.util.Arrays.copyOf(file, file.length - 1);
        assertRefused(centre, cut, "TAMPERED");
        assertThat(everything(centre.casebook())).isEqualTo(before);
        assertThat(centre.work().transfers().importFile(centre.vault(), file, dir.resolve("b")).importedAs())
                .as("the untouched file still imports").hasSize(1);
    }

    @Test
    void pairingRefusesItselfTwiceAndLookAlikeNames() {
        assertPairingRefused(() -> outreach.work().transfers().pair("me", outreach.work().transfers()
                .pairingCard()), "ITSELF");
        assertPairingRefused(() -> outreach.work().transfers().pair("again", centre.work().transfers()
                .pairingCard()), "ALREADY_PAIRED");
        TransferCasebooks.Laptop third = casebooks.laptop("third");
        assertPairingRefused(() -> outreach.work().transfers().pair("CENTRE\u200b", third.work().transfers()
                .pairingCard()), "NAME_IN_USE");
        assertPairingRefused(() -> outreach.work().transfers().export(List.of(CaseReference.parse("C-2026-0001")),
                "nobody", TransferKind.SHARE), "NOT_PAIRED");
        assertThat(outreach.work().transfers().paired()).extracting(p -> p.name()).containsExactly("centre");
    }

    private void assertRefused(TransferCasebooks.Laptop receiver, byte[] file, String reason) {
        assertThatThrownBy(() -> receiver.work().transfers().preview(file)).isInstanceOf(CaseworkException.class)
                .satisfies(e -> assertThat(((CaseworkException) e).arguments()).containsExactly(reason));
    }

    private static void assertPairingRefused(Runnable action, String reason) {
        assertThatThrownBy(action::run).isInstanceOf(CaseworkException.class)
                .satisfies(e -> assertThat(((CaseworkException) e).arguments()).containsExactly(reason));
    }

    private static List<String[]> identities(Casebook casebook, Kind kind) {
        return casebook.transactions().read(r -> r.query("SELECT uid, vv FROM " + kind.table() + " ORDER BY uid",
                row -> new String[] {row.getString(1), row.getString(2)}));
    }

    /** Every row of every table, to show that a refused file changed nothing at all. */
    static List<String> everything(Casebook casebook) {
        return casebook.transactions().read(r -> {
            List<String> lines = new ArrayList<>();
            for (String table : r.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                    row -> row.getString(1))) {
                lines.addAll(r.query("SELECT * FROM \"" + table + "\"", row -> {
                    StringBuilder line = new StringBuilder(table);
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        Object value = row.getObject(i);
                        line.append('|').append(value instanceof byte[] b ? HexFormat.of().formatHex(b) : value);
                    }
                    return line.toString();
                }));
            }
            return lines;
        });
    }
}
