package org.cairn.casebook;

import java.time.Instant;
import java.util.List;

/**
 * One line of the erasure journal: identifiers only, never content (ADR 0041). {@code clientCreatedAt} pins the
 * client row, so an erasure applied again to a restored copy can never hit a different client given the same id.
 * An anonymisation names its case alone: client id and creation time are 0 (ADR 0049).
 *
 * @param erasureId random, names the erasure in the journal, the audit row and this computer's copy
 * @param caseIds the cases erased (for a client, all of hers at the time)
 */
public record ErasureRecord(String erasureId, ErasureScope scope, long clientId, long clientCreatedAt,
        List<Long> caseIds, Instant erasedAt) {
    public ErasureRecord {
        caseIds = List.copyOf(caseIds);
    }

    /** The journal line: fields separated by spaces, case ids by commas; digits, letters and the scope only. */
    public String encode() {
        return String.join(" ", "v1", erasureId, scope.name(), Long.toString(clientId), Long.toString(clientCreatedAt),
                caseIdsText(), Long.toString(erasedAt.toEpochMilli()));
    }

    String caseIdsText() {
        return String.join(",", caseIds.stream().map(String::valueOf).toList());
    }

    /** Reads a line written by {@link #encode}; a line that does not parse is refused, never half-read. */
    public static ErasureRecord decode(String line) {
        if (!line.strip().matches("[0-9a-zA-Z ,]{1,4000}")) {
            // ASCII only: Java would read other scripts' digits as numbers too.
            throw new IllegalArgumentException("not an erasure journal line");
        }
        String[] parts = line.strip().split(" ");
        if (parts.length != 7 || !parts[0].equals("v1") || !parts[1].matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not an erasure journal line");
        }
        // NumberFormatException and an unknown scope are IllegalArgumentExceptions too: refused whole.
        return new ErasureRecord(parts[1], ErasureScope.valueOf(parts[2]), Long.parseLong(parts[3]),
                Long.parseLong(parts[4]), parseIds(parts[5]), Instant.ofEpochMilli(Long.parseLong(parts[6])));
    }

    static List<Long> parseIds(String text) {
        return text.isEmpty() ? List.of() : java.util.Arrays.stream(text.split(",")).map(Long::parseLong).toList();
    }
}
