package org.cairn.templates;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bytes to lines. Accepts a UTF-8 byte order mark and CRLF line endings (both dropped on export); refuses files
 * that are too big, empty or not UTF-8, since nothing else in them can be trusted.
 */
final class SourceText {
    private static final String NOT_UTF8 = "These bytes are not valid UTF-8. Save the file as UTF-8 (most editors "
            + "offer this under Save As) and check the characters around here.";

    private SourceText() {
    }

    /** The file's lines, or empty when the file cannot be read as a template at all (the reason is a problem). */
    static Optional<List<SourceLine>> lines(byte[] bytes, TemplateLimits limits, ProblemList problems) {
        if (bytes.length > limits.maxBytes()) {
            problems.add(1, 1, "The file is larger than " + limits.maxBytes() / 1024 + " KiB, the most a template "
                    + "may be. Check that this is the right file, or split it into smaller templates.");
            return Optional.empty();
        }
        int start = hasBom(bytes) ? 3 : 0;
        Optional<String> text = decode(bytes, start, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.add(1, 1, "The file is empty. A template starts with the line cairn-template: 1 and a header; "
                    + "see docs/TEMPLATES.md.");
            return Optional.empty();
        }
        return Optional.of(split(text.get(), problems));
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    private static Optional<String> decode(byte[] bytes, int start, ProblemList problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(2 * (bytes.length - start) + 16);
        List<Integer> bad = new ArrayList<>();
        CoderResult result = decoder.decode(in, out, true);
        while (result.isError()) {
            bad.add(out.position());
            out.put('\uFFFD');
            in.position(in.position() + result.length());
            result = decoder.decode(in, out, true);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (bad.isEmpty()) {
            return Optional.of(text);
        }
        reportPositions(text, bad, problems);
        return Optional.empty();
    }

    /** One pass over the text for all bad offsets (ascending), so a file full of bad bytes costs linear time. */
    private static void reportPositions(String text, List<Integer> bad, ProblemList problems) {
        int line = 1;
        int column = 1;
        int next = 0;
        for (int i = 0; i < text.length() && next < bad.size() && !problems.full(); i++) {
            if (i == bad.get(next)) {
                problems.add(line, column, NOT_UTF8);
                next++;
            }
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
    }

    private static List<SourceLine> split(String text, ProblemList problems) {
        List<SourceLine> lines = new ArrayList<>();
        int lineStart = 0;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                String content = text.substring(lineStart, i);
                if (c == '\r') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    } else {
                        problems.add(number, content.codePointCount(0, content.length()) + 1, "This line ends with "
                                + "a carriage return alone (an old Mac line ending). Save the file with LF or CRLF "
                                + "line endings.");
                    }
                }
                lines.add(new SourceLine(number++, content));
                lineStart = i + 1;
            }
        }
        if (lineStart < text.length()) {
            lines.add(new SourceLine(number, text.substring(lineStart)));
        }
        return lines;
    }
}
