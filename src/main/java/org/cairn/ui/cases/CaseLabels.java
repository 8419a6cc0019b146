package org.cairn.ui.cases;

import java.util.Objects;
import org.cairn.casebook.CaseStatus;
import org.cairn.casebook.RiskLevel;
import org.cairn.ui.common.Messages;

/** Words for the values shown in the case list and its filters. */
public final class CaseLabels {
    private final Messages messages;

    public CaseLabels(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /**
     * The name a case is listed under: her alias, or words saying the case was anonymised, since only an
     * anonymised case's client has no alias (a client always needs one).
     */
    public String alias(String alias) {
        return alias == null || alias.isBlank() ? messages.get("cases.alias.anonymised") : alias;
    }

    public String status(CaseStatus status) {
        return switch (status) {
            case OPEN -> messages.get("case.status.open");
            case CLOSED -> messages.get("case.status.closed");
        };
    }

    public String risk(RiskLevel risk) {
        return switch (risk) {
            case STANDARD -> messages.get("case.risk.standard");
            case MEDIUM -> messages.get("case.risk.medium");
            case HIGH -> messages.get("case.risk.high");
        };
    }

    public String statusFilter(StatusFilter filter) {
        return switch (filter) {
            case ALL -> messages.get("cases.filter.allStatuses");
            case OPEN -> messages.get("case.status.open");
            case CLOSED -> messages.get("case.status.closed");
        };
    }

    public String riskFilter(RiskFilter filter) {
        return switch (filter) {
            case ANY -> messages.get("cases.filter.anyRisk");
            case STANDARD -> messages.get("case.risk.standard");
            case MEDIUM -> messages.get("case.risk.medium");
            case HIGH -> messages.get("case.risk.high");
        };
    }
}
