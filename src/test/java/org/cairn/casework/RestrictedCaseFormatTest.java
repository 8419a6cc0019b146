package org.cairn.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
import org.cairn.casework.RestrictedCasebook.Session;
import org.cairn.vault.HeaderFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a restricted case with the recovery key following docs/FORMAT.md ("Restricted cases") alone: JCA and
 * Bouncy Castle primitives, no Cairn class for the wrapping, the seal or the content's layout.
 */
class RestrictedCaseFormatTest {
    @TempDir
    Path dir;

    @Test
    void theRecoveryKeyOpensTheWrappedKeyAndTheSealedContentAsDocumented() throws Exception {
        RestrictedCasebook book = new RestrictedCasebook(dir);
        byte[] sealed;
        byte[] wrapped;
        int holdersVersion;
        try (Session bo = book.as(RestrictedCasebook.BO)) {
            bo.casework().restrictions().restrict(book.caseId, List.of(RestrictedCasebook.BO));
            sealed = bo.vault().read(r -> r.queryOne("SELECT sealed FROM case_restriction WHERE case_id = ?",
                    row -> row.getBytes(1), book.caseId)).orElseThrow();
            long version = bo.vault().read(r -> r.queryLong(
                    "SELECT holders_version FROM case_restriction WHERE case_id = ?", book.caseId));
            holdersVersion = Math.toIntExact(version);
            wrapped = bo.vault().read(r -> r.queryOne("SELECT wrapped FROM case_restriction_key "
                    + "WHERE case_id = ? AND holder = 'recovery'", row -> row.getBytes(1), book.caseId)).orElseThrow();
        }
        assertThat(wrapped).hasSize(125);
        assertThat(wrapped[0]).isEqualTo((byte) 1);
        byte[] recipient = Arrays.copyOfRange(wrapped, 1, 33);
        byte[] ephemeral = Arrays.copyOfRange(wrapped, 33, 65);
        byte[] box = Arrays.copyOfRange(wrapped, 65, wrapped.length);

        byte[] privateKey = hkdf(HeaderFields.secretOf(book.recoveryKey), HeaderFields.recoverySlotSalt(dir),
                "cairn/v2/recovery-private");
        X25519Agreement agreement = new X25519Agreement();
        agreement.init(new X25519PrivateKeyParameters(privateKey));
        byte[] shared = new byte[32];
        agreement.calculateAgreement(new X25519PublicKeyParameters(ephemeral), shared, 0);
        byte[] wrapKey = hkdf(shared, concat(ephemeral, recipient), "cairn/v2/case-key-wrap");
        byte[] keyAad = concat(concat(HeaderFields.casebookId(dir), ByteBuffer.allocate(8).putLong(book.caseId)
                .array()), "recovery".getBytes(StandardCharsets.UTF_8));
        byte[] caseKey = open(wrapKey, box, keyAad);

        byte[] plain = open(caseKey, sealed, ByteBuffer.allocate(12).putLong(book.caseId).putInt(holdersVersion)
                .array());
        List<String> texts = texts(plain);
        assertThat(texts).contains("Alias " + book.canary, "Edited note about " + book.canary,
                "First note about " + book.canary, "Harm " + book.canary, "Call " + book.canary);
    }

    /** Every text value in the documented layout of the sealed content. */
    private static List<String> texts(byte[] plain) throws Exception {
        List<String> out = new ArrayList<>();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
        assertThat(in.readUnsignedByte()).isEqualTo(1);
        int tables = in.readUnsignedShort();
        for (int t = 0; t < tables; t++) {
            ascii(in);
            int columns = in.readUnsignedShort();
            for (int c = 0; c < columns; c++) {
                ascii(in);
            }
            int rows = in.readInt();
            for (int r = 0; r < rows * columns; r++) {
                int tag = in.readUnsignedByte();
                if (tag == 1 || tag == 2) {
                    in.readLong();
                } else if (tag == 3 || tag == 4) {
                    byte[] value = in.readNBytes(in.readInt());
                    if (tag == 3) {
                        out.add(new String(value, StandardCharsets.UTF_8));
                    }
                } else {
                    assertThat(tag).isZero();
                }
            }
        }
        assertThat(in.read()).as("nothing after the last table").isEqualTo(-1);
        return out;
    }

    private static String ascii(DataInputStream in) throws Exception {
        return new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.US_ASCII);
    }

    private static byte[] hkdf(byte[] ikm, byte[] salt, String info) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(ikm, salt, info.getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[32];
        generator.generateBytes(out, 0, 32);
        return out;
    }

    private static byte[] open(byte[] key, byte[] box, byte[] aad) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                new GCMParameterSpec(128, Arrays.copyOfRange(box, 0, 12)));
        cipher.updateAAD(aad);
        return cipher.doFinal(box, 12, box.length - 12);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
