package org.cairn.transfer;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cairn.vault.Reader;
import org.cairn.vault.Tx;

/**
 * The cases this casebook has sent as a move (ADR 0043), one setting per case ({@code move.<case uid>}): sent and
 * awaiting the receiver's receipt, or moved (the closed stub: which reference it had, where it went and when).
 */
final class MoveLedger {
    static final String PREFIX = "move.";

    enum State {
        /** Sent as a move; this casebook keeps the case until the receiver's receipt is imported. */
        AWAITING,
        /** The receiver confirmed: only this stub is left here. */
        MOVED
    }

    /**
     * One sent case. {@code digest} is the case's fingerprint when sent ({@link CaseDigest}); confirming refuses a
     * case changed since, which the receiver does not have.
     */
    record Entry(String caseUid, State state, String receiver, long sequence, Instant sentAt, Instant confirmedAt,
            String reference, String digest) {
        String value() {
            return String.join(" ", state.name(), receiver, Long.toString(sequence),
                    Long.toString(sentAt.toEpochMilli()), Long.toString(confirmedAt == null ? 0
                            : confirmedAt.toEpochMilli()), reference, digest);
        }

        static Entry parse(String caseUid, String value) {
            String[] parts = value.split(" ");
            if (parts.length != 7) {
                throw new IllegalStateException("a move record in this casebook is damaged; run cairn check");
            }
            long confirmed = Long.parseLong(parts[4]);
            return new Entry(caseUid, State.valueOf(parts[0]), parts[1], Long.parseLong(parts[2]),
                    Instant.ofEpochMilli(Long.parseLong(parts[3])), confirmed == 0 ? null
                            : Instant.ofEpochMilli(confirmed), parts[5], parts[6]);
        }
    }

    private MoveLedger() {
    }

    static void awaiting(Tx tx, String caseUid, String receiver, long sequence, Instant at, String reference,
            String digest) throws SQLException {
        Entry entry = new Entry(caseUid, State.AWAITING, receiver, sequence, at, null, reference, digest);
        TransferSettings.put(tx, PREFIX + caseUid, entry.value(), at.toEpochMilli());
    }

    static void moved(Tx tx, Entry sent, Instant at) throws SQLException {
        Entry entry = new Entry(sent.caseUid(), State.MOVED, sent.receiver(), sent.sequence(), sent.sentAt(), at,
                sent.reference(), sent.digest());
        TransferSettings.put(tx, PREFIX + sent.caseUid(), entry.value(), at.toEpochMilli());
    }

    static Optional<Entry> find(Reader reader, String caseUid) throws SQLException {
        Optional<String> value = TransferSettings.get(reader, PREFIX + caseUid);
        return value.map(v -> Entry.parse(caseUid, v));
    }

    static List<Entry> all(Reader reader) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        for (String[] kv : TransferSettings.withPrefix(reader, PREFIX)) {
            entries.add(Entry.parse(kv[0].substring(PREFIX.length()), kv[1]));
        }
        return entries;
    }
}
