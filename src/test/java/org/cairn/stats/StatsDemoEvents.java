package org.cairn.stats;

import java.time.LocalDate;
import org.cairn.vault.Transactions;

/**
 * Referrals and completed safety plans for demo casebooks, which the demo writer does not make: about two referrals
 * per case, made after the case opened and never after {@code today}, with every recipient kind and outcome, and
 * half of the safety plans completed. Plain SQL (the casebook's own API would ask for consent checks and templates
 * that are beside the point here); deterministic, so the redo log replays it exactly.
 */
public final class StatsDemoEvents {
    private static final String KINDS = "[\"CLIENT\",\"THIRD_SECTOR\",\"STATUTORY\",\"IMMIGRATION_AUTHORITY\"]";
    private static final String OUTCOMES = "[\"PENDING\",\"ACCEPTED\",\"DECLINED\",\"NO_RESPONSE\"]";

    private StatsDemoEvents() {
    }

    public static void add(Transactions vault, LocalDate today) {
        String day = today.toString();
        vault.write(tx -> {
            for (int n = 0; n < 3; n++) {
                tx.execute("""
                        INSERT INTO referral(uid, case_id, template_id, template_version, recipient_name,
                            recipient_kind, made_on, outcome, outcome_on, created_at, created_by)
                        SELECT 'demo-' || (SELECT coalesce(max(id), 0) FROM referral) || '-' || id, id,
                            'demo-referral', 1, 'Demo service ' || ((id * 7 + ?) % 13),
                            json_extract(?, '$[' || ((id * 3 + ?) % 4) || ']'),
                            min(date(opened_on, '+' || ((id * 11 + ? * 37) % 200) || ' days'), ?),
                            json_extract(?, '$[' || ((id * 5 + ? * 3) % 4) || ']'), NULL, 0, 'demo'
                        FROM case_file WHERE (id + ?) % 2 = 0 OR ? = 0""",
                        n, KINDS, n, n, day, OUTCOMES, n, n, n);
            }
            tx.execute("""
                    UPDATE case_form SET completed_on = (SELECT min(date(c.opened_on, '+' || (case_form.id % 150)
                        || ' days'), ?) FROM case_file c WHERE c.id = case_form.case_id)
                    WHERE kind = 'safety-plan' AND case_id % 2 = 0""", day);
            return null;
        });
    }
}
