package org.cairn.vault;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Byte layout of the header. {@code encode} returns the header without its trailing SHA-256 and HMAC, which
 * {@link SnapshotFile} appends because the HMAC needs the master key.
 */
final class SnapshotHeaderCodec {
    /** Format 1, up to and including the slot count. */
    static final int FIXED_BYTES = 8 + 2 + 2 + SnapshotHeader.CASEBOOK_ID_BYTES + 8 + SnapshotHeader.SALT_BYTES + 4 + 1;
    /** Format 2 adds the name key before the slot count. */
    static final int FIXED_BYTES_V2 = FIXED_BYTES + SnapshotHeader.NAME_KEY_BYTES;
    static final int TRAILER_BYTES = 32 + 32;
    /** The length field is 16 bits. */
    static final int MAX_HEADER_BYTES = 0xFFFF;

    private SnapshotHeaderCodec() {
    }

    static int encodedLength(SnapshotHeader header) {
        return FIXED_BYTES_V2 + header.slots().size() * KeySlot.ENCODED_BYTES_V2 + 2 + header.sealedPeople().length
                + TRAILER_BYTES;
    }

    /** Always format 2: a format-1 casebook is upgraded by its first checkpoint. */
    static byte[] encodeBody(SnapshotHeader header) {
        int total = encodedLength(header);
        if (total > MAX_HEADER_BYTES || header.slots().size() > SnapshotHeader.MAX_SLOTS) {
            throw new IllegalStateException("header too large: " + header.slots().size() + " slots");
        }
        byte[] nameKey = header.nameKey().length == SnapshotHeader.NAME_KEY_BYTES ? header.nameKey()
                : new byte[SnapshotHeader.NAME_KEY_BYTES];
        ByteBuffer out = ByteBuffer.allocate(total - TRAILER_BYTES);
        out.put(header.kind().magic());
        out.putShort((short) SnapshotHeader.FORMAT_VERSION);
        out.putShort((short) total);
        out.put(header.casebookId());
        out.putLong(header.generation());
        out.put(header.snapshotSalt());
        out.putInt(header.segmentSize());
        out.put(nameKey);
        out.put((byte) header.slots().size());
        for (KeySlot slot : header.slots()) {
            out.put((byte) slot.type().code());
            out.putInt(slot.slotId());
            out.put(slot.nameTag());
            out.putInt(slot.memoryKiB());
            out.putInt(slot.iterations());
            out.put((byte) slot.parallelism());
            out.put(slot.salt());
            out.put(slot.sealedPrivateKey());
            out.put(slot.publicKey());
            out.put(slot.ephemeralPublicKey());
            out.put(slot.wrappedKey());
        }
        out.putShort((short) header.sealedPeople().length);
        out.put(header.sealedPeople());
        return out.array();
    }

    /**
     * Reads the 12-byte preamble and tells how long the whole header is; throws when this is not a casebook.
     * The version is judged only by {@link #requireKnownVersion} once the header checksum matches, so that a
     * damaged version field is reported as damage rather than as "written by a newer Cairn".
     */
    static int headerLength(byte[] preamble, String fileName) {
        ByteBuffer in = ByteBuffer.wrap(preamble);
        byte[] magic = new byte[8];
        in.get(magic);
        if (FileKind.fromMagic(magic) == null) {
            throw new UnlockFailedException();
        }
        int version = Short.toUnsignedInt(in.getShort());
        int length = Short.toUnsignedInt(in.getShort());
        if (length < FIXED_BYTES + TRAILER_BYTES) {
            if (version > SnapshotHeader.FORMAT_VERSION) {
                throw newerVersion(version);
            }
            throw new DamagedException(fileName, 10, "impossible header length");
        }
        return length;
    }

    /** Called on a header whose checksum matched: its version field is what the writer meant. */
    static void requireKnownVersion(byte[] header) {
        int version = version(header);
        if (version != SnapshotHeader.FORMAT_VERSION && version != SnapshotHeader.LEGACY_FORMAT_VERSION) {
            throw newerVersion(version);
        }
    }

    private static int version(byte[] header) {
        return Short.toUnsignedInt(ByteBuffer.wrap(header, 8, 2).getShort());
    }

    private static VaultException newerVersion(int version) {
        return new VaultException(VaultProblem.NEWER_FORMAT, "This casebook was written by a newer version of Cairn "
                + "(format " + version + "). Install the latest Cairn to open it.", null, version);
    }

