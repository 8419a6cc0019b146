package org.cairn.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent reader written from docs/FORMAT.md alone: it uses no Cairn class, only JCA, Bouncy Castle and
 * plain SQLite. If the format and its documentation drift apart, this test fails.
 */
class FormatSpecDecryptorTest {
    private static final String VECTOR = "/org/cairn/vault/test-vector/";

    @TempDir
    Path dir;

    @Test
    void decryptsTheTestVectorFollowingOnlyTheSpecification() throws Exception {
        ByteBuffer snap = ByteBuffer.wrap(resource("casebook.cairn"));
        byte[] magic = bytes(snap, 8);
        assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("CAIRNDB\0");
        assertThat(snap.getShort()).isEqualTo((short) 1);
        int headerLength = snap.getShort() & 0xFFFF;
        byte[] id = bytes(snap, 16);
        long generation = snap.getLong();
        byte[] snapshotSalt = bytes(snap, 32);
        int segmentSize = snap.getInt();
        int slots = snap.get() & 0xFF;
        byte[] masterKey = null;
        for (int i = 0; i < slots; i++) {
            int type = snap.get() & 0xFF;
            int memory = snap.getInt();
            int passes = snap.getInt();
            int lanes = snap.get() & 0xFF;
            byte[] slotSalt = bytes(snap, 16);
            byte[] box = bytes(snap, 60);
            if (type == 1) {
                byte[] kek = argon2id("cairn test vector 2026".getBytes(StandardCharsets.UTF_8), slotSalt, memory,
                        passes, lanes);
                masterKey = open(kek, box, concat(id, new byte[] {1}));
            }
        }
        assertThat(masterKey).hasSize(32);
        byte[] header = Arrays.copyOf(snap.array(), headerLength);
        byte[] expectedMac = Arrays.copyOfRange(header, headerLength - 32, headerLength);
        assertThat(hmac(hkdf(masterKey, snapshotSalt, "cairn/v1/header-mac"),
                Arrays.copyOf(header, headerLength - 32))).isEqualTo(expectedMac);

        byte[] segmentKey = hkdf(masterKey, snapshotSalt, "cairn/v1/snapshot");
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        int position = headerLength;
        byte[] file = snap.array();
        for (long index = 0; position < file.length; index++) {
            int boxLength = Math.min(segmentSize + 28, file.length - position);
            boolean last = position + boxLength == file.length;
            byte[] aad = ByteBuffer.allocate(41).put(magic).put(id).putLong(generation).putLong(index)
                    .put((byte) (last ? 1 : 0)).array();
            image.write(open(segmentKey, Arrays.copyOfRange(file, position, position + boxLength), aad));
            position += boxLength;
        }

        Path database = dir.resolve("plain.sqlite");
        Files.write(database, image.toByteArray());
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            sqlite.setAutoCommit(false);
            for (Statement statement : logStatements(masterKey, id, generation)) {
                try (PreparedStatement prepared = sqlite.prepareStatement(statement.sql)) {
                    for (int p = 0; p < statement.params.size(); p++) {
                        prepared.setObject(p + 1, statement.params.get(p));
                    }
                    prepared.executeUpdate();
                }
            }
            sqlite.commit();
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = sqlite.createStatement().executeQuery("SELECT text FROM greeting ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            assertThat(rows).containsExactly("hello from the snapshot", "hello from the log",
                    "¡hola! cześć مرحبا হ্যালো");
        }
    }

    private record Statement(String sql, List<Object> params) {
    }

    private List<Statement> logStatements(byte[] masterKey, byte[] id, long snapshotGeneration) throws Exception {
        ByteBuffer log = ByteBuffer.wrap(resource("casebook.log"));
        assertThat(new String(bytes(log, 8), StandardCharsets.US_ASCII)).isEqualTo("CAIRNLG\0");
        assertThat(log.getShort()).isEqualTo((short) 1);
        assertThat(bytes(log, 16)).isEqualTo(id);
        long generation = log.getLong();
        assertThat(generation).isEqualTo(snapshotGeneration);
        byte[] logSalt = bytes(log, 32);
        byte[] mac = bytes(log, 32);
        assertThat(hmac(hkdf(masterKey, logSalt, "cairn/v1/log-header-mac"), Arrays.copyOf(log.array(), 66)))
                .isEqualTo(mac);
        byte[] key = hkdf(masterKey, logSalt, "cairn/v1/log");
        List<Statement> statements = new ArrayList<>();
        for (long k = 0; log.hasRemaining(); k++) {
            int length = log.getInt();
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(ByteBuffer.allocate(4).putInt(length).array());
            assertThat(log.getInt()).isEqualTo((int) crc.getValue());
            byte[] aad = ByteBuffer.allocate(32).put(id).putLong(generation).putLong(k).array();
            ByteBuffer plain = ByteBuffer.wrap(open(key, bytes(log, length), aad));
            int count = plain.getInt();
            for (int s = 0; s < count; s++) {
                String sql = new String(bytes(plain, plain.getInt()), StandardCharsets.UTF_8);
                int paramCount = plain.getInt();
                List<Object> params = new ArrayList<>();
                for (int p = 0; p < paramCount; p++) {
                    int tag = plain.get();
                    params.add(switch (tag) {
                        case 0 -> null;
                        case 1 -> plain.getLong();
                        case 2 -> plain.getDouble();
                        case 3 -> new String(bytes(plain, plain.getInt()), StandardCharsets.UTF_8);
                        case 4 -> bytes(plain, plain.getInt());
                        default -> throw new AssertionError("unknown tag " + tag);
                    });
                }
                statements.add(new Statement(sql, params));
            }
        }
        assertThat(statements).hasSizeGreaterThanOrEqualTo(2);
        return statements;
    }

    private static byte[] argon2id(byte[] secret, byte[] salt, int memoryKiB, int passes, int lanes) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(0x13).withSalt(salt)
                .withMemoryAsKB(memoryKiB).withIterations(passes).withParallelism(lanes).build());
        byte[] out = new byte[32];
        generator.generateBytes(secret, out);
        return out;
    }

    private static byte[] hkdf(byte[] ikm, byte[] salt, String info) {
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(ikm, salt, info.getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[32];
        generator.generateBytes(out, 0, 32);
        return out;
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] open(byte[] key, byte[] box, byte[] aad) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                new GCMParameterSpec(128, Arrays.copyOf(box, 12)));
        cipher.updateAAD(aad);
        return cipher.doFinal(box, 12, box.length - 12);
    }

    private static byte[] bytes(ByteBuffer buffer, int count) {
        byte[] out = new byte[count];
        buffer.get(out);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = FormatSpecDecryptorTest.class.getResourceAsStream(VECTOR + name)) {
            return in.readAllBytes();
        }
    }
}
