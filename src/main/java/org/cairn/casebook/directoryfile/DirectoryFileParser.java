package org.cairn.casebook.directoryfile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cairn.casebook.DirectoryDetails;
import org.cairn.casebook.DirectoryText;
import org.cairn.casebook.RecipientKind;

/**
 * Reads a directory file (docs/DIRECTORY.md). Checks the whole file and reports every problem with its line, so
 * the person fixing it sees everything at once; returns entries only when there is no problem at all. Never
 * throws on any input.
 */
public final class DirectoryFileParser {
    /** Larger files are refused unread: no directory comes near this size. */
    public static final int MAX_BYTES = 1024 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public DirectoryParseResult parse(byte[] file) {
        Problems problems = new Problems();
        if (file.length > DirectoryFileFormat.MAX_BYTES) {
            problems.add(1, "the file is larger than 1 MiB, which is far more than any directory needs; "
                    + "check that this is the right file");
            return problems.result(List.of());
        }
        List<String> lines = lines(file, problems);
        List<DirectoryDetails> entries = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        int index = header(lines, problems);
        while (index < lines.size() && !problems.full()) {
            String line = lines.get(index);
            if (line.isBlank() || comment(line)) {
                index++;
                continue;
            }
            int start = index;
            while (index < lines.size() && !lines.get(index).isBlank()) {
                index++;
            }
            if (entries.size() == DirectoryFileFormat.MAX_ENTRIES) {
                problems.add(start + 1, "a directory file can hold at most " + DirectoryFileFormat.MAX_ENTRIES
                        + " entries; split it into smaller files");
                break;
            }
            entry(lines, start, index, names, problems).ifPresent(entries::add);
        }
        return problems.result(entries);
    }

    /** Splits on LF (a CR before it is dropped) and decodes each line on its own, so a bad byte has a line. */
    private static List<String> lines(byte[] file, Problems problems) {
        int from = startsWithBom(file) ? BOM.length : 0;
        List<String> lines = new ArrayList<>();
        while (from <= file.length) {
            int end = from;
            while (end < file.length && file[end] != '\n') {
                end++;
            }
            int stop = end > from && file[end - 1] == '\r' ? end - 1 : end;
            byte[] bytes = Arrays.copyOfRange(file, from, stop);
            String line = decode(bytes);
            if (line == null) {
                problems.add(lines.size() + 1, "this line is not UTF-8 text; save the file as UTF-8 in your editor");
                // Keep the line's shape so the rest of its entry is still checked in place.
                line = new String(bytes, StandardCharsets.UTF_8);
            } else {
                check(line, lines.size() + 1, problems);
            }
            lines.add(line);
            from = end + 1;
        }
        return lines;
    }

    private static boolean startsWithBom(byte[] file) {
        return file.length >= BOM.length && Arrays.equals(Arrays.copyOf(file, BOM.length), BOM);
    }

