package org.cairn.stats;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cairn.vault.Reader;

/**
 * Every client's decisions about being counted, read once, to decide for many quarters which clients are counted.
 * The rule is {@link PopulationSql}'s and {@code ConsentRepository.isInForce}'s: the latest decision made on or
 * before the quarter's last day (latest by date, then by entry) is a GIVEN that has not expired by then.
 */
final class ConsentHistory {
    private final Map<Long, List<Decision>> byClient;

    private ConsentHistory(Map<Long, List<Decision>> byClient) {
        this.byClient = byClient;
    }

    static ConsentHistory read(Reader reader) throws SQLException {
        Map<Long, List<Decision>> byClient = new HashMap<>();
        for (Decision decision : reader.query("SELECT client_id, decided_on, decision, expires_on FROM consent "
                + "WHERE purpose = 'COUNT_IN_STATISTICS' ORDER BY client_id, decided_on, id", row -> new Decision(
                        row.getLong(1), row.getString(2), "GIVEN".equals(row.getString(3)), row.getString(4)))) {
            byClient.computeIfAbsent(decision.client(), c -> new ArrayList<>()).add(decision);
        }
        return new ConsentHistory(byClient);
    }

    /** The clients counted for {@code quarter}, by id. */
    BitSet inForceOn(Quarter quarter) {
        String end = quarter.lastDay().toString();
        BitSet clients = new BitSet();
        byClient.forEach((client, decisions) -> {
            Decision latest = null;
            // In date-then-entry order, so the last one on or before the end is the one in force.
            for (Decision decision : decisions) {
                if (decision.decidedOn().compareTo(end) <= 0) {
                    latest = decision;
                }
            }
            if (latest != null && latest.given() && (latest.expiresOn() == null
                    || latest.expiresOn().compareTo(end) > 0)) {
                clients.set(Math.toIntExact(client));
            }
        });
        return clients;
    }

    private record Decision(long client, String decidedOn, boolean given, String expiresOn) {
    }
}
