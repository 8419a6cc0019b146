package org.cairn.ui.plans;

import java.util.Map;
import org.cairn.casebook.Casebook;
import org.cairn.casebook.FormVersion;
import org.cairn.casebook.MaracChoice;
import org.cairn.casebook.RiskSource;

/**
 * Records the advocate's answer to a checklist's proposal in one transaction: the answers as a new version, the
 * risk level (raised, or kept with the reason for declining) and the MARAC decision, as proposed.
 */
final class RiskDecisions {
    FormVersion decide(Casebook casebook, long caseId, long formId, Map<String, String> answers, RiskProposal p,
            boolean accepted, String reason) {
        String why = accepted ? null : reason;
        return casebook.transactions().write(tx -> {
            FormVersion saved = casebook.forms().save(tx, formId, answers, p.total());
            if (p.raises()) {
                casebook.risk().change(tx, caseId, accepted ? p.raiseTo() : p.current(), RiskSource.CHECKLIST,
                        formId, why);
            }
            if (p.marac()) {
                casebook.risk().decideMarac(tx, caseId, formId, saved.version(),
                        accepted ? MaracChoice.REFER : MaracChoice.DECLINED, why);
            }
            return saved;
        });
    }
}