    /** Parses a complete header (format 1 or 2) whose SHA-256 has already been checked. */
    static SnapshotHeader decode(byte[] header, String fileName) {
        boolean v2 = version(header) == SnapshotHeader.FORMAT_VERSION;
        ByteBuffer in = ByteBuffer.wrap(header);
        try {
            byte[] magic = new byte[8];
            in.get(magic);
            FileKind kind = FileKind.fromMagic(magic);
            in.getShort();
            in.getShort();
            byte[] id = read(in, SnapshotHeader.CASEBOOK_ID_BYTES);
            long generation = in.getLong();
            byte[] salt = read(in, SnapshotHeader.SALT_BYTES);
            int segmentSize = in.getInt();
            if (segmentSize < SnapshotHeader.MIN_SEGMENT_SIZE || segmentSize > SnapshotHeader.MAX_SEGMENT_SIZE) {
                throw new DamagedException(fileName, FIXED_BYTES - 5, "impossible segment size");
            }
            byte[] nameKey = v2 ? read(in, SnapshotHeader.NAME_KEY_BYTES) : new byte[0];
            int slotCount = Byte.toUnsignedInt(in.get());
            int slotBytes = v2 ? KeySlot.ENCODED_BYTES_V2 : KeySlot.ENCODED_BYTES;
            int peopleAt = (v2 ? FIXED_BYTES_V2 : FIXED_BYTES) + slotCount * slotBytes;
            if (slotCount == 0 || slotCount > SnapshotHeader.MAX_SLOTS || peopleAt + TRAILER_BYTES > header.length
                    || (!v2 && peopleAt + TRAILER_BYTES != header.length)) {
                throw new DamagedException(fileName, in.position() - 1, "slot count does not match header length");
            }
            List<KeySlot> slots = new ArrayList<>();
            for (int i = 0; i < slotCount; i++) {
                slots.add(v2 ? readSlotV2(in, fileName) : readSlotV1(in, fileName));
            }
            byte[] people = new byte[0];
            if (v2) {
                int peopleLength = Short.toUnsignedInt(in.getShort());
                if (peopleAt + 2 + peopleLength + TRAILER_BYTES != header.length) {
                    throw new DamagedException(fileName, peopleAt, "people box does not match header length");
                }
                people = read(in, peopleLength);
            }
            return new SnapshotHeader(kind, id, generation, salt, segmentSize, slots, nameKey, people);
        } catch (BufferUnderflowException e) {
            throw new DamagedException(fileName, header.length, "header ends early");
        }
    }

    private static KeySlot readSlotV1(ByteBuffer in, String fileName) {
        int position = in.position();
        SlotType type = SlotType.fromCode(Byte.toUnsignedInt(in.get()));
        int memory = in.getInt();
        int iterations = in.getInt();
        int parallelism = Byte.toUnsignedInt(in.get());
        if (type == null || type.code() > SlotType.RECOVERY_KEY.code()
                || (type == SlotType.PASSPHRASE && !validKdf(memory, iterations, parallelism))) {
            throw new DamagedException(fileName, position, "unreadable key slot");
        }
        return new KeySlot(type, memory, iterations, parallelism, read(in, KeySlot.SALT_BYTES),
                read(in, KeySlot.WRAPPED_BYTES));
    }

    private static KeySlot readSlotV2(ByteBuffer in, String fileName) {
        int position = in.position();
        SlotType type = SlotType.fromCode(Byte.toUnsignedInt(in.get()));
        int slotId = in.getInt();
        byte[] tag = read(in, KeySlot.TAG_BYTES);
        int memory = in.getInt();
        int iterations = in.getInt();
        int parallelism = Byte.toUnsignedInt(in.get());
        if (type == null || (type == SlotType.PERSON) != (slotId > 0)
                || (type.opensWithPassphrase() && !validKdf(memory, iterations, parallelism))) {
            throw new DamagedException(fileName, position, "unreadable key slot");
        }
        byte[] salt = read(in, KeySlot.SALT_BYTES);
        byte[] sealedPrivate = read(in, KeySlot.WRAPPED_BYTES);
        byte[] publicKey = read(in, KeySlot.PUBLIC_KEY_BYTES);
        byte[] ephemeral = read(in, KeySlot.PUBLIC_KEY_BYTES);
        byte[] wrapped = read(in, KeySlot.WRAPPED_BYTES);
        return new KeySlot(type, memory, iterations, parallelism, salt, wrapped, slotId, tag, sealedPrivate,
                publicKey, ephemeral);
    }

    static byte[] sha256(byte[] data, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(data, 0, length);
            return digest.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean checksumMatches(byte[] header) {
        int bodyLength = header.length - TRAILER_BYTES;
        byte[] expected = sha256(header, bodyLength);
        return MessageDigest.isEqual(expected, Arrays.copyOfRange(header, bodyLength, bodyLength + 32));
    }

    private static boolean validKdf(int memory, int iterations, int parallelism) {
        try {
            new KdfParams(memory, iterations, parallelism);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] read(ByteBuffer in, int count) {
        byte[] bytes = new byte[count];
        in.get(bytes);
        return bytes;
    }
}
