package org.cairn.stats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bundle carries once opened: who made it (a random laptop id, and since format 2 the casebook identity
 * derived from the casebook's own id with the count of bundles that casebook had made, see ADR 0033), its own random
 * id, when, under which counting rule, and for each quarter and catalogue table the exact count and the cell key
 * (sum of record keys modulo 256) of every position. No case id, reference, date of a case or free text. A bundle
 * from an older Cairn (format 1) has no casebook identity: {@code casebook} is null and {@code sequence} 0.
 * An organisation's bundle for a coalition (format 3, ADR 0047) is laid out as format 2 and holds the organisation's
 * merged, unperturbed counts; {@code laptopId} is then the organisation coordinator's own random id.
 */
record BundlePayload(byte[] laptopId, byte[] casebook, long sequence, byte[] bundleId, Instant createdAt,
        CountingRule rule, QuarterRange range, List<Table> tables, boolean organisation) {
    static final int ID_BYTES = 16;
    private static final int OLDER_FORMAT = 1;
    private static final int FORMAT = 2;
    private static final int ORGANISATION_FORMAT = 3;

    BundlePayload {
        tables = List.copyOf(tables);
        if (organisation && casebook == null) {
            throw new IllegalArgumentException("an organisation's bundle always names its casebook");
        }
    }

    /** A laptop's bundle for its organisation's coordinator. */
    BundlePayload(byte[] laptopId, byte[] casebook, long sequence, byte[] bundleId, Instant createdAt,
            CountingRule rule, QuarterRange range, List<Table> tables) {
        this(laptopId, casebook, sequence, bundleId, createdAt, rule, range, tables, false);
    }

    /** Whether the bundle names the casebook it came from (made by this version of Cairn or later). */
    boolean hasCasebook() {
        return casebook != null;
    }

    /** One table of one quarter, position by position as in its layout. */
    record Table(Quarter quarter, String tableId, long[] counts, int[] cellKeys) {
    }

    static Table of(ExactTable exact) {
        int[] keys = new int[exact.keySums().length];
        for (int p = 0; p < keys.length; p++) {
            keys[p] = (int) Math.floorMod(exact.keySums()[p], (long) RecordKeys.RANGE);
        }
        return new Table(exact.quarter(), exact.spec().id(), exact.counts().clone(), keys);
    }

    byte[] encode() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out =
                new DataOutputStream(bytes)) {
            out.writeInt(organisation ? ORGANISATION_FORMAT : hasCasebook() ? FORMAT : OLDER_FORMAT);
            out.write(laptopId);
            if (hasCasebook()) {
                out.write(casebook);
                out.writeLong(sequence);
            }
            out.write(bundleId);
            out.writeLong(createdAt.toEpochMilli());
            out.writeUTF(rule.name());
            out.writeUTF(range.from().toString());
            out.writeUTF(range.to().toString());
            out.writeInt(tables.size());
            for (Table table : tables) {
                out.writeUTF(table.quarter().toString());
                out.writeUTF(table.tableId());
                out.writeInt(table.counts().length);
                for (int p = 0; p < table.counts().length; p++) {
                    out.writeLong(table.counts()[p]);
                    out.writeByte(table.cellKeys()[p]);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an authenticated payload; anything malformed is refused as unreadable, never half-read. */
    static BundlePayload decode(byte[] bytes, String name) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readInt();
            if (format != FORMAT && format != OLDER_FORMAT && format != ORGANISATION_FORMAT) {
                throw unreadable(name);
            }
            boolean named = format != OLDER_FORMAT;
            byte[] laptop = in.readNBytes(ID_BYTES);
            byte[] casebook = named ? in.readNBytes(ID_BYTES) : null;
            long sequence = named ? in.readLong() : 0;
            if (casebook != null && (casebook.length != ID_BYTES || sequence < 1)) {
                throw unreadable(name);
            }
            byte[] bundle = in.readNBytes(ID_BYTES);
            Instant created = Instant.ofEpochMilli(in.readLong());
            CountingRule rule = CountingRule.valueOf(in.readUTF());
            QuarterRange range = new QuarterRange(Quarter.parse(in.readUTF()), Quarter.parse(in.readUTF()));
            int count = in.readInt();
            if (laptop.length != ID_BYTES || bundle.length != ID_BYTES || count < 0 || count > 100_000) {
                throw unreadable(name);
            }
            List<Table> tables = new ArrayList<>();
            for (int t = 0; t < count; t++) {
                Quarter quarter = Quarter.parse(in.readUTF());
                String id = in.readUTF();
                int size = in.readInt();
                if (size < 1 || size > 10_000) {
                    throw unreadable(name);
                }
                long[] counts = new long[size];
                int[] keys = new int[size];
                for (int p = 0; p < size; p++) {
                    counts[p] = in.readLong();
                    keys[p] = in.readUnsignedByte();
                    if (counts[p] < 0) {
                        throw unreadable(name);
                    }
                }
                tables.add(new Table(quarter, id, counts, keys));
            }
            if (in.read() != -1) {
                throw unreadable(name);
            }
            return new BundlePayload(laptop, casebook, sequence, bundle, created, rule, range, tables,
                    format == ORGANISATION_FORMAT);
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof BundleRejectedException rejected) {
                throw rejected;
            }
            throw unreadable(name);
        }
    }

    private static BundleRejectedException unreadable(String name) {
        return new BundleRejectedException(CountsProblem.BUNDLE_UNREADABLE, name + " opened, but its contents are not in a form this version of "
                + "Cairn reads; nothing was imported. Update Cairn on both laptops, then make the bundle again", name);
    }
}