    /** The line's text, or null when it is not valid UTF-8. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void check(String line, int number, Problems problems) {
        if (line.length() > DirectoryFileFormat.MAX_LINE) {
            problems.add(number, "this line is longer than " + DirectoryFileFormat.MAX_LINE
                    + " characters; shorten it");
            return;
        }
        for (int i = 0; i < line.length(); i++) {
            if (DirectoryText.forbidden(line.charAt(i))) {
                problems.add(number, String.format(Locale.ROOT, "character %d is an invisible or control "
                        + "character (U+%04X) that a directory file may not contain; delete it", i + 1,
                        (int) line.charAt(i)));
                return;
            }
        }
    }

    private static boolean comment(String line) {
        return line.strip().startsWith("#");
    }

    /** Checks the first line that is not blank or a comment; returns the index after it. */
    private static int header(List<String> lines, Problems problems) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || comment(line)) {
                continue;
            }
            String expected = DirectoryFileFormat.MAGIC + ": " + DirectoryFileFormat.VERSION;
            if (line.strip().equals(expected)) {
                return i + 1;
            }
            if (line.strip().startsWith(DirectoryFileFormat.MAGIC + ":")) {
                problems.add(i + 1, "this file is in directory format \"" + line.strip().substring(
                        DirectoryFileFormat.MAGIC.length() + 1).strip() + "\", but this Cairn reads format "
                        + DirectoryFileFormat.VERSION + "; open it with a newer Cairn");
                return i + 1;
            }
            problems.add(i + 1, "a directory file starts with the line \"" + expected
                    + "\"; add it at the top");
            return i;
        }
        problems.add(1, "the file is empty; a directory file starts with the line \"" + DirectoryFileFormat.MAGIC
                + ": " + DirectoryFileFormat.VERSION + "\"");
        return lines.size();
    }

    private static Optional<DirectoryDetails> entry(List<String> lines, int start, int end,
            Map<String, Integer> names, Problems problems) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (int i = start; i < end; i++) {
            String line = lines.get(i);
            if (comment(line)) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                problems.add(i + 1, "write each detail as \"key: value\", for example \"name: Northbridge "
                        + "Women's Aid\", and leave a blank line between entries");
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (!DirectoryFileFormat.KEYS.contains(key)) {
                problems.add(i + 1, "\"" + key + "\" is not a directory detail; use one of "
                        + String.join(", ", DirectoryFileFormat.KEYS));
            } else if (fields.containsKey(key)) {
                problems.add(i + 1, "\"" + key + "\" is given twice in this entry (first on line "
                        + fields.get(key).line() + "); keep one");
            } else {
                fields.put(key, new Field(i + 1, value));
            }
        }
        String name = value(fields, DirectoryFileFormat.NAME);
        Optional<RecipientKind> kind = kind(fields, start, problems);
        if (name.isEmpty()) {
            problems.add(start + 1, "this entry has no name; add a line \"name: …\"");
        } else {
            Integer first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), fields.get(DirectoryFileFormat.NAME)
                    .line());
            if (first != null) {
                problems.add(fields.get(DirectoryFileFormat.NAME).line(), "another entry has this name (line "
                        + first + "); each organisation appears once");
            }
        }
        LocalDate lastChecked = date(fields, problems);
        String email = value(fields, DirectoryFileFormat.EMAIL);
        if (!email.isEmpty() && (email.indexOf('@') <= 0 || email.indexOf('@') != email.lastIndexOf('@')
                || email.endsWith("@") || email.contains(" "))) {
            problems.add(fields.get(DirectoryFileFormat.EMAIL).line(), "this is not an email address; write it "
                    + "like referrals@example.org");
        }
        if (problems.count() > 0 || kind.isEmpty()) {
            // Entries are only wanted from a file with no problems at all.
            return Optional.empty();
        }
        return Optional.of(new DirectoryDetails(name, kind.get(), list(fields, DirectoryFileFormat.SERVICES),
                list(fields, DirectoryFileFormat.LANGUAGES), list(fields, DirectoryFileFormat.AREAS),
                value(fields, DirectoryFileFormat.HOW_TO_REFER), value(fields, DirectoryFileFormat.PHONE), email,
                value(fields, DirectoryFileFormat.ADDRESS), lastChecked));
    }

    private static Optional<RecipientKind> kind(Map<String, Field> fields, int start, Problems problems) {
        Field field = fields.get(DirectoryFileFormat.KIND);
        if (field == null || field.value().isEmpty()) {
            problems.add(field == null ? start + 1 : field.line(), "this entry has no kind; add a line \"kind: …\" "
                    + "with one of " + DirectoryFileFormat.kindTokens());
            return Optional.empty();
        }
        Optional<RecipientKind> kind = DirectoryFileFormat.kind(field.value());
        if (kind.isEmpty()) {
            problems.add(field.line(), "\"" + field.value() + "\" is not a kind of recipient; use one of "
                    + DirectoryFileFormat.kindTokens());
        }
        return kind;
    }

    private static LocalDate date(Map<String, Field> fields, Problems problems) {
        String text = value(fields, DirectoryFileFormat.LAST_CHECKED);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(fields.get(DirectoryFileFormat.LAST_CHECKED).line(), "\"" + text + "\" is not a date; "
                    + "write it as year-month-day, like 2026-11-25");
            return null;
        }
    }

    private static String value(Map<String, Field> fields, String key) {
        Field field = fields.get(key);
        return field == null ? "" : field.value();
    }

    private static List<String> list(Map<String, Field> fields, String key) {
        return Arrays.stream(value(fields, key).split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private record Field(int line, String value) {
    }

    /** Collects problems up to the limit, then one note that there are more. */
    private static final class Problems {
        private final List<LineProblem> list = new ArrayList<>();
        private boolean full;

        void add(int line, String message) {
            if (full) {
                return;
            }
            if (list.size() == DirectoryFileFormat.MAX_PROBLEMS) {
                list.add(new LineProblem(line, "there are more problems; fix these first and check again"));
                full = true;
                return;
            }
            list.add(new LineProblem(line, message));
        }

        boolean full() {
            return full;
        }

        int count() {
            return list.size();
        }

        /** Problems in line order, as someone fixing the file reads it; the note about more stays last. */
        DirectoryParseResult result(List<DirectoryDetails> entries) {
            List<LineProblem> sorted = new ArrayList<>(full ? list.subList(0, list.size() - 1) : list);
            sorted.sort(java.util.Comparator.comparingInt(LineProblem::line));
            if (full) {
                sorted.add(list.get(list.size() - 1));
            }
            return new DirectoryParseResult(entries, sorted);
        }
    }
}
