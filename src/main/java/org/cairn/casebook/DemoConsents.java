package org.cairn.casebook;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.cairn.vault.Tx;

/** Demo consent ledgers: most clients agree to be counted; some consents expire or are withdrawn later. */
final class DemoConsents {
    private final ConsentRepository consents;
    private final LocalDate today;

    DemoConsents(ConsentRepository consents, LocalDate today) {
        this.consents = consents;
        this.today = today;
    }

    void write(Tx tx, SplittableRandom r, long clientId, LocalDate openedOn) throws SQLException {
        if (r.nextInt(100) < 95) {
            given(tx, r, clientId, ConsentPurpose.KEEP_RECORDS, null, openedOn, null);
        }
        if (r.nextInt(100) < 85) {
            LocalDate expiry = r.nextInt(100) < 10 ? openedOn.plusDays(365 + r.nextInt(365)) : null;
            given(tx, r, clientId, ConsentPurpose.COUNT_IN_STATISTICS, null, openedOn, expiry);
            LocalDate withdrawn = openedOn.plusDays(20 + r.nextInt(400));
            if (expiry == null && r.nextInt(100) < 5 && withdrawn.isBefore(today)) {
                consents.record(tx, clientId, new ConsentRecord(ConsentPurpose.COUNT_IN_STATISTICS, null,
                        ConsentDecision.WITHDRAWN, withdrawn, method(r), null));
            }
        }
        if (r.nextInt(100) < 40) {
            given(tx, r, clientId, ConsentPurpose.REFER_TO_ORGANISATION,
                    DemoCaseWriter.pick(r, DemoTexts.ORGANISATIONS), openedOn.plusDays(r.nextInt(30)), null);
        }
        if (r.nextInt(100) < 15) {
            given(tx, r, clientId, ConsentPurpose.SHARE_WITH_ORGANISATION,
                    DemoCaseWriter.pick(r, DemoTexts.ORGANISATIONS), openedOn.plusDays(r.nextInt(60)),
                    openedOn.plusDays(180));
        }
    }

    private void given(Tx tx, SplittableRandom r, long clientId, ConsentPurpose purpose, String organisation,
            LocalDate on, LocalDate expiry) throws SQLException {
        consents.record(tx, clientId, new ConsentRecord(purpose, organisation, ConsentDecision.GIVEN, on, method(r),
                expiry));
    }

    private static ConsentMethod method(SplittableRandom r) {
        return r.nextInt(10) < 6 ? ConsentMethod.WRITTEN : ConsentMethod.VERBAL;
    }
}
