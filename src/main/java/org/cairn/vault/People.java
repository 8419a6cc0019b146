package org.cairn.vault;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;

/**
 * The people of a casebook and the next free slot id: the plaintext that the header seals under the master key
 * (docs/FORMAT.md, "the people box").
 */
record People(int nextSlotId, List<PersonSlot> slots) {
    static final String LABEL = "cairn/v2/people";
    static final int MAX_ROLE_BYTES = 64;
    static final People NONE = new People(1, List.of());

    People {
        slots = List.copyOf(slots);
    }

    /** Stored to the millisecond, so a slot reads back exactly as it was made. */
    static Instant now(java.time.Clock clock) {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    Optional<PersonSlot> find(int slotId) {
        return slots.stream().filter(p -> p.slotId() == slotId).findFirst();
    }

    People with(PersonSlot person) {
        List<PersonSlot> next = new ArrayList<>(slots);
        next.removeIf(p -> p.slotId() == person.slotId());
        next.add(person);
        next.sort((a, b) -> Integer.compare(a.slotId(), b.slotId()));
        return new People(Math.max(nextSlotId, person.slotId() + 1), next);
    }

    People without(int slotId) {
        List<PersonSlot> next = new ArrayList<>(slots);
        next.removeIf(p -> p.slotId() == slotId);
        return new People(nextSlotId, next);
    }

    byte[] encode() {
        List<byte[]> fields = new ArrayList<>();
        int size = 4 + 1;
        for (PersonSlot p : slots) {
            for (String text : List.of(p.displayName(), p.role(), p.addedBy())) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                fields.add(utf8);
                size += 2 + utf8.length;
            }
            size += 4 + 8 + 4;
        }
        ByteBuffer out = ByteBuffer.allocate(size).putInt(nextSlotId).put((byte) slots.size());
        int f = 0;
        for (PersonSlot p : slots) {
            out.putInt(p.slotId());
            for (int i = 0; i < 3; i++) {
                byte[] utf8 = fields.get(f++);
                out.putShort((short) utf8.length).put(utf8);
            }
            out.putLong(p.addedOn().toEpochMilli()).putInt(p.seenUpTo());
        }
        return out.array();
    }

    static People decode(byte[] plain, String fileName) {
        ByteBuffer in = ByteBuffer.wrap(plain);
        try {
            int next = in.getInt();
            int count = Byte.toUnsignedInt(in.get());
            List<PersonSlot> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int id = in.getInt();
                String name = text(in);
                String role = text(in);
                String addedBy = text(in);
                list.add(new PersonSlot(id, name, role, addedBy, Instant.ofEpochMilli(in.getLong()), in.getInt()));
            }
            if (in.hasRemaining()) {
                throw new DamagedException(fileName, 0, "the list of people has trailing bytes");
            }
            return new People(next, list);
        } catch (BufferUnderflowException e) {
            throw new DamagedException(fileName, 0, "the list of people ends early");
        }
    }

    /** Sealed under {@code HKDF(MK, casebook id, "cairn/v2/people")}, bound to the casebook id. */
    byte[] seal(MasterKey masterKey, byte[] casebookId, SecureRandom random) {
        byte[] key = masterKey.subkey(casebookId, LABEL);
        try {
            return new Aead(key, random).seal(encode(), context(casebookId));
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    static People open(byte[] sealed, MasterKey masterKey, byte[] casebookId, String fileName) {
        if (sealed.length == 0) {
            return NONE;
        }
        byte[] key = masterKey.subkey(casebookId, LABEL);
        try {
            return decode(new Aead(key, new SecureRandom()).open(sealed, context(casebookId)), fileName);
        } catch (AEADBadTagException e) {
            throw new DamagedException(fileName, 0, "the list of people failed authentication");
        } finally {
            java.util.Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] context(byte[] casebookId) {
        return SnapshotFile.concat(casebookId, LABEL.getBytes(StandardCharsets.US_ASCII));
    }

    private static String text(ByteBuffer in) {
        byte[] utf8 = new byte[Short.toUnsignedInt(in.getShort())];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
