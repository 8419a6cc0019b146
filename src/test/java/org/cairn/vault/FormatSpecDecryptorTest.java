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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;
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
    void decryptsTheTestVectorWithEverySlotFollowingOnlyTheSpecification() throws Exception {
        byte[] file = resource(VECTOR + "casebook.cairn");
        String recoveryKey = new String(resource(VECTOR + "recovery-key.txt"), StandardCharsets.US_ASCII).strip();
        Header header = readHeader(file, 2);
        List<byte[]> keys = new ArrayList<>();
        for (Slot slot : header.slots) {
            switch (slot.type) {
                case 3 -> keys.add(openPersonSlot(header, slot));
                case 4 -> keys.add(openRecoverySlot(header, slot, recoveryKey));
                default -> throw new AssertionError("slot type " + slot.type + " in the test vector");
            }
        }
        assertThat(header.slots).extracting(slot -> slot.type).containsExactly(3, 4, 3);
        for (byte[] key : keys) {
            assertThat(key).isEqualTo(keys.get(0));
        }
        assertThat(openPeopleBox(header, keys.get(0))).containsExactly("Amina Khan", "administrator", "Bo Li",
                "advocate");
        decryptAndCheck(VECTOR, file, header, keys.get(0));
    }

    @Test
    void decryptsTheFormatOneFixtureFollowingOnlyTheSpecification() throws Exception {
        String folder = "/org/cairn/vault/format-1/";
        byte[] file = resource(folder + "casebook.cairn");
        Header header = readHeader(file, 1);
        Slot slot = header.slots.get(0);
        assertThat(slot.type).isEqualTo(1);
        byte[] kek = argon2id("cairn test vector 2026".getBytes(StandardCharsets.UTF_8), slot.salt, slot.memory,
                slot.passes, slot.lanes);
        decryptAndCheck(folder, file, header, open(kek, slot.wrapped, concat(header.id, new byte[] {1})));
    }

    /** The person's name tag finds the slot; Argon2id opens the private key; X25519 and HKDF open the master key. */
    private byte[] openPersonSlot(Header header, Slot slot) throws Exception {
        String[][] people = {{"Amina Khan", "cairn test vector 2026"}, {"Bo Li", "cairn test vector, second person"}};
        for (String[] person : people) {
            byte[] tag = hmac(header.nameKey, concat("cairn/v2/name-tag\0".getBytes(StandardCharsets.US_ASCII),
                    Normalizer.normalize(person[0], Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
                            .getBytes(StandardCharsets.UTF_8)));
            if (!Arrays.equals(tag, slot.nameTag)) {
                continue;
            }
            byte[] kek = argon2id(person[1].getBytes(StandardCharsets.UTF_8), slot.salt, slot.memory, slot.passes,
                    slot.lanes);
            byte[] privateAad = ByteBuffer.allocate(53).put(header.id).put((byte) 3).putInt(slot.id).put(tag).array();
            return openToRecipient(header, slot, open(kek, slot.sealedPrivate, privateAad));
        }
        throw new AssertionError("no person's name tag matches slot " + slot.id);
    }

    private byte[] openRecoverySlot(Header header, Slot slot, String typed) throws Exception {
        byte[] secret = crockford(typed.replace("-", "").substring(0, 32));
        return openToRecipient(header, slot, hkdf(secret, slot.salt, "cairn/v2/recovery-private"));
    }

    private byte[] openToRecipient(Header header, Slot slot, byte[] privateKey) throws Exception {
        X25519Agreement agreement = new X25519Agreement();
        agreement.init(new X25519PrivateKeyParameters(privateKey));
        byte[] shared = new byte[32];
        agreement.calculateAgreement(new X25519PublicKeyParameters(slot.ephemeral), shared, 0);
        assertThat(new X25519PrivateKeyParameters(privateKey).generatePublicKey().getEncoded())
                .isEqualTo(slot.publicKey);
        byte[] wrapKey = hkdf(shared, concat(slot.ephemeral, slot.publicKey), "cairn/v2/slot-wrap");
        byte[] aad = ByteBuffer.allocate(21).put(header.id).put((byte) slot.type).putInt(slot.id).array();
        return open(wrapKey, slot.wrapped, aad);
    }

    /** Returns name, role, name, role... of the people box. */
    private static List<String> openPeopleBox(Header header, byte[] masterKey) throws Exception {
        ByteBuffer plain = ByteBuffer.wrap(open(hkdf(masterKey, header.id, "cairn/v2/people"), header.people,
                concat(header.id, "cairn/v2/people".getBytes(StandardCharsets.US_ASCII))));
        plain.getInt();
        int count = plain.get() & 0xFF;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plain.getInt();
            out.add(utf8(plain));
            out.add(utf8(plain));
            utf8(plain);
            plain.getLong();
            plain.getInt();
        }
        return out;
    }

    private record Slot(int type, int id, byte[] nameTag, int memory, int passes, int lanes, byte[] salt,
            byte[] sealedPrivate, byte[] publicKey, byte[] ephemeral, byte[] wrapped) {
    }

    private record Header(byte[] magic, int length, byte[] id, long generation, byte[] snapshotSalt, int segmentSize,
            byte[] nameKey, List<Slot> slots, byte[] people) {
    }

    private static Header readHeader(byte[] file, int expectedVersion) {
        ByteBuffer snap = ByteBuffer.wrap(file);
        byte[] magic = bytes(snap, 8);
        assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("CAIRNDB\0");
        assertThat(snap.getShort()).isEqualTo((short) expectedVersion);
        int headerLength = snap.getShort() & 0xFFFF;
        byte[] id = bytes(snap, 16);
        long generation = snap.getLong();
        byte[] snapshotSalt = bytes(snap, 32);
        int segmentSize = snap.getInt();
        byte[] nameKey = expectedVersion == 2 ? bytes(snap, 32) : new byte[0];
        int count = snap.get() & 0xFF;
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (expectedVersion == 1) {
                int type = snap.get() & 0xFF;
                int memory = snap.getInt();
                int passes = snap.getInt();
                int lanes = snap.get() & 0xFF;
                slots.add(new Slot(type, 0, null, memory, passes, lanes, bytes(snap, 16), null, null, null,
                        bytes(snap, 60)));
            } else {
                slots.add(new Slot(snap.get() & 0xFF, snap.getInt(), bytes(snap, 32), snap.getInt(), snap.getInt(),
                        snap.get() & 0xFF, bytes(snap, 16), bytes(snap, 60), bytes(snap, 32), bytes(snap, 32),
                        bytes(snap, 60)));
            }
        }
        byte[] people = expectedVersion == 2 ? bytes(snap, snap.getShort() & 0xFFFF) : new byte[0];
        assertThat(snap.position()).isEqualTo(headerLength - 64);
        return new Header(magic, headerLength, id, generation, snapshotSalt, segmentSize, nameKey, slots, people);
    }

    private void decryptAndCheck(String folder, byte[] file, Header parsed, byte[] masterKey) throws Exception {
        assertThat(masterKey).hasSize(32);
        int headerLength = parsed.length;
        byte[] id = parsed.id;
        byte[] magic = parsed.magic;
        long generation = parsed.generation;
        byte[] snapshotSalt = parsed.snapshotSalt;
        int segmentSize = parsed.segmentSize;
        ByteBuffer snap = ByteBuffer.wrap(file);
        byte[] header = Arrays.copyOf(snap.array(), headerLength);
        byte[] expectedMac = Arrays.copyOfRange(header, headerLength - 32, headerLength);
        assertThat(hmac(hkdf(masterKey, snapshotSalt, "cairn/v1/header-mac"),
                Arrays.copyOf(header, headerLength - 32))).isEqualTo(expectedMac);

        byte[] segmentKey = hkdf(masterKey, snapshotSalt, "cairn/v1/snapshot");
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        int position = headerLength;
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
            for (Statement statement : logStatements(folder, masterKey, id, generation)) {
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

    private List<Statement> logStatements(String folder, byte[] masterKey, byte[] id, long snapshotGeneration)
            throws Exception {
        ByteBuffer log = ByteBuffer.wrap(resource(folder + "casebook.log"));
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

    private static String utf8(ByteBuffer buffer) {
        return new String(bytes(buffer, buffer.getShort() & 0xFFFF), StandardCharsets.UTF_8);
    }

    /** Crockford base-32, most significant bits first. */
    private static byte[] crockford(String text) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write(buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = FormatSpecDecryptorTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
