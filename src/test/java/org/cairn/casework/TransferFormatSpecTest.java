package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.cairn.casebook.CaseFile;
import org.cairn.transfer.PairingCard;
import org.cairn.transfer.TransferKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/FORMAT.md alone, with standard primitives, is enough to check and open a transfer file. */
class TransferFormatSpecTest {
    private static final byte[] PDF = {'%', 'P', 'D', 'F', 0, (byte) 0xFF};
    @TempDir
    java.nio.file.Path dir;

    @Test
    void aTransferFileOpensByTheSpecification() throws Exception {
        try (TransferCasebooks casebooks = new TransferCasebooks(dir)) {
            TransferCasebooks.Laptop outreach = casebooks.laptop("outreach");
            TransferCasebooks.Laptop centre = casebooks.laptop("centre");
            TransferCasebooks.pair(outreach, centre);
            CaseFile sent = outreach.caseWithHistory("Amal");
            // A kept letter, a MARAC decision and a hold travel (format 3), and an earlier shared case erased here.
            outreach.casebook().letters().keep(sent.id(), new org.cairn.casebook.LetterCopy("t", 1, "en", "GP",
                    "ORGANISATION", null, "Registration", PDF), org.cairn.casebook.LetterDisposition.SAVED);
            outreach.casebook().risk().decideMarac(sent.id(), null, null, org.cairn.casebook.MaracChoice.REFER, null);
            Casework.actingAs(outreach.casebook(), Role.ADMINISTRATOR).retention().placeHold(sent.id(), "order",
                    java.time.LocalDate.of(2027, 6, 1));
            CaseFile gone = outreach.caseWithHistory("Bea");
            byte[] first = outreach.work().transfers().export(List.of(gone.reference()), "centre",
                    TransferKind.SHARE).file();
            centre.work().transfers().importFile(centre.vault(), first, dir.resolve("b"));
            String erasedUid = centre.casebook().transactions().read(r -> r.queryOne(
                    "SELECT uid FROM case_file WHERE reference = ?", row -> row.getString(1),
                    gone.reference().toString())).orElseThrow();
            Casework.actingAs(outreach.casebook(), Role.ADMINISTRATOR).erasure().eraseClient(
                    gone.reference().toString(), "asked");
            byte[] file = outreach.work().transfers().export(List.of(sent.reference()), "centre",
                    TransferKind.MOVE).file();
            PairingCard sender = outreach.work().transfers().pairingCard();
            PairingCard receiver = centre.work().transfers().pairingCard();
            byte[] receiverPrivate = centre.casebook().transactions().read(r -> r.queryOne(
                    "SELECT receiving_private FROM transfer_key", row -> row.getBytes(1))).orElseThrow();

            ByteBuffer in = ByteBuffer.wrap(file);
            byte[] magic = new byte[8];
            in.get(magic);
            assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("CAIRNTF1");
            assertThat(in.get()).as("file format").isEqualTo((byte) 3);
            assertThat(uuid(in)).isEqualTo(sender.casebookId());
            assertThat(uuid(in)).isEqualTo(receiver.casebookId());
            assertThat(in.getLong()).isEqualTo(2);
            byte[] ephemeral = new byte[32];
            byte[] nonce = new byte[12];
            in.get(ephemeral).get(nonce);
            int length = in.getInt();
            assertThat(file).hasSize(161 + length);

            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(sender.signingKey(), 0));
            verifier.update(file, 0, 97 + length);
            assertThat(verifier.verifySignature(Arrays.copyOfRange(file, 97 + length, file.length))).isTrue();

            X25519Agreement agreement = new X25519Agreement();
            agreement.init(new X25519PrivateKeyParameters(receiverPrivate, 0));
            byte[] shared = new byte[32];
            agreement.calculateAgreement(new X25519PublicKeyParameters(ephemeral, 0), shared, 0);
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            byte[] salt = ByteBuffer.allocate(64).put(ephemeral).put(receiver.receivingKey()).array();
            hkdf.init(new HKDFParameters(shared, salt, "cairn transfer v1 aes-256-gcm"
                    .getBytes(StandardCharsets.US_ASCII)));
            byte[] key = new byte[32];
            hkdf.generateBytes(key, 0, 32);
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            gcm.updateAAD(file, 0, 97);
            ByteBuffer payload = ByteBuffer.wrap(gcm.doFinal(file, 97, length));

            assertThat(payload.get()).as("intent: move").isEqualTo((byte) 0);
            assertThat(payload.getInt()).as("schema version").isEqualTo(9);
            payload.getLong();
            assertThat(payload.getLong()).as("latest file from the receiver imported by the sender").isZero();
            assertThat(payload.getInt()).as("cases").isEqualTo(1);
            int rows = payload.getInt();
            assertThat(rows).as("rows of the case").isGreaterThan(8);
            List<String> tables = new java.util.ArrayList<>();
            java.util.Map<String, Object> letter = null;
            for (int r = 0; r < rows; r++) {
                tables.add(text(payload));
                java.util.Map<String, Object> columns = columns(payload);
                if (tables.get(r).equals("letter")) {
                    letter = columns;
                }
            }
            assertThat(tables.get(0)).as("first table").isEqualTo("client");
            assertThat(tables).contains("letter", "marac_decision", "retention_hold");
            assertThat(letter).doesNotContainKeys("id", "case_id", "directory_entry_id");
            assertThat((byte[]) letter.get("pdf")).as("the PDF, byte for byte").isEqualTo(PDF);
            int lines = payload.getInt();
            for (int h = 0; h < lines; h++) {
                payload.getLong();
                text(payload);
                text(payload);
            }
            assertThat(payload.getInt()).as("erasure notices").isEqualTo(1);
            assertThat(uuid(payload)).isEqualTo(erasedUid);
            assertThat(payload.hasRemaining()).as("nothing after the notices").isFalse();
        }
    }

    /** Per column: a name, then a tag and the value (docs/FORMAT.md). */
    private static java.util.Map<String, Object> columns(ByteBuffer in) {
        int count = in.getShort() & 0xFFFF;
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int c = 0; c < count; c++) {
            String name = text(in);
            int tag = in.get();
            values.put(name, switch (tag) {
                case 0 -> null;
                case 1 -> in.getLong();
                case 2 -> in.getDouble();
                case 3 -> text(in);
                case 4 -> {
                    byte[] blob = new byte[in.getInt()];
                    in.get(blob);
                    yield blob;
                }
                default -> throw new AssertionError("unknown tag " + tag);
            });
        }
        return values;
    }

    private static String uuid(ByteBuffer in) {
        return new UUID(in.getLong(), in.getLong()).toString();
    }

    private static String text(ByteBuffer in) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
