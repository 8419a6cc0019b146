package org.cairn.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.cairn.casebook.CaseFile;
import org.cairn.casebook.LetterCopy;
import org.cairn.casebook.LetterDisposition;
import org.cairn.casebook.Migrations;
import org.cairn.casework.TransferCasebooks;
import org.cairn.casework.TransferCasebooks.Laptop;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.transfer.TransferPayload.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of format 2 (made before kept records and erasure notices travelled) are still read; a format-2 file that
 * carries a kept record, and a payload laid out for the other format than its header says, are refused as damaged.
 */
class FormatTwoFilesTest {
    @TempDir
    Path dir;
    TransferCasebooks casebooks;
    Laptop outreach;
    Laptop centre;
    CaseBundle bundle;

    @BeforeEach
    void aCaseWithAKeptLetter() {
        casebooks = new TransferCasebooks(dir);
        outreach = casebooks.laptop("outreach");
        centre = casebooks.laptop("centre");
        TransferCasebooks.pair(outreach, centre);
        CaseFile sent = outreach.caseWithHistory("Amal");
        outreach.casebook().letters().keep(sent.id(), new LetterCopy("t", 1, "en", "GP", "ORGANISATION", null,
                "Registration", "%PDF".getBytes(StandardCharsets.US_ASCII)), LetterDisposition.KEPT);
        bundle = new CaseBundle(outreach.casebook().transactions().read(r -> CaseRows.read(r, sent.id(),
                sent.clientId())), List.of());
    }

    @AfterEach
    void close() {
        casebooks.close();
    }

    @Test
    void aFormatTwoFileWithoutKeptRecordsImports() {
        CaseBundle old = new CaseBundle(bundle.rows().stream().filter(r -> !KeptRecords.isKept(r.table()))
                .toList(), List.of());
        byte[] file = sealed(1, TransferCrypto.FORMAT_2, PayloadCodec.encode(payload(old, List.of()), 2));
        assertThat(file[8]).isEqualTo((byte) 2);
        CaseTransfers receiver = new CaseTransfers(centre.casebook(), new SecureRandom());
        assertThat(receiver.preview(file).count(TransferPreview.Status.NEW)).isEqualTo(1);
        assertThat(receiver.importFile(file, () -> { }).importedAs()).hasSize(1);
    }

    @Test
    void aFormatTwoFileCarryingAKeptRecordOrAMisreadPayloadIsRefused() {
        CaseTransfers receiver = new CaseTransfers(centre.casebook(), new SecureRandom());
        assertThat(bundle.rows()).extracting(Row::table).contains("letter");
        byte[] withLetter = sealed(1, TransferCrypto.FORMAT_2, PayloadCodec.encode(payload(bundle, List.of()), 2));
        assertRefused(receiver, withLetter);
        // The header says 3 and the payload has no notices section, or says 2 and has one: both damaged.
        assertRefused(receiver, sealed(2, TransferCrypto.FORMAT, PayloadCodec.encode(payload(bundle, List.of()), 2)));
        byte[] notices = PayloadCodec.encode(payload(bundle, List.of("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9")), 3);
        assertRefused(receiver, sealed(3, TransferCrypto.FORMAT_2, notices));
        assertThat(receiver.preview(sealed(4, TransferCrypto.FORMAT, notices)).cases()).hasSize(1);
        assertRefused(receiver, sealed(5, TransferCrypto.FORMAT, PayloadCodec.encode(payload(TransferKind.SHARE,
                bundle, List.of()), 3)));
        assertThatThrownBy(() -> PayloadCodec.encode(payload(bundle, List.of("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9")),
                2)).as("format 2 has no place for a notice").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseWithoutKeptRecordsKeepsTheFingerprintItHadBeforeFormatThree() throws Exception {
        CaseFile plain = outreach.caseWithHistory("Bea");
        List<Row> rows = outreach.casebook().transactions().read(r -> CaseRows.read(r, plain.id(), plain.clientId()));
        // Before format 3 the payload ended after the cases; a move awaiting its receipt kept that fingerprint.
        byte[] before = PayloadCodec.encode(new TransferPayload(TransferKind.SHARE, 0, 0, List.of(new CaseBundle(rows,
                List.of()))), 2);
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(before));
        String fingerprint = outreach.casebook().transactions().read(r -> CaseDigest.of(r, plain.id(),
                plain.clientId()));
        assertThat(fingerprint).isEqualTo(expected);
    }

    private static void assertRefused(CaseTransfers receiver, byte[] file) {
        assertThatThrownBy(() -> receiver.preview(file)).isInstanceOfSatisfying(TransferRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(TransferRejectedException.Reason.TAMPERED));
    }

    /** A move: only a move carries kept letters and MARAC decisions (ADR 0057). */
    private static TransferPayload payload(CaseBundle bundle, List<String> erased) {
        return payload(TransferKind.MOVE, bundle, erased);
    }

    private static TransferPayload payload(TransferKind kind, CaseBundle bundle, List<String> erased) {
        return new TransferPayload(kind, Migrations.standard().latestVersion(), 1L, 0, List.of(bundle),
                erased);
    }

    private byte[] sealed(long sequence, int format, byte[] payload) {
        PairingCard to = centre.work().transfers().pairingCard();
        String self = outreach.work().transfers().pairingCard().casebookId();
        TransferKeys keys = outreach.casebook().transactions().write(tx -> new TransferStore(TransferCasebooks.CLOCK,
                new SecureRandom()).keys(tx));
        return new TransferCrypto(new SecureRandom()).seal(new TransferCrypto.Header(self, to.casebookId(), sequence,
                format), keys, to.receivingKey(), payload);
    }
}
