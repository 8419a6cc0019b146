package org.cairn.vault;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Plaintext of a log record: the statements of one transaction with typed parameters (docs/FORMAT.md). */
final class TxRecordCodec {
    static final int NULL = 0;
    static final int INTEGER = 1;
    static final int REAL = 2;
    static final int TEXT = 3;
    static final int BLOB = 4;

    private TxRecordCodec() {
    }

    static Object normalise(Object value) {
        if (value == null || value instanceof Long || value instanceof String || value instanceof Double
                || value instanceof byte[]) {
            return value instanceof byte[] bytes ? bytes.clone() : value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Boolean flag) {
            return flag ? 1L : 0L;
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        throw new IllegalArgumentException("unsupported SQL parameter type " + value.getClass().getName());
    }

    static byte[] encode(List<RecordedStatement> statements) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(statements.size());
            for (RecordedStatement statement : statements) {
                writeBytes(out, statement.sql().getBytes(StandardCharsets.UTF_8));
                out.writeInt(statement.params().size());
                for (Object param : statement.params()) {
                    writeParam(out, param);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeParam(DataOutputStream out, Object param) throws IOException {
        if (param == null) {
            out.writeByte(NULL);
        } else if (param instanceof Long number) {
            out.writeByte(INTEGER);
            out.writeLong(number);
        } else if (param instanceof Double number) {
            out.writeByte(REAL);
            out.writeDouble(number);
        } else if (param instanceof String text) {
            out.writeByte(TEXT);
            writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
        } else {
            out.writeByte(BLOB);
            writeBytes(out, (byte[]) param);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    /** Decodes an authenticated record; a malformed one means a bug or a forged key, reported as damage. */
    static List<RecordedStatement> decode(byte[] record, String fileName, long sequence) {
        ByteBuffer in = ByteBuffer.wrap(record);
        try {
            int count = in.getInt();
            if (count < 0 || count > record.length) {
                throw malformed(fileName, sequence);
            }
            List<RecordedStatement> statements = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String sql = new String(readBytes(in, fileName, sequence), StandardCharsets.UTF_8);
                int paramCount = in.getInt();
                if (paramCount < 0 || paramCount > in.remaining()) {
                    throw malformed(fileName, sequence);
                }
                List<Object> params = new ArrayList<>(paramCount);
                for (int p = 0; p < paramCount; p++) {
                    params.add(readParam(in, fileName, sequence));
                }
                statements.add(new RecordedStatement(sql, Arrays.asList(params.toArray())));
            }
            if (in.hasRemaining()) {
                throw malformed(fileName, sequence);
            }
            return statements;
        } catch (BufferUnderflowException e) {
            throw malformed(fileName, sequence);
        }
    }

    private static Object readParam(ByteBuffer in, String fileName, long sequence) {
        int tag = in.get();
        return switch (tag) {
            case NULL -> null;
            case INTEGER -> in.getLong();
            case REAL -> in.getDouble();
            case TEXT -> new String(readBytes(in, fileName, sequence), StandardCharsets.UTF_8);
            case BLOB -> readBytes(in, fileName, sequence);
            default -> throw malformed(fileName, sequence);
        };
    }

    private static byte[] readBytes(ByteBuffer in, String fileName, long sequence) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw malformed(fileName, sequence);
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    private static DamagedException malformed(String fileName, long sequence) {
        return new DamagedException(fileName, 0, "log record " + sequence + " is malformed");
    }
}
