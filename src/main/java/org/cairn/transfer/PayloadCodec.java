package org.cairn.transfer;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.transfer.TransferPayload.CaseBundle;
import org.cairn.transfer.TransferPayload.HistoryLine;
import org.cairn.transfer.TransferPayload.Row;
import org.cairn.transfer.TransferRejectedException.Reason;

/**
 * The decrypted payload as bytes (big-endian; docs/FORMAT.md). Reading checks every length against what is left,
 * so a damaged payload is refused rather than read past its end or allowed to ask for huge allocations.
 */
final class PayloadCodec {
    private static final int NULL = 0;
    private static final int INTEGER = 1;
    private static final int REAL = 2;
    private static final int TEXT = 3;
    private static final int BLOB = 4;

    private PayloadCodec() {
    }

    /** The payload as the current file format lays it out. */
    static byte[] encode(TransferPayload payload) {
        return encode(payload, TransferCrypto.FORMAT);
    }

    /** Format 2 ends after the cases; format 3 adds the erasure notices (docs/FORMAT.md). */
    static byte[] encode(TransferPayload payload, int format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(payload.kind().ordinal());
            out.writeInt(payload.schemaVersion());
            out.writeLong(payload.madeAt());
            out.writeLong(payload.seenFromReceiver());
            out.writeInt(payload.cases().size());
            for (CaseBundle bundle : payload.cases()) {
                out.writeInt(bundle.rows().size());
                for (Row row : bundle.rows()) {
                    string(out, row.table());
                    columns(out, row.values());
                }
                out.writeInt(bundle.history().size());
                for (HistoryLine line : bundle.history()) {
                    out.writeLong(line.at());
                    string(out, line.actor());
                    string(out, line.action());
                }
            }
            if (format >= TransferCrypto.FORMAT) {
                out.writeInt(payload.erasedCases().size());
                for (String uid : payload.erasedCases()) {
                    out.write(PairingCard.uuidBytes(uid));
                }
            } else if (!payload.erasedCases().isEmpty()) {
                throw new IllegalArgumentException("format 2 carries no erasure notices");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static TransferPayload decode(byte[] bytes) {
        return decode(bytes, TransferCrypto.FORMAT);
    }

    static TransferPayload decode(byte[] bytes, int format) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            int kind = in.get() & 0xFF;
            if (kind >= TransferKind.values().length) {
                throw new TransferRejectedException(Reason.TAMPERED);
            }
            int schema = in.getInt();
            long madeAt = in.getLong();
            long seenFromReceiver = in.getLong();
            if (seenFromReceiver < 0) {
                throw new TransferRejectedException(Reason.TAMPERED);
            }
            int caseCount = count(in, 4);
            List<CaseBundle> cases = new ArrayList<>(caseCount);
            for (int c = 0; c < caseCount; c++) {
                int rowCount = count(in, 6);
                List<Row> rows = new ArrayList<>(rowCount);
                for (int r = 0; r < rowCount; r++) {
                    String table = string(in);
                    rows.add(new Row(table, columns(in)));
                }
                int lines = count(in, 16);
                List<HistoryLine> history = new ArrayList<>(lines);
                for (int h = 0; h < lines; h++) {
                    history.add(new HistoryLine(in.getLong(), string(in), string(in)));
                }
                cases.add(new CaseBundle(rows, history));
            }
            List<String> erased = new ArrayList<>();
            if (format >= TransferCrypto.FORMAT) {
                int notices = count(in, 16);
                for (int n = 0; n < notices; n++) {
                    byte[] uid = new byte[16];
                    in.get(uid);
                    erased.add(PairingCard.uuidText(uid));
                }
            }
            if (in.hasRemaining()) {
                throw new TransferRejectedException(Reason.TAMPERED);
            }
            return new TransferPayload(TransferKind.values()[kind], schema, madeAt, seenFromReceiver, cases, erased);
        } catch (BufferUnderflowException e) {
            throw new TransferRejectedException(Reason.TAMPERED);
        }
    }

    /** One row's columns, as a payload row carries them; also how {@code transfer_seen} keeps compared fields. */
    static byte[] encodeColumns(Map<String, Object> values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            columns(out, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, Object> decodeColumns(byte[] bytes) {
        try {
            return columns(ByteBuffer.wrap(bytes));
        } catch (BufferUnderflowException e) {
            throw new TransferRejectedException(Reason.TAMPERED);
        }
    }

    private static void columns(DataOutputStream out, Map<String, Object> values) throws IOException {
        out.writeShort(values.size());
        for (Map.Entry<String, Object> column : values.entrySet()) {
            string(out, column.getKey());
            value(out, column.getValue());
        }
    }

    private static Map<String, Object> columns(ByteBuffer in) {
        int columns = in.getShort() & 0xFFFF;
        Map<String, Object> values = new LinkedHashMap<>();
        for (int k = 0; k < columns; k++) {
            String column = string(in);
            if (values.containsKey(column)) {
                throw new TransferRejectedException(Reason.TAMPERED);
            }
            values.put(column, value(in));
        }
        return values;
    }

    /** A count of items each at least {@code smallest} bytes long: more than could fit is damage. */
    private static int count(ByteBuffer in, int smallest) {
        int count = in.getInt();
        if (count < 0 || (long) count * smallest > in.remaining()) {
            throw new TransferRejectedException(Reason.TAMPERED);
        }
        return count;
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(ByteBuffer in) {
        byte[] bytes = new byte[count(in, 1)];
        in.get(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TransferRejectedException(Reason.TAMPERED);
        }
    }

    private static void value(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Long number) {
            out.writeByte(INTEGER);
            out.writeLong(number);
        } else if (value instanceof Double number) {
            out.writeByte(REAL);
            out.writeDouble(number);
        } else if (value instanceof String text) {
            out.writeByte(TEXT);
            string(out, text);
        } else if (value instanceof byte[] blob) {
            out.writeByte(BLOB);
            out.writeInt(blob.length);
            out.write(blob);
        } else {
            throw new IllegalArgumentException("a stored value is null, Long, Double, String or byte[]");
        }
    }

    private static Object value(ByteBuffer in) {
        int tag = in.get() & 0xFF;
        return switch (tag) {
            case NULL -> null;
            case INTEGER -> in.getLong();
            case REAL -> in.getDouble();
            case TEXT -> string(in);
            case BLOB -> {
                byte[] blob = new byte[count(in, 1)];
                in.get(blob);
                yield blob;
            }
            default -> throw new TransferRejectedException(Reason.TAMPERED);
        };
    }
}
