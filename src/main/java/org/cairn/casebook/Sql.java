package org.cairn.casebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** Conversions between domain values and the column encodings of the schema (dates ISO text, times epoch ms). */
final class Sql {
    private Sql() {
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : Enum.valueOf(type, text);
    }

    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
