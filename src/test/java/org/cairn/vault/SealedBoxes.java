package org.cairn.vault;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the public structure of the files (no key needed): salts and every sealed box, to inspect their nonces. */
final class SealedBoxes {
    /** A sealed box and the salt of the key it is sealed under ("slot:" + slot salt, or the file salt). */
    record Box(String keyId, byte[] bytes) {
        byte[] nonce() {
            return Arrays.copyOf(bytes, Aead.NONCE_BYTES);
        }
    }

    record Parsed(byte[] salt, long generation, List<byte[]> slotSalts, List<Box> boxes) {
    }

    private SealedBoxes() {
    }

    /** casebook.cairn or a backup, format 2. */
    static Parsed snapshot(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file);
        int headerLength = Short.toUnsignedInt(in.getShort(10));
        long generation = in.getLong(12 + SnapshotHeader.CASEBOOK_ID_BYTES);
        int saltAt = 12 + SnapshotHeader.CASEBOOK_ID_BYTES + 8;
        byte[] salt = Arrays.copyOfRange(file, saltAt, saltAt + SnapshotHeader.SALT_BYTES);
        int segmentSize = in.getInt(saltAt + SnapshotHeader.SALT_BYTES);
        int slotCount = Byte.toUnsignedInt(file[SnapshotHeaderCodec.FIXED_BYTES_V2 - 1]);
        List<byte[]> slotSalts = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < slotCount; i++) {
            int at = SnapshotHeaderCodec.FIXED_BYTES_V2 + i * KeySlot.ENCODED_BYTES_V2;
            byte[] slotSalt = Arrays.copyOfRange(file, at + 46, at + 46 + KeySlot.SALT_BYTES);
            slotSalts.add(slotSalt);
            if (file[at] == SlotType.PERSON.code()) {
                boxes.add(new Box("slot:" + hex(slotSalt), Arrays.copyOfRange(file, at + 62, at + 122)));
            }
            byte[] ephemeral = Arrays.copyOfRange(file, at + 154, at + 186);
            boxes.add(new Box("ephemeral:" + hex(ephemeral), Arrays.copyOfRange(file, at + 186, at + 246)));
        }
        int peopleAt = SnapshotHeaderCodec.FIXED_BYTES_V2 + slotCount * KeySlot.ENCODED_BYTES_V2;
        int peopleLength = Short.toUnsignedInt(in.getShort(peopleAt));
        if (peopleLength > 0) {
            boxes.add(new Box("people", Arrays.copyOfRange(file, peopleAt + 2, peopleAt + 2 + peopleLength)));
        }
        int box = segmentSize + Aead.OVERHEAD;
        for (int at = headerLength; at < file.length; at += box) {
            boxes.add(new Box(hex(salt), Arrays.copyOfRange(file, at, Math.min(file.length, at + box))));
        }
        return new Parsed(salt, generation, slotSalts, boxes);
    }

    static Parsed log(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file);
        long generation = in.getLong(10 + SnapshotHeader.CASEBOOK_ID_BYTES);
        int saltAt = 10 + SnapshotHeader.CASEBOOK_ID_BYTES + 8;
        byte[] salt = Arrays.copyOfRange(file, saltAt, saltAt + SnapshotHeader.SALT_BYTES);
        List<Box> boxes = new ArrayList<>();
        for (int at = LogHeader.BYTES; at < file.length; ) {
            int length = in.getInt(at);
            boxes.add(new Box(hex(salt), Arrays.copyOfRange(file, at + LogFrame.PREFIX_BYTES,
                    at + LogFrame.PREFIX_BYTES + length)));
            at += LogFrame.PREFIX_BYTES + length;
        }
        return new Parsed(salt, generation, List.of(), boxes);
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
